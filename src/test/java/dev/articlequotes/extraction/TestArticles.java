package dev.articlequotes.extraction;

import java.util.ArrayList;
import java.util.List;

import dev.articlequotes.article.Article;
import dev.articlequotes.article.ArticleMetadata;
import dev.articlequotes.article.Block;
import dev.articlequotes.article.BlockKind;

/**
 * Made-up articles for the pipeline's unit tests, and the extraction of them.
 */
final class TestArticles {

	private TestArticles() {
	}

	/** An article with the given title and paragraphs. */
	static Article article(String title, String... paragraphs) {
		List<Block> blocks = new ArrayList<>();
		for (String paragraph : paragraphs) {
			blocks.add(new Block(blocks.size(), BlockKind.PARAGRAPH, paragraph));
		}
		return new Article("test", title, null, blocks, ArticleMetadata.ofFile("test.txt"));
	}

	/** The quotations and speakers of an article made of the given paragraphs. */
	static ExtractedQuotes extract(String... paragraphs) {
		return new QuoteExtractor().extract(article("A made-up story", paragraphs));
	}

	/** The name of a quotation's speaker, or {@code null}. */
	static String speakerName(ExtractedQuotes extracted, Quote quote) {
		return extracted.speakers()
			.stream()
			.filter((speaker) -> speaker.id().equals(quote.speakerId()))
			.map(Speaker::name)
			.findFirst()
			.orElse(null);
	}

	/** The names of the speakers of all quotations, in reading order ("-" for none). */
	static List<String> speakerNames(ExtractedQuotes extracted) {
		return extracted.quotes().stream().map((quote) -> {
			String name = speakerName(extracted, quote);
			return (name != null) ? name : "-";
		}).toList();
	}

}

package dev.articlequotes.catalog;

import java.util.List;

import dev.articlequotes.article.Article;
import dev.articlequotes.article.ArticleMetadata;
import dev.articlequotes.article.Block;
import dev.articlequotes.article.BlockKind;
import dev.articlequotes.extraction.ExtractedQuotes;
import dev.articlequotes.extraction.QuoteExtractor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The speaker filter and word search fold names as extraction does when it merges
 * speakers, so each spelling of a name finds what extraction gave that one speaker.
 */
class SpeakerFoldingTests {

	private static final List<String> PARAGRAPHS = List.of("“We will appeal,” said Anna Müller, the firm’s lawyer.",
			"“The fine is unfair,” Mueller said.", "“We expect to win,” Muller added.",
			"“Mueller’s appeal will fail,” said Tom Reed.");

	private final Article read = new Article("fine", "A ferry firm is fined", null,
			PARAGRAPHS.stream().map((text) -> new Block(PARAGRAPHS.indexOf(text), BlockKind.PARAGRAPH, text)).toList(),
			ArticleMetadata.ofFile("fine.txt"));

	private final ExtractedQuotes extracted = new QuoteExtractor().extract(this.read);

	@Test
	void quotesWhenFilteredByAnySpellingOfANameShouldReturnAllOfThatSpeaker() {
		CatalogArticle article = new Catalog(List.of(new PackedArticle(this.read, this.extracted))).articles().get(0);
		for (String spelling : List.of("Müller", "Mueller", "Muller", "muel")) {
			assertThat(article.quotes(new QuoteQuery(spelling, null, null))).as(spelling)
				.extracting((quote) -> quote.text())
				.containsExactly("We will appeal,", "The fine is unfair,", "We expect to win,");
		}
	}

	@Test
	void quotesAcrossArticlesWhenFilteredByAnySpellingOfANameShouldReturnAllOfThatSpeaker() {
		Catalog catalog = new Catalog(List.of(new PackedArticle(this.read, this.extracted)));
		for (String spelling : List.of("Müller", "Mueller", "Muller")) {
			assertThat(catalog.quotes(new QuoteQuery(spelling, null, null), null)).as(spelling).hasSize(3);
		}
	}

	@Test
	void quotesWhenSearchedForAnySpellingOfAWordShouldFindIt() {
		CatalogArticle article = new Catalog(List.of(new PackedArticle(this.read, this.extracted))).articles().get(0);
		for (String spelling : List.of("Müller", "Mueller", "Muller", "müll")) {
			assertThat(article.quotes(new QuoteQuery(null, spelling, null))).as(spelling)
				.extracting((quote) -> quote.text())
				.containsExactly("Mueller’s appeal will fail,");
		}
	}

}

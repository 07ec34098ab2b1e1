package dev.articlequotes.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.articlequotes.article.Article;
import dev.articlequotes.article.ArticleReader;
import dev.articlequotes.article.HtmlArticleReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * A story saved as a web page yields the same quotations and speakers as the same story
 * as plain text: the page's body goes through the same pipeline.
 */
class WebPageQuotesTests {

	private static final Path PAGE = Path.of("..", "shared", "html", "readability", "pages",
			"schema-org-context-object.html");

	private static final Path TEXT = Path.of("..", "shared", "dev", "08-south-korea-impeachment-fails.txt");

	private final QuoteExtractor extractor = new QuoteExtractor();

	@Test
	void pageShouldYieldTheSameQuotationsAndSpeakersAsTheSameStoryAsText() throws IOException {
		assumeThat(Files.isRegularFile(PAGE) && Files.isRegularFile(TEXT)).as("%s and %s", PAGE, TEXT).isTrue();
		Article page = new HtmlArticleReader().read("page", "page.html", Files.readAllBytes(PAGE));
		Article text = new ArticleReader().read("text", "text.txt", Files.readString(TEXT)).orElseThrow();
		List<String> fromPage = quotesWithSpeakers(page);
		assertThat(fromPage).hasSize(14).containsExactlyElementsOf(quotesWithSpeakers(text));
	}

	private List<String> quotesWithSpeakers(Article article) {
		ExtractedQuotes extracted = this.extractor.extract(article);
		return extracted.quotes()
			.stream()
			.map((quote) -> quote.text() + " | "
					+ extracted.speakers()
						.stream()
						.filter((speaker) -> speaker.id().equals(quote.speakerId()))
						.map(Speaker::name)
						.findFirst()
						.orElse("nobody"))
			.toList();
	}

}

package dev.articlequotes.catalog;

import java.util.List;

import dev.articlequotes.article.Article;
import dev.articlequotes.article.ArticleMetadata;
import dev.articlequotes.article.Block;
import dev.articlequotes.article.BlockKind;
import dev.articlequotes.extraction.Attribution;
import dev.articlequotes.extraction.ExtractedQuotes;
import dev.articlequotes.extraction.Quote;
import dev.articlequotes.extraction.QuoteKind;
import dev.articlequotes.extraction.Section;
import dev.articlequotes.extraction.Speaker;
import dev.articlequotes.extraction.SpeakerKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogArticleTests {

	private static final String TEXT = "“Café prices are rising,” said Zoë Martin. “We can’t keep up,” she added. "
			+ "The mayor called it “a passing storm”.";

	private final CatalogArticle article = new CatalogArticle(
			new Article("a", "Title", null, List.of(new Block(0, BlockKind.PARAGRAPH, TEXT)),
					ArticleMetadata.ofFile("a.txt")),
			new ExtractedQuotes(
					List.of(new Speaker("zoe-martin", "Zoë Martin", null, SpeakerKind.PERSON, List.of("Zoë Martin"), 2),
							new Speaker("the-mayor", "The mayor", null, SpeakerKind.DESCRIBED_PERSON,
									List.of("The mayor"), 1)),
					List.of(quote("Café prices are rising,", QuoteKind.DIRECT, "zoe-martin"),
							quote("We can’t keep up,", QuoteKind.DIRECT, "zoe-martin"),
							quote("a passing storm", QuoteKind.PARTIAL, "the-mayor"))));

	private static Quote quote(String text, QuoteKind kind, String speaker) {
		int start = TEXT.indexOf(text);
		return new Quote("q-0-" + start, text, kind, speaker, Section.BODY, 0, start, start + text.length(), null,
				Attribution.withoutCue("test"));
	}

	@Test
	void quotesWhenFilteredBySpeakerIdShouldReturnOnlyThatSpeaker() {
		assertThat(texts(new QuoteQuery("the-mayor", null, null))).containsExactly("a passing storm");
	}

	@Test
	void quotesWhenFilteredByPartOfANameShouldIgnoreCaseAndAccents() {
		assertThat(texts(new QuoteQuery("ZOE", null, null))).hasSize(2);
		assertThat(texts(new QuoteQuery("mart", null, null))).hasSize(2);
		assertThat(texts(new QuoteQuery("nobody", null, null))).isEmpty();
	}

	@Test
	void quotesWhenSearchedShouldMatchEveryWordOrWordStartIgnoringCaseAndAccents() {
		assertThat(texts(new QuoteQuery(null, "cafe", null))).containsExactly("Café prices are rising,");
		assertThat(texts(new QuoteQuery(null, "PRICE RIS", null))).containsExactly("Café prices are rising,");
		assertThat(texts(new QuoteQuery(null, "can't", null))).containsExactly("We can’t keep up,");
		assertThat(texts(new QuoteQuery(null, "prices storm", null))).isEmpty();
	}

	@Test
	void quotesWhenFilteredByKindAndSpeakerShouldCombine() {
		assertThat(texts(new QuoteQuery("zoe", null, QuoteKind.PARTIAL))).isEmpty();
		assertThat(texts(new QuoteQuery(null, null, QuoteKind.PARTIAL))).containsExactly("a passing storm");
	}

	@Test
	void blankFiltersShouldMatchEverything() {
		assertThat(texts(new QuoteQuery(" ", "", null))).hasSize(3);
	}

	private List<String> texts(QuoteQuery query) {
		return this.article.quotes(query).stream().map(Quote::text).toList();
	}

}

package dev.articlequotes.catalog;

import java.util.ArrayList;
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

class CatalogTests {

	private final Catalog catalog = new Catalog(List.of(article("c-empty"),
			article("b-council", speaker("mayor", "Mayor"), speaker("mayors-aide", "The mayor’s aide")),
			article("a-hall", speaker("jo-mayor", "Jo Mayor"), speaker("ana", "Ana Núñez"))));

	@Test
	void quotesAcrossArticlesShouldBeOrderedBySlugThenReadingOrder() {
		assertThat(slugsAndTexts(QuoteQuery.ALL)).containsExactly("a-hall: Jo Mayor said this",
				"a-hall: Ana Núñez said this", "b-council: Mayor said this", "b-council: The mayor’s aide said this");
	}

	@Test
	void quotesAcrossArticlesShouldTakeAnIdAsAnIdOnlyInTheArticlesThatHaveIt() {
		assertThat(slugsAndTexts(new QuoteQuery("mayor", null, null))).containsExactly("a-hall: Jo Mayor said this",
				"b-council: Mayor said this");
	}

	@Test
	void quotesAcrossArticlesShouldMatchPartsOfNamesAndWordStarts() {
		assertThat(slugsAndTexts(new QuoteQuery("NUNEZ", null, null))).containsExactly("a-hall: Ana Núñez said this");
		assertThat(slugsAndTexts(new QuoteQuery("yor", "sa th", null))).containsExactly("a-hall: Jo Mayor said this",
				"b-council: Mayor said this", "b-council: The mayor’s aide said this");
		assertThat(slugsAndTexts(new QuoteQuery(null, "aide", null)))
			.containsExactly("b-council: The mayor’s aide said this");
		assertThat(slugsAndTexts(new QuoteQuery("nobody", null, null))).isEmpty();
		assertThat(slugsAndTexts(new QuoteQuery(null, null, QuoteKind.PARTIAL))).isEmpty();
	}

	private List<String> slugsAndTexts(QuoteQuery query) {
		return this.catalog.quotes(query, null)
			.stream()
			.map((found) -> found.article().slug() + ": " + found.quote().text())
			.toList();
	}

	private static PackedArticle article(String slug, Speaker... speakers) {
		StringBuilder text = new StringBuilder("“Nothing,” said nobody.");
		List<Quote> quotes = new ArrayList<>();
		for (Speaker speaker : speakers) {
			String said = speaker.name() + " said this";
			int start = text.length() + 2;
			text.append(" “").append(said).append(",” ").append(speaker.name()).append(" said.");
			quotes.add(new Quote("q-0-" + start, said, QuoteKind.DIRECT, speaker.id(), Section.BODY, 0, start,
					start + said.length(), null, Attribution.withoutCue("test")));
		}
		return new PackedArticle(new Article(slug, "Title", null,
				List.of(new Block(0, BlockKind.PARAGRAPH, text.toString())), ArticleMetadata.ofFile(slug + ".txt")),
				new ExtractedQuotes(List.of(speakers), quotes));
	}

	private static Speaker speaker(String id, String name) {
		return new Speaker(id, name, null, SpeakerKind.PERSON, List.of(name), 1);
	}

}

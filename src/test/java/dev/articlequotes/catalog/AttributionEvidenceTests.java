package dev.articlequotes.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import dev.articlequotes.Requirements;
import dev.articlequotes.article.Article;
import dev.articlequotes.extraction.Excerpt;
import dev.articlequotes.extraction.Quote;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence of every quotation of every article the tests load, as the catalog gives
 * it back: a quotation with a speaker names the words of its source, and the source and
 * the cue are the article's text at their offsets.
 */
class AttributionEvidenceTests {

	private final CatalogLoader loader = new CatalogLoader(new PathMatchingResourcePatternResolver());

	@Test
	void bundledArticleShouldGiveTheSourceOfEveryAttributedQuotation() {
		List<CatalogArticle> articles = load(BundledArticle.LOCATION);
		assertEvidence(articles);
		Quote first = articles.get(0).quote("q-1-1").orElseThrow();
		assertThat(first.attribution().source().text()).isEqualTo("she");
		assertThat(first.attribution().cue().text()).isEqualTo("asks");
	}

	@Test
	void generalisationSetShouldGiveTheSourceOfEveryAttributedQuotation() {
		assertEvidence(load("file:" + Path.of("src/test/resources/generalisation").toAbsolutePath() + "/"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "../shared/dev", "../shared/polnear/dev" })
	void sharedSetsShouldGiveTheSourceOfEveryAttributedQuotation(String folder) {
		Path path = Path.of(folder).toAbsolutePath().normalize();
		Requirements.assumeOrFail(Files.isDirectory(path), "the articles at " + path);
		assertEvidence(load("file:" + path + "/"));
	}

	private List<CatalogArticle> load(String location) {
		return this.loader.load(new ArticlesProperties(location, ArticlesProperties.OnError.FAIL)).articles();
	}

	private static void assertEvidence(List<CatalogArticle> articles) {
		assertThat(articles).isNotEmpty();
		assertThat(articles.stream().flatMap((article) -> article.quotes().stream()))
			.anySatisfy((quote) -> assertThat(quote.speakerId()).isNotNull());
		for (CatalogArticle article : articles) {
			for (Quote quote : article.quotes()) {
				String name = article.slug() + " " + quote.id();
				assertThat(quote.attribution().source()).as("%s: source", name)
					.matches((source) -> (source != null) == (quote.speakerId() != null),
							"present exactly when the quotation has a speaker");
				assertGivenAtItsOffsets(article.article(), quote.attribution().source(), name + ": source");
				assertGivenAtItsOffsets(article.article(), quote.attribution().cue(), name + ": cue");
			}
		}
	}

	private static void assertGivenAtItsOffsets(Article article, Excerpt excerpt, String description) {
		if (excerpt == null) {
			return;
		}
		String passage = switch (excerpt.section()) {
			case TITLE -> article.title();
			case DEK -> article.dek();
			case BODY -> article.blocks().get(excerpt.block()).text();
		};
		assertThat(excerpt.text()).as(description)
			.isNotBlank()
			.isEqualTo(passage.substring(excerpt.start(), excerpt.end()));
	}

}

package dev.articlequotes.web;

import dev.articlequotes.catalog.BundledArticle;
import dev.articlequotes.catalog.Catalog;
import dev.articlequotes.catalog.CatalogArticle;
import dev.articlequotes.catalog.QuoteQuery;
import dev.articlequotes.client.ApiClient;
import dev.articlequotes.client.ApiException;
import dev.articlequotes.client.api.ArticlesApi;
import dev.articlequotes.client.api.QuotesApi;
import dev.articlequotes.client.model.Article;
import dev.articlequotes.client.model.Excerpt;
import dev.articlequotes.client.model.PageResponseQuote;
import dev.articlequotes.client.model.Quote;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Java client that openapi-generator builds from the OpenAPI document, used against
 * the running service: what a developer gets from the document works as documented.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GeneratedClientTests {

	@LocalServerPort
	private int port;

	@Autowired
	private Catalog catalog;

	private ApiClient client;

	@BeforeEach
	void createClient() {
		this.client = new ApiClient();
		this.client.updateBaseUri("http://localhost:" + this.port);
	}

	@Test
	void getArticleShouldReturnTheWholeBundledArticle() throws ApiException {
		CatalogArticle bundled = bundled();
		Article article = new ArticlesApi(this.client).getArticle(BundledArticle.SLUG);
		assertThat(article.getSlug()).isEqualTo(BundledArticle.SLUG);
		assertThat(article.getTitle()).isEqualTo(bundled.article().title());
		assertThat(article.getDek()).isEqualTo(bundled.article().dek());
		assertThat(article.getBlocks()).hasSize(bundled.article().blocks().size());
		assertThat(article.getBlocks().get(0).getText()).isEqualTo(bundled.article().blocks().get(0).text());
		assertThat(article.getSpeakers()).hasSize(bundled.speakers().size());
		assertThat(article.getQuotes()).extracting(Quote::getId)
			.containsExactlyElementsOf(bundled.quotes().stream().map((quote) -> quote.id()).toList());
	}

	@Test
	void listArticleQuotesBySpeakerShouldReturnOnlyThatSpeakersQuotes() throws ApiException {
		CatalogArticle bundled = bundled();
		PageResponseQuote page = new QuotesApi(this.client).listArticleQuotes(BundledArticle.SLUG, "mother", null, null,
				0, 100);
		assertThat(page.getContent()).extracting(Quote::getId)
			.containsExactly("q-1-1", "q-4-1")
			.containsExactlyElementsOf(
					bundled.quotes(new QuoteQuery("mother", null, null)).stream().map((quote) -> quote.id()).toList());
		assertThat(page.getContent())
			.allSatisfy((quote) -> assertThat(quote.getSpeaker().getName()).containsIgnoringCase("mother"));
		assertThat(page.getPage().getTotalElements()).isEqualTo(page.getContent().size());
	}

	@Test
	void getQuoteShouldCarryTheSourceAndCueOfItsAttribution() throws ApiException {
		dev.articlequotes.extraction.Quote expected = bundled().quote("q-1-1").orElseThrow();
		Quote quote = new QuotesApi(this.client).getQuote(BundledArticle.SLUG, "q-1-1");
		Excerpt source = quote.getAttribution().getSource();
		assertThat(source.getText()).isEqualTo("she").isEqualTo(expected.attribution().source().text());
		assertThat(source.getSection()).isEqualTo(Excerpt.SectionEnum.BODY);
		assertThat(source.getBlock()).isEqualTo(1);
		assertThat(source.getStart()).isEqualTo(expected.attribution().source().start());
		assertThat(source.getEnd()).isEqualTo(expected.attribution().source().end());
		assertThat(quote.getAttribution().getCue().getText()).isEqualTo("asks");
		assertThat(quote.getAttribution().getCue().getStart()).isEqualTo(expected.attribution().cue().start());
	}

	@Test
	void getArticleOfAnUnknownSlugShouldThrowWithTheProblemDetailOf404() {
		ApiException exception = catchThrowableOfType(ApiException.class,
				() -> new ArticlesApi(this.client).getArticle("no-such-article"));
		assertThat(exception.getCode()).isEqualTo(404);
		assertThat(exception.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(exception.getResponseBody()).contains("\"title\":\"Article not found\"")
			.contains("No article has the slug 'no-such-article'");
	}

	private CatalogArticle bundled() {
		return this.catalog.article(BundledArticle.SLUG).orElseThrow();
	}

}

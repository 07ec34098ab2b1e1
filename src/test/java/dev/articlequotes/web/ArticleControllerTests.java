package dev.articlequotes.web;

import dev.articlequotes.catalog.ArticlesProperties;
import dev.articlequotes.catalog.BundledArticle;
import dev.articlequotes.catalog.Catalog;
import dev.articlequotes.catalog.CatalogConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest
@Import(CatalogConfiguration.class)
@EnableConfigurationProperties(ArticlesProperties.class)
class ArticleControllerTests {

	private static final String ARTICLE = "/api/articles/" + BundledArticle.SLUG;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Catalog catalog;

	@Test
	void quotesBySpeakerAsTheScaleBenchmarkRendersThemShouldBeTheServedBytes() {
		String uri = ARTICLE + "/quotes?speaker=mother";
		byte[] served = this.mvc.get().uri(uri).exchange().getResponse().getContentAsByteArray();
		assertThat(new ServedQuotes(this.catalog).bySpeaker(BundledArticle.SLUG, "mother")).isEqualTo(served)
			.hasSizeGreaterThan(100);
	}

	@Test
	void articlesShouldListTheBundledArticleWithCounts() {
		assertThat(this.mvc.get().uri("/api/articles")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"content": [{"slug": "russian-soldiers-who-dont-want-to-fight",
					  "title": "The Viral Stories of the Russian Soldiers Who Don’t Want to Fight",
					  "paragraphCount": 17}],
					 "page": {"size": 20, "number": 0, "totalElements": 1, "totalPages": 1}}
					""");
	}

	@Test
	void articleShouldHaveTitleDekAndSeventeenParagraphsAndOneEmbed() {
		var article = assertThat(this.mvc.get().uri(ARTICLE)).hasStatusOk().bodyJson();
		article.extractingPath("$.title")
			.isEqualTo("The Viral Stories of the Russian Soldiers Who Don’t Want to Fight");
		article.extractingPath("$.dek").asString().startsWith("Across social media, videos of Russian soldiers");
		article.extractingPath("$.blocks[?(@.kind == 'paragraph')]").asArray().hasSize(17);
		article.extractingPath("$.blocks[?(@.kind == 'embed')].text")
			.asArray()
			.singleElement()
			.asString()
			.endsWith("♬ original sound – nbcnews");
		article.extractingPath("$.blocks[*].text").asArray().noneMatch((text) -> text.toString().contains("Thumbnail"));
	}

	@Test
	void onlyArticleShouldBeTheBundledArticleWhenItIsTheOnlyOne() {
		assertThat(this.mvc.get().uri("/api/article")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.slug")
			.isEqualTo(BundledArticle.SLUG);
	}

	@Test
	void speakersShouldBeAPage() {
		assertThat(this.mvc.get().uri(ARTICLE + "/speakers")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.page.number")
			.isEqualTo(0);
	}

	@Test
	void quotesShouldBeAPageAndFiltersShouldBeAccepted() {
		assertThat(this.mvc.get().uri(ARTICLE + "/quotes?speaker=nobody&q=war&kind=DIRECT")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"content": [], "page": {"size": 20, "number": 0, "totalElements": 0, "totalPages": 0}}
					""");
		assertThat(this.mvc.get().uri("/api/quotes?kind=partial&article=" + BundledArticle.SLUG)).hasStatusOk();
	}

	@Test
	void quoteShouldNameTheSourceAndTheCueOfItsAttributionAsExcerpts() {
		assertThat(this.mvc.get().uri(ARTICLE + "/quotes/q-1-1")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"id": "q-1-1", "article": "russian-soldiers-who-dont-want-to-fight",
				 "text": "Why has it been so long since you responded? Are you really in training lessons?",
				 "kind": "direct", "speaker": {"id": "mother", "name": "mother"},
				 "section": "body", "block": 1, "start": 1, "end": 81, "cue": "asks",
				 "attribution": {"rule": "reporting-clause-after",
				   "cue": {"text": "asks", "section": "body", "block": 1, "start": 87, "end": 91},
				   "source": {"text": "she", "section": "body", "block": 1, "start": 83, "end": 86}}}
				""");
		assertThat(this.mvc.get().uri(ARTICLE + "/quotes/q-3-185")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"speaker": {"id": "unnamed-russian-soldier"},
				 "attribution": {"rule": "continuation",
				   "source": {"text": "He", "section": "body", "block": 3}}}
				""");
	}

	@Test
	void unknownArticleShouldBeNotFoundProblem() {
		assertThat(this.mvc.get().uri("/api/articles/nope")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"status": 404, "title": "Article not found", "instance": "/api/articles/nope",
					 "detail": "No article has the slug 'nope'. GET /api/articles lists the articles."}
					""");
	}

	@Test
	void unknownArticleInEveryArticleOperationShouldBeNotFound() {
		for (String path : new String[] { "/speakers", "/speakers/x", "/quotes", "/quotes/q-1-1" }) {
			assertThat(this.mvc.get().uri("/api/articles/nope" + path)).hasStatus(HttpStatus.NOT_FOUND)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		assertThat(this.mvc.get().uri("/api/quotes?article=nope")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void unknownSpeakerAndQuoteShouldBeNotFoundProblems() {
		assertThat(this.mvc.get().uri(ARTICLE + "/speakers/nobody")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Speaker not found");
		assertThat(this.mvc.get().uri(ARTICLE + "/quotes/q-99-0")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Quote not found");
	}

	@Test
	void negativePageShouldBeBadRequestProblem() {
		assertThat(this.mvc.get().uri("/api/articles?page=-1")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Invalid request parameters: page must be greater than or equal to 0.");
	}

	@Test
	void oversizedPageShouldBeBadRequestProblemOnEveryCollection() {
		for (String path : new String[] { "/api/articles", ARTICLE + "/speakers", ARTICLE + "/quotes",
				"/api/quotes" }) {
			assertThat(this.mvc.get().uri(path + "?size=1000")).hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.extractingPath("$.detail")
				.isEqualTo("Invalid request parameters: size must be less than or equal to 100.");
		}
	}

	@Test
	void malformedNumbersAndKindsShouldBeBadRequestProblems() {
		assertThat(this.mvc.get().uri("/api/articles?page=abc")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get().uri(ARTICLE + "/quotes?kind=rumour")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void overlongSearchShouldBeBadRequestProblem() {
		assertThat(this.mvc.get().uri(ARTICLE + "/quotes?q=" + "a".repeat(201))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Invalid request parameters: q size must be between 0 and 200.");
	}

	@Test
	void postShouldBeMethodNotAllowedProblemWithAllow() {
		assertThat(this.mvc.post().uri("/api/articles")).hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.containsHeader(HttpHeaders.ALLOW);
	}

	@Test
	void xmlShouldBeNotAcceptableProblem() {
		assertThat(this.mvc.get().uri(ARTICLE).accept(MediaType.APPLICATION_XML)).hasStatus(HttpStatus.NOT_ACCEPTABLE)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo(406);
	}

	@Test
	void problemsShouldNeverCarryStackTraces() {
		assertThat(this.mvc.get().uri("/api/articles?page=abc")).body()
			.asString()
			.doesNotContain("Exception")
			.doesNotContain("at dev.");
	}

}

package dev.articlequotes.web;

import java.util.ArrayList;
import java.util.List;

import dev.articlequotes.catalog.BundledArticle;
import dev.articlequotes.catalog.Catalog;
import dev.articlequotes.catalog.CatalogArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every response of every operation, errors included, against the service's own OpenAPI
 * document; and the rest of what a client sees: methods, limits, headers, CORS, actuator.
 */
@SpringBootTest(properties = "springdoc.api-docs.version=openapi_3_0")
@AutoConfigureMockMvc
class ApiContractTests {

	private static final String ARTICLE = "/api/articles/" + BundledArticle.SLUG;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Catalog catalog;

	private OpenApiContract contract;

	@BeforeEach
	void readContract() throws Exception {
		this.contract = OpenApiContract.of(this.mvc);
	}

	@Test
	void everyOperationShouldAnswerAsDocumentedWhetherFoundOrNot() throws Exception {
		CatalogArticle bundled = this.catalog.article(BundledArticle.SLUG).orElseThrow();
		List<String> paths = new ArrayList<>(List.of("/api/articles", "/api/articles?page=3&size=1", ARTICLE,
				"/api/article", ARTICLE + "/speakers", ARTICLE + "/quotes?speaker=mother&q=war&kind=direct",
				"/api/quotes?q=soldier&article=" + BundledArticle.SLUG, "/api/articles/unknown",
				"/api/articles/unknown/speakers", ARTICLE + "/speakers/unknown", "/api/articles/unknown/quotes",
				ARTICLE + "/quotes/unknown", "/api/quotes?article=unknown", "/api/articles?size=0",
				ARTICLE + "/quotes?kind=rumour", "/api/quotes?page=-1"));
		bundled.speakers().stream().findFirst().ifPresent((s) -> paths.add(ARTICLE + "/speakers/" + s.id()));
		bundled.quotes().stream().findFirst().ifPresent((q) -> paths.add(ARTICLE + "/quotes/" + q.id()));
		for (String path : paths) {
			this.mvc.perform(get(path)).andExpect(this.contract.isValid());
		}
	}

	@Test
	void conditionalGetShouldAnswerADocumentedNotModified() throws Exception {
		for (String path : List.of(ARTICLE, "/api/articles", ARTICLE + "/quotes?speaker=mother")) {
			String etag = this.mvc.perform(get(path)).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
			assertThat(etag).as(path).isNotBlank();
			MockHttpServletResponse response = this.mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(304);
			assertThat(response.getContentAsByteArray()).as(path).isEmpty();
			assertThat(this.contract.violations(path, response)).as(path).isEmpty();
		}
	}

	@Test
	void notAcceptableShouldBeADocumentedProblem() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(ARTICLE).accept(MediaType.APPLICATION_XML))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(406);
		assertThat(this.contract.violations(ARTICLE, response)).isEmpty();
	}

	@Test
	void contractShouldRejectAResponseThatDriftsFromTheDocument() {
		MockHttpServletResponse wrongShape = new MockHttpServletResponse();
		wrongShape.setContentType(MediaType.APPLICATION_JSON_VALUE);
		wrongShape.setContentLength(0);
		wrongShape.setStatus(200);
		wrongShape.setCharacterEncoding("UTF-8");
		writeBody(wrongShape, "{\"content\": \"not a list\", \"page\": {\"size\": \"twenty\"}}");
		assertThat(this.contract.violations("/api/articles", wrongShape)).isNotEmpty();
		MockHttpServletResponse undocumentedStatus = new MockHttpServletResponse();
		undocumentedStatus.setStatus(418);
		assertThat(this.contract.violations("/api/articles", undocumentedStatus)).isNotEmpty();
		MockHttpServletResponse bootErrorShape = new MockHttpServletResponse();
		bootErrorShape.setStatus(404);
		bootErrorShape.setContentType(MediaType.APPLICATION_JSON_VALUE);
		writeBody(bootErrorShape, "{\"timestamp\": \"2026-01-01T00:00:00Z\", \"status\": 404}");
		assertThat(this.contract.violations(ARTICLE, bootErrorShape)).isNotEmpty();
	}

	@Test
	void otherMethodsShouldBeRefusedWithADocumentedProblemAndAllow() throws Exception {
		for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH,
				HttpMethod.TRACE, HttpMethod.valueOf("PROPFIND"))) {
			for (String path : List.of("/api/articles", ARTICLE + "/quotes", "/nowhere", "/actuator/health")) {
				MockHttpServletResponse response = this.mvc.perform(request(method, path)).andReturn().getResponse();
				assertThat(response.getStatus()).as("%s %s", method, path).isEqualTo(405);
				assertThat(response.getHeader(HttpHeaders.ALLOW)).isEqualTo("GET, HEAD, OPTIONS");
				assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			}
			MockHttpServletResponse onArticles = this.mvc.perform(request(method, "/api/articles"))
				.andReturn()
				.getResponse();
			assertThat(this.contract.violations("/api/articles", onArticles)).isEmpty();
		}
	}

	@Test
	void optionsShouldListTheThreeMethods() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(options("/api/articles")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader(HttpHeaders.ALLOW)).isEqualTo("GET, HEAD, OPTIONS");
	}

	@Test
	void searchTextShouldBeAtMostTwoHundredCharacters() throws Exception {
		assertThat(status(ARTICLE + "/quotes?q=" + "a".repeat(200))).isEqualTo(200);
		assertThat(status(ARTICLE + "/quotes?q=" + "a".repeat(201))).isEqualTo(400);
		assertThat(status("/api/quotes?q=" + "a".repeat(201))).isEqualTo(400);
		assertThat(status("/api/quotes?speaker=" + "a".repeat(201))).isEqualTo(400);
	}

	@Test
	void pageSizeShouldBeAtMostOneHundred() throws Exception {
		assertThat(status("/api/articles?size=100")).isEqualTo(200);
		assertThat(status("/api/articles?size=101")).isEqualTo(400);
		assertThat(status(ARTICLE + "/speakers?size=101")).isEqualTo(400);
		assertThat(status("/api/quotes?size=101")).isEqualTo(400);
	}

	@Test
	void everyResponseShouldCarryTheSecurityHeaders() throws Exception {
		for (String path : List.of("/api/articles", "/api/articles/unknown", "/nowhere", "/swagger-ui/index.html",
				"/v3/api-docs", "/actuator/health")) {
			MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
			assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("no-referrer");
			assertThat(response.getHeader("Content-Security-Policy")).as(path)
				.contains("default-src 'self'", "script-src 'self';", "object-src 'none'", "frame-ancestors 'none'")
				.doesNotContain("unsafe-eval")
				.doesNotContainPattern("script-src[^;]*unsafe-inline");
		}
	}

	@Test
	void browserAppsOnAnyOriginShouldReadTheApi() throws Exception {
		MockHttpServletResponse read = this.mvc
			.perform(get("/api/articles").header(HttpHeaders.ORIGIN, "https://app.example"))
			.andReturn()
			.getResponse();
		assertThat(read.getStatus()).isEqualTo(200);
		assertThat(read.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("*");
		MockHttpServletResponse preflight = this.mvc
			.perform(options("/api/articles").header(HttpHeaders.ORIGIN, "https://app.example")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET"))
			.andReturn()
			.getResponse();
		assertThat(preflight.getStatus()).isEqualTo(200);
		assertThat(preflight.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("*");
		assertThat(preflight.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS)).isEqualTo("GET,HEAD,OPTIONS");
	}

	@Test
	void crossOriginWritesShouldBeRefusedWithAProblem() throws Exception {
		MockHttpServletResponse preflight = this.mvc
			.perform(options("/api/articles").header(HttpHeaders.ORIGIN, "https://app.example")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "DELETE"))
			.andReturn()
			.getResponse();
		assertThat(preflight.getStatus()).isEqualTo(403);
		assertThat(preflight.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(preflight.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isNull();
	}

	@Test
	void actuatorShouldExposeOnlyHealthAndInfo() throws Exception {
		assertThat(this.mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString())
			.contains("\"status\":\"UP\"");
		assertThat(status("/actuator/info")).isEqualTo(200);
		for (String endpoint : List.of("env", "beans", "configprops", "heapdump", "threaddump", "loggers", "mappings",
				"metrics", "shutdown", "scheduledtasks")) {
			MockHttpServletResponse response = this.mvc.perform(get("/actuator/" + endpoint)).andReturn().getResponse();
			assertThat(response.getStatus()).as(endpoint).isEqualTo(404);
			assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		}
	}

	private int status(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getStatus();
	}

	private static void writeBody(MockHttpServletResponse response, String body) {
		try {
			response.getWriter().write(body);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

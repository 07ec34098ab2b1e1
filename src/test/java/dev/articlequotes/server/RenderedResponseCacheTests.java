package dev.articlequotes.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.FilterChain;

import dev.articlequotes.catalog.ArticlesProperties;
import dev.articlequotes.catalog.BundledArticle;
import dev.articlequotes.catalog.Catalog;
import dev.articlequotes.catalog.CatalogArticle;
import dev.articlequotes.catalog.CatalogConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest
@Import(CatalogConfiguration.class)
@EnableConfigurationProperties(ArticlesProperties.class)
class RenderedResponseCacheTests {

	private static final String ARTICLE = "/api/articles/" + BundledArticle.SLUG;

	private static final String STRONG_ETAG = "\"[0-9a-f]{32}\"";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Catalog catalog;

	@Autowired
	private FilterRegistrationBean<RenderedResponseCache> cache;

	@Test
	void everyGetResourceShouldCarryAStrongEtagAndCacheControl() {
		for (String uri : everyGetResource()) {
			MockHttpServletResponse response = get(uri, null, null);
			assertThat(response.getStatus()).as(uri).isEqualTo(200);
			assertThat(response.getHeader(HttpHeaders.ETAG)).as(uri).matches(STRONG_ETAG);
			assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).as(uri).isEqualTo("public, max-age=300");
			assertThat(response.getContentType()).as(uri).isEqualTo("application/json");
			assertThat(response.getContentLength()).as(uri).isEqualTo(response.getContentAsByteArray().length);
		}
	}

	@Test
	void everyGetResourceShouldAnswerNotModifiedWithoutBodyToItsCurrentEtag() {
		for (String uri : everyGetResource()) {
			String etag = get(uri, null, null).getHeader(HttpHeaders.ETAG);
			MockHttpServletResponse response = get(uri, HttpHeaders.IF_NONE_MATCH, etag);
			assertThat(response.getStatus()).as(uri).isEqualTo(304);
			assertThat(response.getContentAsByteArray()).as(uri).isEmpty();
			assertThat(response.getHeader(HttpHeaders.ETAG)).as(uri).isEqualTo(etag);
			assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).as(uri).isEqualTo("public, max-age=300");
		}
	}

	@Test
	void anotherEtagShouldAnswerTheWholeBody() {
		MockHttpServletResponse plain = get(ARTICLE, null, null);
		MockHttpServletResponse response = get(ARTICLE, HttpHeaders.IF_NONE_MATCH, "\"0123\", W/\"4567\"");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsByteArray()).isEqualTo(plain.getContentAsByteArray());
	}

	@Test
	void weakFormOrListOrStarOfTheEtagShouldAnswerNotModified() {
		String etag = get(ARTICLE, null, null).getHeader(HttpHeaders.ETAG);
		assertThat(get(ARTICLE, HttpHeaders.IF_NONE_MATCH, "W/" + etag).getStatus()).isEqualTo(304);
		assertThat(get(ARTICLE, HttpHeaders.IF_NONE_MATCH, "\"other\", " + etag).getStatus()).isEqualTo(304);
		assertThat(get(ARTICLE, HttpHeaders.IF_NONE_MATCH, "*").getStatus()).isEqualTo(304);
	}

	@Test
	void largeBodyShouldBeGzippedWhenTheClientAcceptsGzip() throws IOException {
		MockHttpServletResponse plain = get(ARTICLE, null, null);
		MockHttpServletResponse gzipped = get(ARTICLE, HttpHeaders.ACCEPT_ENCODING, "deflate, gzip, br");
		assertThat(gzipped.getStatus()).isEqualTo(200);
		assertThat(gzipped.getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(gzipped.getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_ENCODING);
		assertThat(plain.getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_ENCODING);
		assertThat(plain.getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
		assertThat(gzipped.getContentAsByteArray()).hasSizeLessThan(plain.getContentAsByteArray().length / 2);
		assertThat(gunzip(gzipped.getContentAsByteArray())).isEqualTo(plain.getContentAsByteArray());
		assertThat(gzipped.getHeader(HttpHeaders.ETAG))
			.isEqualTo(plain.getHeader(HttpHeaders.ETAG).replaceAll("\"$", "-gzip\""))
			.isNotEqualTo(plain.getHeader(HttpHeaders.ETAG));
		MockHttpServletResponse revalidated = get(ARTICLE, HttpHeaders.IF_NONE_MATCH,
				gzipped.getHeader(HttpHeaders.ETAG));
		assertThat(revalidated.getStatus()).isEqualTo(304);
	}

	@Test
	void gzipRefusedWithZeroQualityOrSmallBodyShouldBePlain() {
		assertThat(get(ARTICLE, HttpHeaders.ACCEPT_ENCODING, "gzip;q=0").getHeader(HttpHeaders.CONTENT_ENCODING))
			.isNull();
		MockHttpServletResponse small = get(ARTICLE + "/quotes?speaker=nobody", HttpHeaders.ACCEPT_ENCODING, "gzip");
		assertThat(small.getContentAsByteArray()).hasSizeLessThan(KeptAnswer.MIN_GZIP_SIZE);
		assertThat(small.getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
		assertThat(small.getHeaders(HttpHeaders.VARY)).doesNotContain(HttpHeaders.ACCEPT_ENCODING);
	}

	@Test
	void repeatedRequestShouldBeServedFromOneRendering() {
		String uri = ARTICLE + "/speakers?size=7";
		int before = this.cache.getFilter().size();
		MockHttpServletResponse first = get(uri, null, null);
		MockHttpServletResponse second = get(uri, null, null);
		assertThat(this.cache.getFilter().size()).isEqualTo(before + 1);
		assertThat(second.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
		assertThat(second.getHeader(HttpHeaders.ETAG)).isEqualTo(first.getHeader(HttpHeaders.ETAG));
		assertThat(second.getHeaders(HttpHeaders.VARY)).as("a cached answer varies on Origin, as Spring's does")
			.containsOnlyOnce(HttpHeaders.ORIGIN);
		assertThat(first.getHeaders(HttpHeaders.VARY)).containsOnlyOnce(HttpHeaders.ORIGIN);
		assertThat(second.getHeader("X-Content-Type-Options")).as("security headers on a cached answer")
			.isEqualTo("nosniff");
		assertThat(second.getHeader("Content-Security-Policy")).isNotBlank();
	}

	@Test
	void errorsShouldNeitherBeCachedNorCarryAnEtag() {
		int before = this.cache.getFilter().size();
		for (String uri : List.of("/api/articles/nope", ARTICLE + "/quotes?size=0", ARTICLE + "/quotes?kind=loud")) {
			MockHttpServletResponse response = get(uri, null, null);
			assertThat(response.getStatus()).as(uri).isIn(400, 404);
			assertThat(response.getContentType()).as(uri).isEqualTo("application/problem+json");
			assertThat(response.getHeader(HttpHeaders.ETAG)).as(uri).isNull();
			assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).as(uri).isNull();
		}
		assertThat(this.cache.getFilter().size()).isEqualTo(before);
	}

	@Test
	void unacceptableMediaTypeShouldStayNotAcceptableOnceTheResourceIsCached() {
		get(ARTICLE, null, null);
		assertThat(this.mvc.get().uri(ARTICLE).header(HttpHeaders.ACCEPT, "application/xml"))
			.hasStatus(HttpStatus.NOT_ACCEPTABLE);
		assertThat(this.mvc.get().uri(ARTICLE).header(HttpHeaders.ACCEPT, "application/problem+json"))
			.hasStatus(HttpStatus.NOT_ACCEPTABLE);
		assertThat(this.mvc.get().uri(ARTICLE).header(HttpHeaders.ACCEPT, "text/html, application/*;q=0.8"))
			.hasStatusOk();
	}

	@Test
	void postShouldStayMethodNotAllowedOnceTheResourceIsCached() {
		get(ARTICLE, null, null);
		assertThat(this.mvc.post().uri(ARTICLE)).hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
	}

	@Test
	void headShouldAnswerTheHeadersOfGetWithoutBody() {
		for (String uri : List.of(ARTICLE, ARTICLE + "/speakers?size=3")) {
			MockHttpServletResponse get = get(uri, null, null);
			MockHttpServletResponse head = this.mvc.head().uri(uri).exchange().getResponse();
			assertThat(head.getStatus()).as(uri).isEqualTo(200);
			assertThat(head.getHeader(HttpHeaders.ETAG)).as(uri).isEqualTo(get.getHeader(HttpHeaders.ETAG));
			assertThat(head.getContentLength()).as(uri).isEqualTo(get.getContentAsByteArray().length);
			assertThat(head.getContentAsByteArray()).as(uri).isEmpty();
		}
	}

	@Test
	void cacheShouldStopGrowingAtItsBoundButKeepAnswering() throws Exception {
		RenderedResponseCache filter = new RenderedResponseCache();
		FilterChain json = (request, response) -> {
			response.setContentType("application/json");
			response.getOutputStream().write("{\"content\":[]}".getBytes(StandardCharsets.UTF_8));
		};
		for (int i = 0; i < RenderedResponseCache.MAX_ENTRIES + 50; i++) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/quotes");
			request.setQueryString("q=" + i);
			MockHttpServletResponse response = new MockHttpServletResponse();
			filter.doFilter(request, response, json);
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getHeader(HttpHeaders.ETAG)).matches(STRONG_ETAG);
		}
		assertThat(filter.size()).isEqualTo(RenderedResponseCache.MAX_ENTRIES);
	}

	/** Every GET operation of the API, with an item of each collection that has one. */
	private List<String> everyGetResource() {
		List<String> uris = new ArrayList<>(List.of("/api/articles", ARTICLE, "/api/article", ARTICLE + "/speakers",
				ARTICLE + "/quotes", ARTICLE + "/quotes?speaker=mother&q=mama", "/api/quotes",
				"/api/quotes?q=war&article=" + BundledArticle.SLUG));
		CatalogArticle article = this.catalog.article(BundledArticle.SLUG).orElseThrow();
		article.speakers().stream().findFirst().ifPresent((s) -> uris.add(ARTICLE + "/speakers/" + s.id()));
		article.quotes().stream().findFirst().ifPresent((q) -> uris.add(ARTICLE + "/quotes/" + q.id()));
		return uris;
	}

	private MockHttpServletResponse get(String uri, String header, String value) {
		var request = this.mvc.get().uri(uri);
		if (header != null) {
			request = request.header(header, value);
		}
		return request.exchange().getResponse();
	}

	private static byte[] gunzip(byte[] gzipped) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return in.readAllBytes();
		}
	}

}

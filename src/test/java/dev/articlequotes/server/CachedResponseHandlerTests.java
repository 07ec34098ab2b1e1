package dev.articlequotes.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jetty.JettyWebServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cached answers written by Jetty itself, over a real socket: the second request for a
 * resource is answered by {@link CachedResponseHandler} with the bytes and headers the
 * application rendered for the first, and whatever the application has to decide (CORS,
 * content negotiation, other methods) still reaches the application.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CachedResponseHandlerTests {

	private static final String SPEAKERS = "/api/articles/russian-soldiers-who-dont-want-to-fight/speakers";

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private WebServerApplicationContext context;

	private CachedResponseHandler handler;

	@BeforeEach
	void findHandler() {
		Server server = ((JettyWebServer) this.context.getWebServer()).getServer();
		this.handler = server.getDescendant(CachedResponseHandler.class);
		assertThat(this.handler).as("the handler in front of the application").isNotNull();
		assertThat(server.getDescendants(Handler.class)).contains(this.handler);
	}

	@Test
	void secondRequestShouldBeAnsweredByJettyWithTheBytesAndHeadersOfTheFirst() throws Exception {
		String path = "/api/articles/russian-soldiers-who-dont-want-to-fight/quotes?speaker=mother";
		HttpResponse<byte[]> first = get(path);
		long hits = this.handler.hits();
		HttpResponse<byte[]> second = get(path);
		assertThat(this.handler.hits()).isEqualTo(hits + 1);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).isEqualTo(first.body());
		for (String name : List.of("ETag", "Cache-Control", "Content-Type", "Content-Length", "X-Content-Type-Options",
				"Referrer-Policy", "Content-Security-Policy")) {
			assertThat(second.headers().allValues(name)).as(name)
				.isNotEmpty()
				.isEqualTo(first.headers().allValues(name));
		}
		assertThat(first.headers().allValues("Vary")).containsAll(second.headers().allValues("Vary"));
		assertThat(second.headers().allValues("Vary")).contains("Origin");
		assertThat(second.headers().firstValue("Server")).isEmpty();
	}

	@Test
	void matchingEtagShouldAnswerNotModifiedWithoutBody() throws Exception {
		String etag = get(SPEAKERS).headers().firstValue("ETag").orElseThrow();
		long hits = this.handler.hits();
		HttpResponse<byte[]> response = send(request(SPEAKERS).header("If-None-Match", etag).build());
		assertThat(this.handler.hits()).isEqualTo(hits + 1);
		assertThat(response.statusCode()).isEqualTo(304);
		assertThat(response.body()).isEmpty();
		assertThat(response.headers().firstValue("ETag")).hasValue(etag);
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void largeBodyShouldBeGzippedForAClientThatAcceptsGzip() throws Exception {
		String path = "/api/articles/russian-soldiers-who-dont-want-to-fight";
		byte[] plain = get(path).body();
		long hits = this.handler.hits();
		HttpResponse<byte[]> response = send(request(path).header("Accept-Encoding", "gzip").build());
		assertThat(this.handler.hits()).isEqualTo(hits + 1);
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(response.headers().firstValue("ETag"))
			.hasValueSatisfying((etag) -> assertThat(etag).endsWith("-gzip\""));
		assertThat(response.headers().allValues("Vary")).contains("Origin", "Accept-Encoding");
		assertThat(response.body()).hasSizeLessThan(plain.length);
		try (GZIPInputStream gunzip = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
			assertThat(gunzip.readAllBytes()).isEqualTo(plain);
		}
	}

	@Test
	void headShouldAnswerTheHeadersOfGetWithoutBody() throws Exception {
		HttpResponse<byte[]> get = get(SPEAKERS);
		long hits = this.handler.hits();
		HttpResponse<byte[]> head = send(request(SPEAKERS).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
		assertThat(this.handler.hits()).isEqualTo(hits + 1);
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(get.body().length));
		assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
	}

	@Test
	void crossOriginRequestShouldReachTheApplicationForItsCorsHeaders() throws Exception {
		get(SPEAKERS);
		long hits = this.handler.hits();
		HttpResponse<byte[]> response = send(request(SPEAKERS).header("Origin", "https://example.org").build());
		assertThat(this.handler.hits()).isEqualTo(hits);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
	}

	@Test
	void whatTheApplicationDecidesShouldStillReachIt() throws Exception {
		get(SPEAKERS);
		long hits = this.handler.hits();
		HttpResponse<byte[]> xml = send(request(SPEAKERS).header("Accept", "application/xml").build());
		HttpResponse<byte[]> post = send(request(SPEAKERS).POST(HttpRequest.BodyPublishers.noBody()).build());
		HttpResponse<byte[]> unknown = get("/api/articles/nowhere");
		assertThat(this.handler.hits()).isEqualTo(hits);
		assertThat(xml.statusCode()).isEqualTo(406);
		assertThat(post.statusCode()).isEqualTo(405);
		assertThat(unknown.statusCode()).isEqualTo(404);
		for (HttpResponse<byte[]> response : List.of(xml, post, unknown)) {
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(response.headers().firstValue("ETag")).isEmpty();
		}
	}

	@Test
	void connectionsShouldBeTheOnesThatReadOnOneThreadAtATime() throws Exception {
		Server server = ((JettyWebServer) this.context.getWebServer()).getServer();
		// The client keeps this connection open after the answer
		assertThat(get(SPEAKERS).statusCode()).isEqualTo(200);
		assertThat(server.getConnectors()).isNotEmpty().allSatisfy((connector) -> {
			assertThat(connector.getDefaultConnectionFactory()).isInstanceOf(SerialHttpConnectionFactory.class);
			assertThat(connector.getConnectedEndPoints()).isNotEmpty()
				.allSatisfy((endPoint) -> assertThat(endPoint.getConnection())
					.isInstanceOf(SerialHttpConnectionFactory.SerialHttpConnection.class));
		});
	}

	private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		return send(request(path).build());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
	}

	private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
		return this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

}

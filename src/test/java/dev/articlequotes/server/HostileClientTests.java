package dev.articlequotes.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Raw HTTP that MockMvc cannot send, over a real socket to the real Jetty: malformed
 * request lines, encoded slashes, path traversal, control characters, oversized headers,
 * a TLS hello on the plain port, TRACE. Each gets a 4xx problem detail: no HTML error
 * page, no server version, no exception text.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HostileClientTests {

	@LocalServerPort
	private int port;

	static Stream<Arguments> hostileRequests() {
		return Stream.of(request("garbage request line", "GARBAGE\r\n\r\n", 400),
				request("TLS client hello on the plain port",
						"\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003" + "\u0000".repeat(40),
						400),
				request("unknown HTTP version", "GET /api/articles HTTP/9.9\r\nHost: x\r\n\r\n", 400),
				request("encoded slash in a path variable", get("/api/articles/a%2Fb"), 400),
				request("encoded backslash", get("/api/articles/a%5Cb"), 400),
				request("encoded NUL", get("/api/articles/%00"), 400),
				request("invalid percent-encoding", get("/api/articles/%zz"), 400),
				request("path traversal above the root", get("/api/../../etc/passwd"), 400),
				request("encoded path traversal above the root", get("/%2e%2e/%2e%2e/etc/passwd"), 400),
				request("control character in the query", get("/api/articles?q=\u0001"), 400),
				request("space in the request target", get("/api/articles/a b"), 400),
				request("header of 20 KB",
						"GET /api/articles HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000)
								+ "\r\nConnection: close\r\n\r\n",
						431),
				request("TRACE", "TRACE /api/articles HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 405),
				request("the error page asked for directly", get("/error"), 404),
				request("unknown path asking for HTML",
						"GET /nowhere HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\nConnection: close\r\n\r\n", 404),
				request("XML asked of the API",
						"GET /api/articles HTTP/1.1\r\nHost: x\r\nAccept: application/xml\r\nConnection: close\r\n\r\n",
						406),
				request("unparseable size", get("/api/articles?size=1e99"), 400),
				request("unparseable Accept",
						"GET /api/articles HTTP/1.1\r\nHost: x\r\nAccept: ;;;/\r\nConnection: close\r\n\r\n", 406),
				request("POST with a body",
						"POST /api/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
								+ "Content-Length: 2\r\nConnection: close\r\n\r\n{}",
						405));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileRequests")
	void hostileRequestShouldGetAProblemDetailWithoutInternals(String description, String raw, int expectedStatus)
			throws IOException {
		String response = exchange(raw);
		String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
		String body = response.substring(head.length()).strip();
		assertThat(head).startsWith("HTTP/1.1 " + expectedStatus + " ")
			.containsIgnoringCase("Content-Type: application/problem+json")
			.doesNotContainIgnoringCase("Server:")
			.doesNotContainIgnoringCase("X-Powered-By")
			.containsIgnoringCase("X-Content-Type-Options: nosniff")
			.containsIgnoringCase("Referrer-Policy: no-referrer")
			.containsIgnoringCase("Content-Security-Policy: default-src 'self'");
		assertThat(body).contains("\"status\":" + expectedStatus)
			.doesNotContainIgnoringCase("tomcat")
			.doesNotContainIgnoringCase("apache")
			.doesNotContain("<html", "Exception", "\tat ", "java.");
	}

	@Test
	void unknownHttpVersionShouldSayWhichVersionToUse() throws IOException {
		String response = exchange("GET /api/articles HTTP/9.9\r\nHost: x\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 400 ")
			.contains("\"detail\":\"The HTTP version is not supported: use HTTP/1.1.\"");
	}

	private static Arguments request(String description, String raw, int expectedStatus) {
		return Arguments.of(description, raw, expectedStatus);
	}

	private static String get(String target) {
		return "GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
	}

	private String exchange(String raw) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(raw.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
				received.write(buffer, 0, read);
				if (isComplete(received.toString(StandardCharsets.ISO_8859_1))) {
					break;
				}
			}
			return received.toString(StandardCharsets.UTF_8);
		}
	}

	/** Whether a response with a Content-Length has all of its body. */
	private static boolean isComplete(String response) {
		int end = response.indexOf("\r\n\r\n");
		if (end < 0) {
			return false;
		}
		for (String line : List.of(response.substring(0, end).split("\r\n"))) {
			if (line.toLowerCase().startsWith("content-length:")) {
				int length = Integer.parseInt(line.substring(15).strip());
				return response.length() - end - 4 >= length;
			}
		}
		return false;
	}

}

package dev.articlequotes.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Writes an RFC 9457 problem detail for the errors raised outside Spring MVC's exception
 * handling (filters, refused CORS pre-flights, the error page, Jetty itself), to a
 * servlet response or to one Jetty writes: the one place such a problem is made.
 */
final class ProblemWriter {

	private static final HttpField PROBLEM_JSON = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE,
			MediaType.APPLICATION_PROBLEM_JSON_VALUE);

	private static final JsonMapper json = JsonMapper.builder().build();

	private ProblemWriter() {
	}

	/**
	 * Writes the problem to a servlet response, replacing whatever body and content type
	 * it had, and commits it.
	 * @param response the response, not yet committed
	 * @param status the HTTP status
	 * @param detail what went wrong, never exception text
	 * @param instance the request path, or {@code null} when it cannot be trusted
	 */
	static void write(HttpServletResponse response, int status, String detail, String instance) throws IOException {
		response.resetBuffer();
		write(ResponseTarget.of(response), status, detail, instance);
		response.flushBuffer();
	}

	/**
	 * Writes the problem: its status, content type and length, and body.
	 * @param target the response
	 * @param status the HTTP status
	 * @param detail what went wrong, never exception text
	 * @param instance the request path, or {@code null} when it cannot be trusted
	 */
	static void write(ResponseTarget target, int status, String detail, String instance) throws IOException {
		byte[] body = body(status, detail, instance);
		target.status(status);
		target.header(PROBLEM_JSON);
		target.header(new HttpField(HttpHeader.CONTENT_LENGTH, Integer.toString(body.length)));
		target.end(ByteBuffer.wrap(body));
	}

	private static byte[] body(int status, String detail, String instance) {
		HttpStatus known = HttpStatus.resolve(status);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", (known != null) ? known.getReasonPhrase() : "Error");
		problem.put("status", status);
		if (detail != null) {
			problem.put("detail", detail);
		}
		if (instance != null) {
			problem.put("instance", instance);
		}
		return json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
	}

}

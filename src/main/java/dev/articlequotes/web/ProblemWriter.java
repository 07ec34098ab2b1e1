package dev.articlequotes.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;

/**
 * Writes an RFC 9457 problem detail straight to a servlet response, for the errors raised
 * outside Spring MVC's exception handling: filters, the error page and the server itself.
 */
final class ProblemWriter {

	static final String PROBLEM_JSON = "application/problem+json";

	private static final JsonMapper json = JsonMapper.builder().build();

	private ProblemWriter() {
	}

	/**
	 * Writes the problem, replacing whatever body and content type the response had.
	 * @param response the response, not yet committed
	 * @param status the HTTP status
	 * @param detail what went wrong, never exception text
	 * @param instance the request path, or {@code null} when it cannot be trusted
	 */
	static void write(HttpServletResponse response, int status, String detail, String instance) throws IOException {
		byte[] body = body(status, detail, instance);
		response.resetBuffer();
		response.setStatus(status);
		response.setContentType(PROBLEM_JSON);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

	static byte[] body(int status, String detail, String instance) {
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

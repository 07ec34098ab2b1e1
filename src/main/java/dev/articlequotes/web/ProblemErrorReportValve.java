package dev.articlequotes.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's error report for requests it refuses before they reach the application (a
 * malformed request line, an encoded slash, headers too large): a problem detail instead
 * of Tomcat's HTML page, with no server version and no exception text. An unsupported
 * HTTP version is the client's error, answered 400 rather than 505.
 */
class ProblemErrorReportValve extends ErrorReportValve {

	ProblemErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		String detail = null;
		if (status == HttpServletResponse.SC_HTTP_VERSION_NOT_SUPPORTED) {
			// A request the client got wrong, not a server failure: no 5xx for bad input
			status = HttpServletResponse.SC_BAD_REQUEST;
			detail = "The HTTP version is not supported: use HTTP/1.1.";
			response.setStatus(status);
		}
		try {
			response.setContentType(ProblemWriter.PROBLEM_JSON);
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("Referrer-Policy", "no-referrer");
			response.setHeader("Content-Security-Policy", SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
			// The request was not understood, so its path is not echoed back
			String body = new String(ProblemWriter.body(status, detail, null), StandardCharsets.UTF_8);
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response is unusable: nothing left to report to
		}
	}

}

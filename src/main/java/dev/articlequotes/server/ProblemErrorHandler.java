package dev.articlequotes.server;

import java.io.IOException;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error report for requests it refuses before they reach the application (a
 * malformed request line, an ambiguous or encoded path, headers too large): a problem
 * detail instead of Jetty's HTML page, with no server version and no exception text. An
 * unsupported HTTP version is the client's error, answered 400 rather than 505.
 */
class ProblemErrorHandler extends ErrorHandler {

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws IOException {
		int refused = response.getStatus();
		SecurityHeaders.FIELDS.forEach(response.getHeaders()::put);
		// The request was not understood, so its path is not echoed back
		ProblemWriter.write(ResponseTarget.of(response, callback), status(refused), detail(refused), null);
		return true;
	}

	/** A request the client got wrong is never answered with a server error. */
	private static int status(int status) {
		return (status == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505 || status < 400) ? HttpStatus.BAD_REQUEST_400
				: status;
	}

	private static String detail(int status) {
		return (status == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505)
				? "The HTTP version is not supported: use HTTP/1.1." : null;
	}

}

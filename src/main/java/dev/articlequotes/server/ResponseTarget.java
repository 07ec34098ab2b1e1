package dev.articlequotes.server;

import java.io.IOException;
import java.nio.ByteBuffer;

import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A response being written, through the servlet API or through Jetty's own: what a kept
 * answer ({@link KeptAnswer#answer}) and a problem detail ({@link ProblemWriter}) are
 * each written to, in one place whichever of the two carries them. A header field
 * replaces one of the same name, except {@code Vary}, which lists each value once.
 */
interface ResponseTarget {

	/** Sets a header field. */
	void header(HttpField field) throws IOException;

	/** Sets the status. */
	void status(int status) throws IOException;

	/** Ends the response with this body, or with none when {@code null}. */
	void end(ByteBuffer body) throws IOException;

	/** A servlet response, which may already carry headers (security headers, CORS). */
	static ResponseTarget of(HttpServletResponse response) {
		return new ResponseTarget() {

			@Override
			public void header(HttpField field) {
				switch (field.getHeader()) {
					case CONTENT_TYPE -> response.setContentType(field.getValue());
					case CONTENT_LENGTH -> response.setContentLength(field.getIntValue());
					case VARY -> {
						if (!response.getHeaders(field.getName()).contains(field.getValue())) {
							response.addHeader(field.getName(), field.getValue());
						}
					}
					default -> response.setHeader(field.getName(), field.getValue());
				}
			}

			@Override
			public void status(int status) {
				response.setStatus(status);
			}

			@Override
			public void end(ByteBuffer body) throws IOException {
				if (body != null) {
					response.getOutputStream().write(body);
				}
			}

		};
	}

	/** A response Jetty writes itself, completing the callback once written. */
	static ResponseTarget of(Response response, Callback callback) {
		HttpFields.Mutable headers = response.getHeaders();
		return new ResponseTarget() {

			@Override
			public void header(HttpField field) {
				if (field.getHeader() == HttpHeader.VARY) {
					headers.add(field);
				}
				else {
					headers.put(field);
				}
			}

			@Override
			public void status(int status) {
				response.setStatus(status);
			}

			@Override
			public void end(ByteBuffer body) {
				response.write(true, body, callback);
			}

		};
	}

}

package dev.articlequotes.server;

import java.util.List;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * The security headers of every response: written by {@link SecurityHeadersFilter} for
 * the servlet application, and with the answers Jetty writes itself (kept renderings,
 * requests it refuses).
 */
final class SecurityHeaders {

	/** No MIME sniffing, no referrer, and the service's own files only. */
	static final List<HttpField> FIELDS = List.of(
			new PreEncodedHttpField(SecurityHeadersFilter.CONTENT_TYPE_OPTIONS, SecurityHeadersFilter.NOSNIFF),
			new PreEncodedHttpField(SecurityHeadersFilter.REFERRER_POLICY, SecurityHeadersFilter.NO_REFERRER),
			new PreEncodedHttpField(SecurityHeadersFilter.CONTENT_SECURITY_POLICY_HEADER,
					SecurityHeadersFilter.CONTENT_SECURITY_POLICY));

	private SecurityHeaders() {
	}

}

package dev.articlequotes.server;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpField;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds the security headers to every response: no MIME sniffing, no referrer, and a
 * Content-Security-Policy that lets pages load only the service's own scripts, styles and
 * images.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

	static final String CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";

	static final String NOSNIFF = "nosniff";

	static final String REFERRER_POLICY = "Referrer-Policy";

	static final String NO_REFERRER = "no-referrer";

	static final String CONTENT_SECURITY_POLICY_HEADER = "Content-Security-Policy";

	/** For every page the service serves: its own files only, no inline script. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * For Swagger UI, whose bundle applies inline styles (Chromium blocks them under
	 * {@code style-src 'self'}); still no inline script.
	 */
	static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// The same list Jetty's own answers carry, so that a header added there is added
		// here
		for (HttpField field : SecurityHeaders.FIELDS) {
			response.setHeader(field.getName(), field.getValue());
		}
		if (request.getRequestURI().startsWith("/swagger-ui/")) {
			response.setHeader(CONTENT_SECURITY_POLICY_HEADER, SWAGGER_UI_CONTENT_SECURITY_POLICY);
		}
		chain.doFilter(request, response);
	}

}

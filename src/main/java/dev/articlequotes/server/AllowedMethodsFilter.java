package dev.articlequotes.server;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The service is read-only: it answers GET, HEAD and OPTIONS, and refuses every other
 * method on every path with a 405 problem detail whose {@code Allow} lists the three.
 */
class AllowedMethodsFilter extends OncePerRequestFilter {

	static final String ALLOW = "GET, HEAD, OPTIONS";

	private static final Set<String> ALLOWED = Set.of("GET", "HEAD", "OPTIONS");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		if (!ALLOWED.contains(method)) {
			response.setHeader(HttpHeaders.ALLOW, ALLOW);
			ProblemWriter.write(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
					"Only GET, HEAD and OPTIONS are allowed.", request.getRequestURI());
			return;
		}
		if ("OPTIONS".equals(method)) {
			// Set first so that the servlet does not list the methods it could serve
			response.setHeader(HttpHeaders.ALLOW, ALLOW);
			if (!CorsUtils.isPreFlightRequest(request)) {
				response.setStatus(HttpServletResponse.SC_OK);
				response.setContentLength(0);
				return;
			}
		}
		chain.doFilter(request, response);
	}

}

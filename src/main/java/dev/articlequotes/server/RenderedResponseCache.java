package dev.articlequotes.server;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves every successful GET of the API from bytes rendered once: the model never
 * changes while the service runs, so the first rendering of a URL is the answer for the
 * service's lifetime. Adds a strong {@code ETag} (answering {@code 304} to a matching
 * {@code If-None-Match}), a {@code Cache-Control} and a gzipped variant of larger bodies,
 * all decided by {@link KeptAnswer}. Errors are never cached, and the cache is bounded in
 * entries and bytes so that arbitrary query strings cannot exhaust memory: past the
 * bound, responses are rendered per request but still carry their {@code ETag}.
 */
final class RenderedResponseCache implements Filter {

	/** Most renderings kept. */
	static final int MAX_ENTRIES = 10_000;

	/** Most bytes of bodies (plain and gzipped) kept. */
	static final long MAX_BYTES = 64L * 1024 * 1024;

	/** Longest request URI and query cached. */
	static final int MAX_KEY_LENGTH = 1024;

	private final ConcurrentHashMap<String, KeptAnswer> answers = new ConcurrentHashMap<>();

	private final AtomicLong cachedBytes = new AtomicLong();

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) req;
		HttpServletResponse response = (HttpServletResponse) res;
		String method = request.getMethod();
		boolean head = "HEAD".equals(method);
		if (!(head || "GET".equals(method)) || !acceptsJson(request.getHeader(HttpHeaders.ACCEPT))) {
			chain.doFilter(request, response);
			return;
		}
		String query = request.getQueryString();
		String key = (query != null) ? request.getRequestURI() + '?' + query : request.getRequestURI();
		// A cross-origin request goes through Spring MVC for its CORS headers
		boolean crossOrigin = request.getHeader(HttpHeaders.ORIGIN) != null;
		KeptAnswer answer = crossOrigin ? null : this.answers.get(key);
		if (answer == null) {
			answer = render(request, response, chain, key, !head && !crossOrigin);
			if (answer == null) {
				return;
			}
		}
		answer.answer(request.getHeaders(HttpHeaders.ACCEPT_ENCODING), request.getHeader(HttpHeaders.IF_NONE_MATCH),
				head, ResponseTarget.of(response));
	}

	/** The answer kept for a request URI and query, or {@code null}. */
	KeptAnswer get(String key) {
		return this.answers.get(key);
	}

	/** How many answers are kept. */
	int size() {
		return this.answers.size();
	}

	/**
	 * Lets the application answer, and returns its answer when it is a cacheable success;
	 * otherwise passes the answer through and returns {@code null}.
	 */
	private KeptAnswer render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
			boolean store) throws IOException, ServletException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (wrapper.getStatus() != HttpServletResponse.SC_OK || !isJson(wrapper.getContentType())
				|| request.isAsyncStarted()) {
			wrapper.copyBodyToResponse();
			return null;
		}
		KeptAnswer answer = KeptAnswer.of(wrapper.getContentType(), wrapper.getContentAsByteArray());
		if (store && key.length() <= MAX_KEY_LENGTH && this.answers.size() < MAX_ENTRIES
				&& this.cachedBytes.get() + answer.size() <= MAX_BYTES
				&& this.answers.putIfAbsent(key, answer) == null) {
			this.cachedBytes.addAndGet(answer.size());
		}
		return answer;
	}

	/**
	 * Whether the API would answer JSON to this {@code Accept}; any other answer (406, or
	 * 400 for a malformed header) is left to Spring MVC.
	 */
	static boolean acceptsJson(String accept) {
		if (accept == null || accept.isEmpty() || accept.equals("*/*")
				|| accept.equals(MediaType.APPLICATION_JSON_VALUE)) {
			return true;
		}
		try {
			List<MediaType> types = MediaType.parseMediaTypes(accept);
			return types.stream()
				.anyMatch((type) -> type.getQualityValue() > 0 && type.includes(MediaType.APPLICATION_JSON));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static boolean isJson(String contentType) {
		try {
			return contentType != null
					&& MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}

package dev.articlequotes.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

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
import org.springframework.util.DigestUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves every successful GET of the API from bytes rendered once: the model never
 * changes while the service runs, so the first rendering of a URL is the answer for the
 * service's lifetime. Adds a strong {@code ETag} (answering {@code 304} to a matching
 * {@code If-None-Match}), a {@code Cache-Control} and a gzipped variant of larger bodies.
 * Errors are never cached, and the cache is bounded in entries and bytes so that
 * arbitrary query strings cannot exhaust memory: past the bound, responses are rendered
 * per request but still carry their {@code ETag}.
 */
final class RenderedResponseCache implements Filter {

	/** Most renderings kept. */
	static final int MAX_ENTRIES = 10_000;

	/** Most bytes of bodies (plain and gzipped) kept. */
	static final long MAX_BYTES = 64L * 1024 * 1024;

	/** Longest request URI and query cached. */
	static final int MAX_KEY_LENGTH = 1024;

	/** Smallest body that is also kept gzipped: below it gzip saves too little. */
	static final int MIN_GZIP_SIZE = 1024;

	/**
	 * The data changes only when the service restarts: caches may reuse a response for
	 * five minutes, then revalidate it with its ETag.
	 */
	static final String CACHE_CONTROL = "public, max-age=300";

	/** A quality of zero ({@code q=0}, {@code q=0.000}): not acceptable. */
	private static final Pattern ZERO_QUALITY = Pattern.compile("(?i)q\\s*=\\s*0(\\.0*)?");

	private static final String GZIP = "gzip";

	private final ConcurrentHashMap<String, Rendering> renderings = new ConcurrentHashMap<>();

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
		Rendering rendering = crossOrigin ? null : this.renderings.get(key);
		if (rendering == null) {
			rendering = render(request, response, chain, key, !head && !crossOrigin);
			if (rendering == null) {
				return;
			}
		}
		write(rendering, request, response, head);
	}

	/** The rendering kept for a request URI and query, or {@code null}. */
	Rendering get(String key) {
		return this.renderings.get(key);
	}

	/** How many renderings are cached. */
	int size() {
		return this.renderings.size();
	}

	/**
	 * Lets the application answer, and returns its rendering when it is a cacheable
	 * success; otherwise passes the answer through and returns {@code null}.
	 */
	private Rendering render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
			boolean store) throws IOException, ServletException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (wrapper.getStatus() != HttpServletResponse.SC_OK || !isJson(wrapper.getContentType())
				|| request.isAsyncStarted()) {
			wrapper.copyBodyToResponse();
			return null;
		}
		Rendering rendering = Rendering.of(wrapper.getContentType(), wrapper.getContentAsByteArray());
		if (store && key.length() <= MAX_KEY_LENGTH && this.renderings.size() < MAX_ENTRIES
				&& this.cachedBytes.get() + rendering.size() <= MAX_BYTES
				&& this.renderings.putIfAbsent(key, rendering) == null) {
			this.cachedBytes.addAndGet(rendering.size());
		}
		return rendering;
	}

	private static void write(Rendering rendering, HttpServletRequest request, HttpServletResponse response,
			boolean head) throws IOException {
		boolean gzip = rendering.hasGzip() && acceptsGzip(request.getHeaders(HttpHeaders.ACCEPT_ENCODING));
		response.setHeader(HttpHeaders.ETAG, gzip ? rendering.gzipEtag() : rendering.etag());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		if (!response.getHeaders(HttpHeaders.VARY).contains(HttpHeaders.ORIGIN)) {
			// The same bytes answer a same-origin request only: cross-origin ones carry
			// CORS headers
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
		}
		if (rendering.hasGzip()) {
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
		if (rendering.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		ByteBuffer body = gzip ? rendering.gzipped() : rendering.body();
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(rendering.contentType());
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, GZIP);
		}
		response.setContentLength(body.remaining());
		if (!head) {
			response.getOutputStream().write(body);
		}
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

	/** Whether an {@code Accept-Encoding} lists gzip with a non-zero quality. */
	static boolean acceptsGzip(Enumeration<String> acceptEncodings) {
		while (acceptEncodings != null && acceptEncodings.hasMoreElements()) {
			for (String coding : acceptEncodings.nextElement().split(",")) {
				String[] parts = coding.split(";");
				if (parts[0].strip().equalsIgnoreCase(GZIP)) {
					return parts.length == 1 || !ZERO_QUALITY.matcher(parts[1].strip()).matches();
				}
			}
		}
		return false;
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

	/**
	 * One response body as rendered, gzipped when large enough, with the ETags of both.
	 * The bodies are kept outside the heap, where the network writes them from without a
	 * copy; each accessor returns a new read-only view of them, ready to be written.
	 */
	record Rendering(String contentType, ByteBuffer kept, String etag, ByteBuffer keptGzipped, String gzipEtag) {

		static Rendering of(String contentType, byte[] body) {
			String hash = DigestUtils.md5DigestAsHex(body);
			byte[] gzipped = (body.length >= MIN_GZIP_SIZE) ? gzip(body) : null;
			if (gzipped != null && gzipped.length >= body.length) {
				gzipped = null;
			}
			return new Rendering(contentType, direct(body), '"' + hash + '"',
					(gzipped != null) ? direct(gzipped) : null, (gzipped != null) ? '"' + hash + "-gzip\"" : null);
		}

		/** The body, as a buffer of its own to write. */
		ByteBuffer body() {
			return this.kept.duplicate();
		}

		/** Whether the body is also kept gzipped. */
		boolean hasGzip() {
			return this.keptGzipped != null;
		}

		/** The gzipped body as a buffer of its own to write, or {@code null}. */
		ByteBuffer gzipped() {
			return (this.keptGzipped != null) ? this.keptGzipped.duplicate() : null;
		}

		long size() {
			return this.kept.capacity() + ((this.keptGzipped != null) ? this.keptGzipped.capacity() : 0);
		}

		private static ByteBuffer direct(byte[] bytes) {
			return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip().asReadOnlyBuffer();
		}

		/**
		 * Whether an {@code If-None-Match} names either variant (or {@code *}); weak
		 * comparison, as RFC 9110 asks for this header.
		 */
		boolean matches(String ifNoneMatch) {
			if (ifNoneMatch == null) {
				return false;
			}
			for (String tag : ifNoneMatch.split(",")) {
				String candidate = tag.strip();
				if (candidate.startsWith("W/")) {
					candidate = candidate.substring(2);
				}
				if (candidate.equals("*") || candidate.equals(this.etag) || candidate.equals(this.gzipEtag)) {
					return true;
				}
			}
			return false;
		}

		private static byte[] gzip(byte[] body) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
			try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
				gzip.write(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return out.toByteArray();
		}

	}

}

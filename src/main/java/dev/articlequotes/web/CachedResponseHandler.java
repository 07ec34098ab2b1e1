package dev.articlequotes.web;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.LongAdder;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;

import dev.articlequotes.web.RenderedResponseCache.Rendering;

/**
 * Answers the requests {@link RenderedResponseCache} already holds a rendering for
 * straight from Jetty's network thread, as a static file server would: no thread
 * hand-off, no servlet request, no filter chain. Everything else (a first request, a
 * cross-origin one, another method, an error) goes on to the servlet application
 * unchanged, on a worker thread, where the filter renders and keeps the answer.
 * <p>
 * A hit is written with the same headers the filter writes for a hit, plus the
 * {@linkplain SecurityHeaders security headers} the filters in front of it add.
 */
final class CachedResponseHandler extends Handler.Wrapper {

	private static final String API = "/api/";

	private static final HttpField CACHE_CONTROL = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL,
			RenderedResponseCache.CACHE_CONTROL);

	private static final HttpField VARY_ORIGIN = new PreEncodedHttpField(HttpHeader.VARY, "Origin");

	private static final HttpField VARY_ACCEPT_ENCODING = new PreEncodedHttpField(HttpHeader.VARY, "Accept-Encoding");

	private static final HttpField GZIP = new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, "gzip");

	private final RenderedResponseCache cache;

	private final LongAdder hits = new LongAdder();

	CachedResponseHandler(Handler application, RenderedResponseCache cache) {
		super(application);
		this.cache = cache;
	}

	/**
	 * A hit never blocks, so Jetty may call this handler on its network thread; a miss is
	 * handed to a worker thread here ({@link #handle}).
	 */
	@Override
	public InvocationType getInvocationType() {
		return InvocationType.NON_BLOCKING;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		Rendering rendering = rendering(request);
		if (rendering != null) {
			this.hits.increment();
			write(rendering, request, response, callback);
			return true;
		}
		Handler application = getHandler();
		if (application == null) {
			return false;
		}
		if (!Invocable.isNonBlockingInvocation()) {
			return application.handle(request, response, callback);
		}
		// The servlet application blocks: never on the network thread
		getServer().getThreadPool().execute(() -> {
			try {
				if (!application.handle(request, response, callback)) {
					Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
				}
			}
			catch (Throwable ex) {
				Response.writeError(request, response, callback, ex);
			}
		});
		return true;
	}

	/** How many requests this handler answered itself. */
	long hits() {
		return this.hits.sum();
	}

	/**
	 * The rendering that answers this request as the filter would answer it from its
	 * cache, or {@code null} when the request has to go to the application.
	 */
	private Rendering rendering(Request request) {
		String method = request.getMethod();
		if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
			return null;
		}
		HttpURI uri = request.getHttpURI();
		String path = uri.getPath();
		if (path == null || !path.startsWith(API)) {
			return null;
		}
		HttpFields headers = request.getHeaders();
		if (headers.contains(HttpHeader.ORIGIN) || !RenderedResponseCache.acceptsJson(headers.get(HttpHeader.ACCEPT))) {
			return null;
		}
		String query = uri.getQuery();
		return this.cache.get((query != null) ? path + '?' + query : path);
	}

	private static void write(Rendering rendering, Request request, Response response, Callback callback) {
		HttpFields requestHeaders = request.getHeaders();
		boolean gzip = rendering.gzipped() != null
				&& RenderedResponseCache.acceptsGzip(requestHeaders.getValues(HttpHeader.ACCEPT_ENCODING.asString()));
		HttpFields.Mutable headers = response.getHeaders();
		SecurityHeaders.FIELDS.forEach(headers::add);
		headers.add(HttpHeader.ETAG, gzip ? rendering.gzipEtag() : rendering.etag());
		headers.add(CACHE_CONTROL);
		headers.add(VARY_ORIGIN);
		if (rendering.gzipped() != null) {
			headers.add(VARY_ACCEPT_ENCODING);
		}
		if (rendering.matches(requestHeaders.get(HttpHeader.IF_NONE_MATCH))) {
			response.setStatus(HttpStatus.NOT_MODIFIED_304);
			response.write(true, null, callback);
			return;
		}
		ByteBuffer body = gzip ? rendering.gzipped() : rendering.body();
		response.setStatus(HttpStatus.OK_200);
		headers.add(HttpHeader.CONTENT_TYPE, rendering.contentType());
		if (gzip) {
			headers.add(GZIP);
		}
		headers.add(HttpHeader.CONTENT_LENGTH, body.remaining());
		response.write(true, HttpMethod.HEAD.is(request.getMethod()) ? null : body, callback);
	}

}

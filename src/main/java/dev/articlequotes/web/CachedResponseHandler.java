package dev.articlequotes.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * <p>
 * Running on the network thread made a Jetty race over request buffers, which this
 * service's connections now prevent ({@link SerialHttpConnectionFactory}), frequent
 * enough to see: it was why this handler once ran on worker threads.
 */
final class CachedResponseHandler extends Handler.Wrapper {

	private static final String API = "/api/";

	private static final HttpField CACHE_CONTROL = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL,
			RenderedResponseCache.CACHE_CONTROL);

	private static final HttpField VARY_ORIGIN = new PreEncodedHttpField(HttpHeader.VARY, "Origin");

	private static final HttpField VARY_ACCEPT_ENCODING = new PreEncodedHttpField(HttpHeader.VARY, "Accept-Encoding");

	private static final HttpField GZIP = new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, "gzip");

	private final RenderedResponseCache cache;

	private final Map<String, Prepared> prepared = new ConcurrentHashMap<>();

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
		Prepared prepared = prepared(request);
		if (prepared != null) {
			this.hits.increment();
			write(prepared, request, response, callback);
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
	 * The prepared answer to this request, as the filter would answer it from its cache,
	 * or {@code null} when the request has to go to the application.
	 */
	private Prepared prepared(Request request) {
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
		String key = (query != null) ? path + '?' + query : path;
		Prepared prepared = this.prepared.get(key);
		if (prepared == null) {
			Rendering rendering = this.cache.get(key);
			if (rendering == null) {
				return null;
			}
			// Bounded by the filter's cache: only its keys are ever prepared
			prepared = this.prepared.computeIfAbsent(key, (k) -> Prepared.of(rendering));
		}
		return prepared;
	}

	private static void write(Prepared prepared, Request request, Response response, Callback callback) {
		HttpFields requestHeaders = request.getHeaders();
		Rendering rendering = prepared.rendering();
		boolean gzip = prepared.gzipEntity() != null
				&& RenderedResponseCache.acceptsGzip(requestHeaders.getValues(HttpHeader.ACCEPT_ENCODING.asString()));
		HttpFields.Mutable headers = response.getHeaders();
		for (HttpField field : gzip ? prepared.gzipCommon() : prepared.common()) {
			headers.add(field);
		}
		if (rendering.matches(requestHeaders.get(HttpHeader.IF_NONE_MATCH))) {
			response.setStatus(HttpStatus.NOT_MODIFIED_304);
			response.write(true, null, callback);
			return;
		}
		response.setStatus(HttpStatus.OK_200);
		for (HttpField field : gzip ? prepared.gzipEntity() : prepared.entity()) {
			headers.add(field);
		}
		boolean head = HttpMethod.HEAD.is(request.getMethod());
		response.write(true, head ? null : (gzip ? rendering.gzipped() : rendering.body()), callback);
	}

	/**
	 * A rendering with its header fields encoded once: those of every answer (security
	 * headers, validators, caching), and those of an answer with a body.
	 */
	record Prepared(Rendering rendering, HttpField[] common, HttpField[] entity, HttpField[] gzipCommon,
			HttpField[] gzipEntity) {

		static Prepared of(Rendering rendering) {
			boolean gzipped = rendering.hasGzip();
			HttpField type = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, rendering.contentType());
			return new Prepared(rendering, common(rendering.etag(), gzipped),
					new HttpField[] { type, length(rendering.body().remaining()) },
					gzipped ? common(rendering.gzipEtag(), true) : null,
					gzipped ? new HttpField[] { type, GZIP, length(rendering.gzipped().remaining()) } : null);
		}

		private static HttpField[] common(String etag, boolean gzipped) {
			List<HttpField> fields = new ArrayList<>(SecurityHeaders.FIELDS);
			fields.add(new PreEncodedHttpField(HttpHeader.ETAG, etag));
			fields.add(CACHE_CONTROL);
			fields.add(VARY_ORIGIN);
			if (gzipped) {
				fields.add(VARY_ACCEPT_ENCODING);
			}
			return fields.toArray(new HttpField[0]);
		}

		private static HttpField length(int length) {
			return new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH, Integer.toString(length));
		}

	}

}

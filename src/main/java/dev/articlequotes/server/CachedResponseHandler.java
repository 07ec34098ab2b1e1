package dev.articlequotes.server;

import java.io.IOException;
import java.util.concurrent.atomic.LongAdder;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;

/**
 * Answers the requests {@link RenderedResponseCache} already holds a rendering for
 * straight from Jetty's network thread, as a static file server would: no thread
 * hand-off, no servlet request, no filter chain. Everything else (a first request, a
 * cross-origin one, another method, an error) goes on to the servlet application
 * unchanged, on a worker thread, where the filter renders and keeps the answer.
 * <p>
 * A hit is written by the same {@link KeptAnswer#answer} the filter writes a hit with,
 * plus the {@linkplain SecurityHeaders security headers} the filters in front of it add.
 * <p>
 * Running on the network thread made a Jetty race over request buffers, which this
 * service's connections now prevent ({@link SerialHttpConnectionFactory}), frequent
 * enough to see: it was why this handler once ran on worker threads.
 */
final class CachedResponseHandler extends Handler.Wrapper {

	private static final String API = "/api/";

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
		KeptAnswer kept = kept(request);
		if (kept != null) {
			this.hits.increment();
			write(kept, request, response, callback);
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
	 * The answer the filter keeps for this request, or {@code null} when the request has
	 * to go to the application.
	 */
	private KeptAnswer kept(Request request) {
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

	/**
	 * Writes a kept answer through Jetty, with the security headers the filters in front
	 * of the application add.
	 */
	private static void write(KeptAnswer answer, Request request, Response response, Callback callback)
			throws IOException {
		HttpFields requestHeaders = request.getHeaders();
		SecurityHeaders.FIELDS.forEach(response.getHeaders()::add);
		answer.answer(requestHeaders.getValues(HttpHeader.ACCEPT_ENCODING.asString()),
				requestHeaders.get(HttpHeader.IF_NONE_MATCH), HttpMethod.HEAD.is(request.getMethod()),
				ResponseTarget.of(response, callback));
	}

}

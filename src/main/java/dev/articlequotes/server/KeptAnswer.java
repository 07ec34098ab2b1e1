package dev.articlequotes.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.PreEncodedHttpField;

import org.springframework.util.DigestUtils;

/**
 * One successful answer as the application rendered it, kept to be answered again: the
 * body, gzipped too when large enough, each with its ETag and header fields encoded once.
 * {@link #answer} is the one place that decides how a kept answer is written (gzip or
 * not, {@code 304} or {@code 200}, validators, caching, {@code Vary}), for the servlet
 * filter ({@link RenderedResponseCache}) and for Jetty ({@link CachedResponseHandler})
 * alike. The bodies are kept outside the heap, where the network writes them from without
 * a copy.
 */
final class KeptAnswer {

	/** Smallest body that is also kept gzipped: below it gzip saves too little. */
	static final int MIN_GZIP_SIZE = 1024;

	/**
	 * The data changes only when the service restarts: caches may reuse a response for
	 * five minutes, then revalidate it with its ETag.
	 */
	private static final HttpField CACHE_CONTROL = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL,
			"public, max-age=300");

	private static final HttpField VARY_ORIGIN = new PreEncodedHttpField(HttpHeader.VARY, "Origin");

	private static final HttpField VARY_ACCEPT_ENCODING = new PreEncodedHttpField(HttpHeader.VARY, "Accept-Encoding");

	private static final HttpField GZIP = new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, "gzip");

	/** A quality of zero ({@code q=0}, {@code q=0.000}): not acceptable. */
	private static final Pattern ZERO_QUALITY = Pattern.compile("(?i)q\\s*=\\s*0(\\.0*)?");

	private final Variant plain;

	private final Variant gzipped;

	private KeptAnswer(Variant plain, Variant gzipped) {
		this.plain = plain;
		this.gzipped = gzipped;
	}

	/** The answer with this content type and body, gzipped too when that is worth it. */
	static KeptAnswer of(String contentType, byte[] body) {
		String hash = DigestUtils.md5DigestAsHex(body);
		byte[] gzipped = (body.length >= MIN_GZIP_SIZE) ? gzip(body) : null;
		boolean gzip = gzipped != null && gzipped.length < body.length;
		HttpField type = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, contentType);
		Variant plain = Variant.of(direct(body), '"' + hash + '"', gzip, type);
		return new KeptAnswer(plain,
				gzip ? Variant.of(direct(gzipped), '"' + hash + "-gzip\"", true, type, GZIP) : null);
	}

	/**
	 * Writes this answer to a request: the gzipped body when the client accepts gzip and
	 * there is one, a {@code 304} without body when {@code If-None-Match} names either
	 * variant, no body for {@code HEAD}.
	 * @param acceptEncodings the request's {@code Accept-Encoding} headers, or
	 * {@code null}
	 * @param ifNoneMatch the request's {@code If-None-Match}, or {@code null}
	 * @param head whether the request is a {@code HEAD}
	 * @param target the response being written
	 */
	void answer(Enumeration<String> acceptEncodings, String ifNoneMatch, boolean head, ResponseTarget target)
			throws IOException {
		Variant variant = (this.gzipped != null && acceptsGzip(acceptEncodings)) ? this.gzipped : this.plain;
		for (HttpField field : variant.validators()) {
			target.header(field);
		}
		if (matches(ifNoneMatch)) {
			target.status(HttpStatus.NOT_MODIFIED_304);
			target.end(null);
			return;
		}
		target.status(HttpStatus.OK_200);
		for (HttpField field : variant.entity()) {
			target.header(field);
		}
		target.end(head ? null : variant.body());
	}

	/** Bytes kept, plain and gzipped. */
	long size() {
		return this.plain.kept().capacity() + ((this.gzipped != null) ? this.gzipped.kept().capacity() : 0);
	}

	/**
	 * Whether an {@code If-None-Match} names either variant (or {@code *}); weak
	 * comparison, as RFC 9110 asks for this header.
	 */
	private boolean matches(String ifNoneMatch) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String tag : ifNoneMatch.split(",")) {
			String candidate = tag.strip();
			if (candidate.startsWith("W/")) {
				candidate = candidate.substring(2);
			}
			if (candidate.equals("*") || candidate.equals(this.plain.etag())
					|| (this.gzipped != null && candidate.equals(this.gzipped.etag()))) {
				return true;
			}
		}
		return false;
	}

	/** Whether an {@code Accept-Encoding} lists gzip with a non-zero quality. */
	private static boolean acceptsGzip(Enumeration<String> acceptEncodings) {
		while (acceptEncodings != null && acceptEncodings.hasMoreElements()) {
			for (String coding : acceptEncodings.nextElement().split(",")) {
				String[] parts = coding.split(";");
				if (parts[0].strip().equalsIgnoreCase(GZIP.getValue())) {
					return parts.length == 1 || !ZERO_QUALITY.matcher(parts[1].strip()).matches();
				}
			}
		}
		return false;
	}

	private static ByteBuffer direct(byte[] bytes) {
		return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip().asReadOnlyBuffer();
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

	/**
	 * One body with its ETag, its header fields of every answer (validators, caching,
	 * {@code Vary}), and those of an answer that carries it.
	 */
	private record Variant(ByteBuffer kept, String etag, HttpField[] validators, HttpField[] entity) {

		/**
		 * A body with its fields: {@code varies} when the answer has a gzipped variant;
		 * its {@code Content-Type} field, then its {@code Content-Encoding} field if it
		 * has one.
		 */
		static Variant of(ByteBuffer kept, String etag, boolean varies, HttpField... typeAndEncoding) {
			HttpField[] entity = Arrays.copyOf(typeAndEncoding, typeAndEncoding.length + 1);
			entity[typeAndEncoding.length] = new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH,
					Integer.toString(kept.remaining()));
			HttpField tag = new PreEncodedHttpField(HttpHeader.ETAG, etag);
			// The same bytes answer a same-origin request only: cross-origin ones carry
			// CORS headers
			HttpField[] validators = varies ? new HttpField[] { tag, CACHE_CONTROL, VARY_ORIGIN, VARY_ACCEPT_ENCODING }
					: new HttpField[] { tag, CACHE_CONTROL, VARY_ORIGIN };
			return new Variant(kept, etag, validators, entity);
		}

		/** The body, as a buffer of its own to write. */
		ByteBuffer body() {
			return this.kept.duplicate();
		}

	}

}

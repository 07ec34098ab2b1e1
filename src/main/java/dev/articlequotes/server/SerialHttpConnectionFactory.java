package dev.articlequotes.server;

import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * Jetty's HTTP/1.1 connections, with one guarantee more: a connection reads and parses on
 * one thread at a time.
 * <p>
 * Jetty 12.1 (seen on 12.1.10 and 12.1.14, the version here) breaks that guarantee when
 * it refuses a request while parsing it (a garbage request line, an unknown HTTP version,
 * a path above the root): the error answer is written on another thread, and when it
 * completes, Jetty resumes reading that connection on a third thread while the first may
 * still be releasing the connection's request buffer. Both threads then release the same
 * pooled buffer, and the pool hands it to two connections at once, so one client's
 * request bytes are parsed as another's: valid requests answered 400 or 500, or reset. A
 * bare Jetty server answering fixed bytes shows it in a minute of {@code wrk} beside a
 * client sending garbage request lines (12 failed valid requests among about 5.4 million
 * with its handler declared non-blocking, 4 among about 5.9 million with it blocking, and
 * a buffer released twice caught by a recording pool); with each connection's reading
 * serialised as here, none in 10.9 million requests beside 81,000 garbage ones. See
 * docs/reliability.md.
 * <p>
 * The lock is taken once per read of a connection, uncontended but in that one case, when
 * the resumed read waits for the first to finish, a few microseconds.
 */
final class SerialHttpConnectionFactory extends HttpConnectionFactory {

	/**
	 * The Jetty version {@code bench/jetty-race/run} last ran on, against which this
	 * workaround was checked; a test fails when Jetty is another version.
	 */
	static final String CHECKED_ON_JETTY = "12.1.14";

	SerialHttpConnectionFactory(HttpConnectionFactory original) {
		super(original.getHttpConfiguration());
		setTransferEncodingChunkMaxLength(original.getTransferEncodingChunkMaxLength());
	}

	/**
	 * Replaces the HTTP/1.1 connection factory of each of the server's connectors with
	 * this one, keeping its configuration.
	 */
	static void install(Server server) {
		for (Connector connector : server.getConnectors()) {
			HttpConnectionFactory original = connector.getConnectionFactory(HttpConnectionFactory.class);
			if (connector instanceof AbstractConnector abstractConnector && original != null
					&& !(original instanceof SerialHttpConnectionFactory)) {
				abstractConnector.addConnectionFactory(new SerialHttpConnectionFactory(original));
			}
		}
	}

	@Override
	public Connection newConnection(Connector connector, EndPoint endPoint) {
		HttpConnection connection = new SerialHttpConnection(getHttpConfiguration(), connector, endPoint);
		connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
		return configure(connection, connector, endPoint);
	}

	/** An HTTP/1.1 connection whose reads never overlap. */
	static final class SerialHttpConnection extends HttpConnection {

		private final ReentrantLock reading = new ReentrantLock();

		SerialHttpConnection(HttpConfiguration configuration, Connector connector, EndPoint endPoint) {
			super(configuration, connector, endPoint);
		}

		@Override
		public void onFillable() {
			this.reading.lock();
			try {
				super.onFillable();
			}
			finally {
				this.reading.unlock();
			}
		}

	}

}

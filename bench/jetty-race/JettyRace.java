import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.RetainableByteBuffer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A bare Jetty server, no Spring and no code of the service, that answers every request
 * with the same 1.7 KB of JSON: the reproduction of the race bench/jetty-race/run looks
 * for (see docs/reliability.md). Its buffer pool records each buffer it hands out and
 * prints the stack of a second release of one.
 * <p>
 * usage: java -cp JETTY_CLASSPATH JettyRace.java PORT blocking|non-blocking plain|serial
 */
public final class JettyRace {

	static final AtomicInteger DOUBLE_RELEASES = new AtomicInteger();

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		boolean nonBlocking = args[1].equals("non-blocking");
		boolean serial = args[2].equals("serial");
		byte[] bytes = ("{\"ok\":true,\"pad\":\"" + "x".repeat(1700) + "\"}").getBytes(StandardCharsets.UTF_8);
		ByteBuffer body = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip().asReadOnlyBuffer();
		Server server = new Server(new QueuedThreadPool(16, 8), null, new RecordingPool(new ArrayByteBufferPool()));
		HttpConfiguration configuration = new HttpConfiguration();
		ServerConnector connector = new ServerConnector(server,
				serial ? new SerialFactory(configuration) : new HttpConnectionFactory(configuration));
		connector.setHost("127.0.0.1");
		connector.setPort(port);
		server.addConnector(connector);
		server.setHandler(new Handler.Abstract() {

			@Override
			public InvocationType getInvocationType() {
				return nonBlocking ? InvocationType.NON_BLOCKING : InvocationType.BLOCKING;
			}

			@Override
			public boolean handle(Request request, Response response, Callback callback) {
				response.setStatus(200);
				response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
				response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
				response.write(true, body.duplicate(), callback);
				return true;
			}

		});
		server.start();
		System.out.println("started " + args[1] + " " + args[2]);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> System.out.println("buffers released twice: " + DOUBLE_RELEASES.get())));
		server.join();
	}

	/** Connections whose reads never overlap, as server.SerialHttpConnectionFactory's. */
	static final class SerialFactory extends HttpConnectionFactory {

		SerialFactory(HttpConfiguration configuration) {
			super(configuration);
		}

		@Override
		public org.eclipse.jetty.io.Connection newConnection(Connector connector, EndPoint endPoint) {
			HttpConnection connection = new HttpConnection(getHttpConfiguration(), connector, endPoint) {

				private final ReentrantLock reading = new ReentrantLock();

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

			};
			connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
			return configure(connection, connector, endPoint);
		}

	}

	/** A pool that counts the releases of each buffer it hands out. */
	static final class RecordingPool extends ByteBufferPool.Wrapper {

		RecordingPool(ByteBufferPool pool) {
			super(pool);
		}

		@Override
		public RetainableByteBuffer.Mutable acquire(int size, boolean direct) {
			AtomicInteger references = new AtomicInteger(1);
			return new RetainableByteBuffer.Wrapper(super.acquire(size, direct)) {

				@Override
				public void retain() {
					references.incrementAndGet();
					super.retain();
				}

				@Override
				public boolean release() {
					if (references.decrementAndGet() < 0) {
						if (DOUBLE_RELEASES.incrementAndGet() <= 3) {
							new IllegalStateException("buffer released twice").printStackTrace(System.out);
						}
						// Not passed on: the pool would hand it out twice
						return false;
					}
					return super.release();
				}

			};
		}

	}

}

package dev.articlequotes.server;

import org.eclipse.jetty.util.Jetty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workaround in {@link SerialHttpConnectionFactory} extends Jetty's internal
 * {@code HttpConnection} and avoids a race seen on particular Jetty versions: a Jetty
 * upgrade has to be checked against the race again before the workaround is trusted (or
 * dropped).
 */
class SerialHttpConnectionFactoryTests {

	@Test
	void jettyShouldBeTheVersionTheWorkaroundWasCheckedOn() {
		assertThat(Jetty.VERSION)
			.as("Jetty is now %s, but SerialHttpConnectionFactory was checked on %s: run bench/jetty-race/run, "
					+ "record its result in docs/reliability.md, then set "
					+ "SerialHttpConnectionFactory.CHECKED_ON_JETTY to %s (or remove the workaround if the race "
					+ "is gone)", Jetty.VERSION, SerialHttpConnectionFactory.CHECKED_ON_JETTY, Jetty.VERSION)
			.isEqualTo(SerialHttpConnectionFactory.CHECKED_ON_JETTY);
	}

}

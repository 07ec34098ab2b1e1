package dev.articlequotes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.server.Connector;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jetty.JettyWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Shutting the service down while a request is being answered: graceful shutdown lets the
 * request finish before the server stops.
 */
class GracefulShutdownTests {

	private final CountDownLatch requestStarted = new CountDownLatch(1);

	private final CountDownLatch finishRequest = new CountDownLatch(1);

	private final CountDownLatch closing = new CountDownLatch(1);

	@Test
	void inFlightRequestShouldCompleteWhenTheServiceShutsDown() throws Exception {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ArticleQuotesApplication.class)
			.initializers((GenericApplicationContext ctx) -> ctx.registerBean("slowRoute", RouterFunction.class,
					this::slowRoute))
			.listeners((ApplicationListener<ContextClosedEvent>) (event) -> this.closing.countDown())
			.run("--server.port=0", "--spring.main.banner-mode=off");
		String port = context.getEnvironment().getProperty("local.server.port");
		CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient()
			.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slow")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(this.requestStarted.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> shutdown = CompletableFuture.runAsync(context::close);
		// The close begins and the server stops taking connections while the request runs
		assertThat(this.closing.await(10, TimeUnit.SECONDS)).isTrue();
		Connector[] connectors = ((JettyWebServer) ((WebServerApplicationContext) context).getWebServer()).getServer()
			.getConnectors();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> connectors.length > 0 && Arrays.stream(connectors).allMatch(Connector::isShutdown));
		assertThat(shutdown).isNotDone();
		this.finishRequest.countDown();
		HttpResponse<String> response = inFlight.get(20, TimeUnit.SECONDS);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("finished");
		shutdown.get(30, TimeUnit.SECONDS);
		assertThat(context.isActive()).isFalse();
	}

	private RouterFunction<ServerResponse> slowRoute() {
		return RouterFunctions.route().GET("/slow", (request) -> {
			this.requestStarted.countDown();
			this.finishRequest.await(20, TimeUnit.SECONDS);
			return ServerResponse.ok().body("finished");
		}).build();
	}

}

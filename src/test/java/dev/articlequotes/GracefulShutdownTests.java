package dev.articlequotes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shutting the service down while a request is being answered: graceful shutdown lets the
 * request finish before the server stops.
 */
class GracefulShutdownTests {

	private final CountDownLatch requestStarted = new CountDownLatch(1);

	private final CountDownLatch finishRequest = new CountDownLatch(1);

	@Test
	void inFlightRequestShouldCompleteWhenTheServiceShutsDown() throws Exception {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ArticleQuotesApplication.class)
			.initializers((GenericApplicationContext ctx) -> ctx.registerBean("slowRoute", RouterFunction.class,
					this::slowRoute))
			.run("--server.port=0", "--spring.main.banner-mode=off");
		String port = context.getEnvironment().getProperty("local.server.port");
		CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient()
			.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slow")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(this.requestStarted.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> shutdown = CompletableFuture.runAsync(context::close);
		// Let the shutdown begin, and find the request still running, before it finishes
		Thread.sleep(500);
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

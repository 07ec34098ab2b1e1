package dev.articlequotes.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.articlequotes.Requirements;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI still works under the service's Content-Security-Policy: headless Chromium
 * renders the operations from the OpenAPI document, and reports no CSP violation.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SwaggerUiContentSecurityPolicyTests {

	@LocalServerPort
	private int port;

	@Test
	void swaggerUiShouldRenderTheOperationsWithoutViolations(@TempDir Path profile) throws Exception {
		Path chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
			.map(Path::of)
			.filter(Files::isExecutable)
			.findFirst()
			.orElse(null);
		Requirements.assumeOrFail(chromium != null,
				"Chromium in /usr/bin (apt-get install chromium; .ci/run installs it)");
		Path log = profile.resolve("chromium.log");
		Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--user-data-dir=" + profile.resolve("profile"), "--enable-logging=stderr", "--v=0",
				"--virtual-time-budget=10000", "--dump-dom", "http://127.0.0.1:" + this.port + "/swagger-ui/index.html")
			.redirectError(log.toFile())
			.start();
		String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(dom).contains("List the articles", "Search quotations across every article");
		assertThat(consoleLines(log)).noneMatch((line) -> line.contains("Content Security Policy"));
	}

	private static Stream<String> consoleLines(Path log) throws IOException {
		return Files.readAllLines(log).stream().filter((line) -> line.contains("CONSOLE"));
	}

}

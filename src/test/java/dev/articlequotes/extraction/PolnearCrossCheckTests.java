package dev.articlequotes.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.articlequotes.Requirements;

import dev.articlequotes.ArticleQuotesApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that {@link PolnearScorer}, which scores the pipeline's output directly,
 * computes what the reference script {@code ../shared/eval/polnear.py} computes from the
 * running service: the service is started on the split's folder, the script scores it
 * with {@code --verbose}, and every line it prints (each article's figures and wrong
 * sources, the counts, the summary) must be the line the Java scorer prints. The split is
 * {@code dev}, or the one given with {@code -Devaluation.polnear=train}.
 */
class PolnearCrossCheckTests {

	private static final Path SCRIPT = Path.of("../shared/eval/polnear.py");

	@Test
	void javaScorerShouldPrintWhatTheReferenceScriptPrints() throws Exception {
		Path folder = PolnearEvaluation.split(System.getProperty("evaluation.polnear", "dev"));
		Requirements.assumeOrFail(Files.isRegularFile(SCRIPT), "the PolNeAR scorer " + SCRIPT.toAbsolutePath());
		Requirements.assumeOrFail(Files.isDirectory(folder), "the PolNeAR folder " + folder.toAbsolutePath());
		Requirements.assumeOrFail(Requirements.commandAvailable("python3"),
				"python3 on the PATH (apt-get install python3)");
		List<String> java = PolnearEvaluation.verboseReport(PolnearEvaluation.run(folder));
		List<String> python;
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(ArticleQuotesApplication.class).run(
				"--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn",
				"--articles.location=file:" + folder.toAbsolutePath().normalize() + "/")) {
			String port = service.getEnvironment().getProperty("local.server.port");
			python = runScript("http://127.0.0.1:" + port, folder);
		}
		System.out.println("polnear.py on " + folder + ":");
		python.subList(Math.max(0, python.size() - 2), python.size()).forEach(System.out::println);
		assertThat(java).containsExactlyElementsOf(python);
	}

	private static List<String> runScript(String base, Path folder) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("python3", SCRIPT.toString(), base, folder.toString(), "--verbose")
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return output.lines().toList();
	}

}

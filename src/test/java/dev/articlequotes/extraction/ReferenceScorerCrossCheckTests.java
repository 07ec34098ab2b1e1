package dev.articlequotes.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.articlequotes.Requirements;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that {@link GoldScorer} computes the same figures as the reference script
 * {@code ../shared/eval/score.py}, on the bundled article and the dev set.
 */
class ReferenceScorerCrossCheckTests {

	private static final Path SCRIPT = Path.of("../shared/eval/score.py");

	@Test
	void javaScorerShouldAgreeWithTheReferenceScript() throws Exception {
		Requirements.assumeOrFail(Files.isRegularFile(SCRIPT), "the reference scorer " + SCRIPT.toAbsolutePath());
		Requirements.assumeOrFail(Files.isDirectory(ExtractionEvaluationTests.DEV),
				"the dev set at " + ExtractionEvaluationTests.DEV.toAbsolutePath());
		Requirements.assumeOrFail(Requirements.commandAvailable("python3"),
				"python3 on the PATH (apt-get install python3)");
		List<Evaluation.Case> cases = new ArrayList<>();
		cases.add(new Evaluation.Case("russian-soldiers-who-dont-want-to-fight", ExtractionEvaluationTests.BUNDLED,
				ExtractionEvaluationTests.BUNDLED_GOLD));
		cases.addAll(Evaluation.casesIn(ExtractionEvaluationTests.DEV));
		for (Evaluation.Case test : cases) {
			Path predictions = ExtractionEvaluationTests.PREDICTIONS.resolve(test.slug() + ".pred.json");
			GoldScorer.Score java = Evaluation.run(test, predictions).score();
			JsonNode python = Gold.JSON.readTree(runScript(test.gold(), predictions));
			assertThat(java.gold()).as(test.slug() + " gold").isEqualTo(python.get("gold").asInt());
			assertThat(java.predicted()).as(test.slug() + " predicted").isEqualTo(python.get("predicted").asInt());
			assertThat(java.matched()).as(test.slug() + " matched").isEqualTo(python.get("matched").asInt());
			assertThat(java.precision()).as(test.slug() + " P").isEqualTo(python.get("precision").asDouble());
			assertThat(java.recall()).as(test.slug() + " R").isEqualTo(python.get("recall").asDouble());
			assertThat(java.f1()).as(test.slug() + " F1").isEqualTo(python.get("f1").asDouble());
			assertThat(java.attribution()).as(test.slug() + " attribution")
				.isEqualTo(python.get("attribution").asDouble());
			assertThat(java.named()).as(test.slug() + " named").isEqualTo(python.get("named").asDouble());
			assertThat(java.nonQuotesReported()).as(test.slug() + " non-quotes")
				.hasSize(python.get("non_quotes_reported").size());
		}
	}

	private static String runScript(Path gold, Path predictions) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("python3", SCRIPT.toString(), gold.toString(), predictions.toString(),
				"--json")
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}

}

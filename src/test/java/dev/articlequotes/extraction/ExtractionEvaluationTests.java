package dev.articlequotes.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.articlequotes.Requirements;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores the pipeline against gold annotations and prints a per-article table: the
 * bundled article, the made-up generalisation set in
 * {@code src/test/resources/generalisation}, and the dev set in {@code ../shared/dev}
 * (required: {@link Requirements}). {@link FolderEvaluation} prints the same table for
 * any folder.
 */
class ExtractionEvaluationTests {

	static final Path BUNDLED = Path.of("src/main/resources/articles/russian-soldiers-who-dont-want-to-fight.txt");

	static final Path BUNDLED_GOLD = Path
		.of("src/test/resources/gold/russian-soldiers-who-dont-want-to-fight.gold.json");

	static final Path DEV = Path.of("../shared/dev");

	static final Path GENERALISATION = Path.of("src/test/resources/generalisation");

	static final Path PREDICTIONS = Path.of("target/evaluation");

	@Test
	void bundledArticleShouldFindEveryQuotationWithItsSpeakerAndName() throws IOException {
		Evaluation.Case bundled = new Evaluation.Case("russian-soldiers-who-dont-want-to-fight", BUNDLED, BUNDLED_GOLD);
		Evaluation.Result result = Evaluation.run(bundled, PREDICTIONS.resolve(bundled.slug() + ".pred.json"));
		Evaluation.print("Bundled article", List.of(result), System.out);
		assertThat(result.score().f1()).isEqualTo(1.0);
		assertThat(result.score().attribution()).isEqualTo(1.0);
		assertThat(result.score().named()).isEqualTo(1.0);
	}

	@Test
	void devSetShouldMeetTheDetectionAndAttributionTargets() throws IOException {
		Requirements.assumeOrFail(Files.isDirectory(DEV), "the dev set at " + DEV.toAbsolutePath());
		List<Evaluation.Result> results = runAll(DEV);
		Evaluation.print("Dev set (" + DEV + ")", results, System.out);
		assertThat(Evaluation.mean(results, GoldScorer.Score::f1)).isGreaterThanOrEqualTo(0.95);
		assertThat(Evaluation.mean(results, GoldScorer.Score::attribution)).isGreaterThanOrEqualTo(0.90);
		assertThat(results).allSatisfy((result) -> {
			assertThat(result.score().f1()).as(result.slug() + " F1").isGreaterThanOrEqualTo(0.85);
			assertThat(result.score().attribution()).as(result.slug() + " attribution").isGreaterThanOrEqualTo(0.80);
		});
	}

	/**
	 * Made-up articles in the styles of the held-out set (BBC plain text, news wire,
	 * magazine), written after the rules and never tuned on one by one: a check that the
	 * rules generalise beyond the dev set.
	 */
	@Test
	void generalisationSetShouldMeetItsTargets() throws IOException {
		List<Evaluation.Result> results = runAll(GENERALISATION);
		Evaluation.print("Generalisation set (" + GENERALISATION + ")", results, System.out);
		assertThat(results).hasSize(9);
		assertThat(Evaluation.mean(results, GoldScorer.Score::f1)).isGreaterThanOrEqualTo(0.90);
		assertThat(Evaluation.mean(results, GoldScorer.Score::attribution)).isGreaterThanOrEqualTo(0.80);
	}

	static List<Evaluation.Result> runAll(Path folder) throws IOException {
		List<Evaluation.Result> results = new ArrayList<>();
		for (Evaluation.Case test : Evaluation.casesIn(folder)) {
			results.add(Evaluation.run(test, PREDICTIONS.resolve(test.slug() + ".pred.json")));
		}
		return results;
	}

}

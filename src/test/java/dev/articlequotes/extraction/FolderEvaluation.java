package dev.articlequotes.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores the pipeline on any folder of articles with {@code NAME.gold.json} files and
 * prints the per-article table:
 * {@code ./mvnw test -Dtest=FolderEvaluation -Devaluation.dir=/some/folder}. A command,
 * not part of the suite: its name does not end in {@code Tests}, so {@code ./mvnw verify}
 * does not run it.
 */
class FolderEvaluation {

	@Test
	void evaluatedFolderShouldPrintItsTable() throws IOException {
		String folder = System.getProperty("evaluation.dir");
		assertThat(folder).as("the folder to evaluate, given as -Devaluation.dir=FOLDER").isNotBlank();
		assertThat(Files.isDirectory(Path.of(folder))).as("%s is a folder", folder).isTrue();
		List<Evaluation.Result> results = ExtractionEvaluationTests.runAll(Path.of(folder));
		Evaluation.print("Articles in " + folder, results, System.out);
		assertThat(results).isNotEmpty();
	}

}

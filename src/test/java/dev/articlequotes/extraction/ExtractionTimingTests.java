package dev.articlequotes.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.articlequotes.article.Article;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the time to extract the bundled article and the dev set on one thread, warm:
 * the median of several runs, printed for {@code docs/extraction.md}.
 */
class ExtractionTimingTests {

	private static final int WARM_UP = 20;

	private static final int RUNS = 15;

	@Test
	void extractingAllArticlesShouldTakeWellUnderASecond() throws IOException {
		List<Article> articles = new ArrayList<>();
		articles.add(new Evaluation.Case("russian-soldiers-who-dont-want-to-fight", ExtractionEvaluationTests.BUNDLED,
				ExtractionEvaluationTests.BUNDLED_GOLD)
			.read());
		if (Files.isDirectory(ExtractionEvaluationTests.DEV)) {
			for (Evaluation.Case test : Evaluation.casesIn(ExtractionEvaluationTests.DEV)) {
				articles.add(test.read());
			}
		}
		QuoteExtractor extractor = new QuoteExtractor();
		for (int i = 0; i < WARM_UP; i++) {
			articles.forEach(extractor::extract);
		}
		long[] nanos = new long[RUNS];
		for (int run = 0; run < RUNS; run++) {
			long start = System.nanoTime();
			articles.forEach(extractor::extract);
			nanos[run] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		double medianMillis = nanos[RUNS / 2] / 1_000_000.0;
		System.out.printf("%nExtracting %d articles on one thread, warm: median %.2f ms over %d runs%n",
				articles.size(), medianMillis, RUNS);
		assertThat(medianMillis).isLessThan(1000);
	}

}

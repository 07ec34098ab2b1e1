package dev.articlequotes.extraction;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.articlequotes.article.Article;
import dev.articlequotes.article.ArticleReader;

/**
 * Runs the pipeline over articles that have gold annotations and scores it with
 * {@link GoldScorer}: the evaluation behind {@code ExtractionEvaluationTests}.
 */
final class Evaluation {

	private static final ArticleReader READER = new ArticleReader();

	private Evaluation() {
	}

	/** An article file with its gold annotation. */
	record Case(String slug, Path article, Path gold) {

		Article read() throws IOException {
			String fileName = this.article.getFileName().toString();
			return READER.read(this.slug, fileName, Files.readString(this.article)).orElseThrow();
		}

	}

	/** The figures of one article. */
	record Result(String slug, GoldScorer.Score score) {
	}

	/** The articles of a folder that have a {@code NAME.gold.json} beside them. */
	static List<Case> casesIn(Path folder) throws IOException {
		List<Case> cases = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path gold : files.filter((file) -> file.toString().endsWith(".gold.json")).sorted().toList()) {
				String base = gold.getFileName().toString().replace(".gold.json", "");
				String named = Gold.read(gold).article();
				Path article = (named != null && Files.exists(folder.resolve(named))) ? folder.resolve(named)
						: Stream.of(".txt", ".md")
							.map((extension) -> folder.resolve(base + extension))
							.filter(Files::exists)
							.findFirst()
							.orElseThrow(() -> new IllegalStateException("no article for " + gold));
				cases.add(new Case(base, article, gold));
			}
		}
		return cases;
	}

	/**
	 * Extracts and scores one article, writing its predictions as JSON to the given file.
	 */
	static Result run(Case test, Path predictionsFile) throws IOException {
		ExtractedQuotes extracted = new QuoteExtractor().extract(test.read());
		List<GoldScorer.Prediction> predictions = predictions(extracted);
		Files.createDirectories(predictionsFile.getParent());
		List<Map<String, String>> json = new ArrayList<>();
		for (GoldScorer.Prediction prediction : predictions) {
			Map<String, String> entry = new LinkedHashMap<>();
			entry.put("text", prediction.text());
			entry.put("speaker", prediction.speaker());
			entry.put("speakerId", prediction.speakerId());
			json.add(entry);
		}
		Gold.JSON.writerWithDefaultPrettyPrinter().writeValue(predictionsFile.toFile(), json);
		return new Result(test.slug(), GoldScorer.score(Gold.read(test.gold()), predictions));
	}

	/** The pipeline's quotations as the scorer reads them. */
	static List<GoldScorer.Prediction> predictions(ExtractedQuotes extracted) {
		Map<String, String> names = new LinkedHashMap<>();
		extracted.speakers().forEach((speaker) -> names.put(speaker.id(), speaker.name()));
		return extracted.quotes()
			.stream()
			.map((quote) -> new GoldScorer.Prediction(quote.text(), names.get(quote.speakerId()), quote.speakerId()))
			.toList();
	}

	/** Prints the per-article table, and the mean of the given rows. */
	static void print(String heading, List<Result> results, PrintStream out) {
		out.println();
		out.println(heading);
		out.printf("%-42s %5s %5s %5s %6s %6s %6s %6s %6s%n", "article", "gold", "pred", "match", "P", "R", "F1",
				"attr", "named");
		for (Result result : results) {
			GoldScorer.Score s = result.score();
			out.printf("%-42s %5d %5d %5d %6.3f %6.3f %6.3f %6.3f %6.3f%n", result.slug(), s.gold(), s.predicted(),
					s.matched(), s.precision(), s.recall(), s.f1(), s.attribution(), s.named());
		}
		if (results.size() > 1) {
			out.printf("%-42s %5s %5s %5s %6.3f %6.3f %6.3f %6.3f %6.3f%n", "mean", "", "", "",
					mean(results, GoldScorer.Score::precision), mean(results, GoldScorer.Score::recall),
					mean(results, GoldScorer.Score::f1), mean(results, GoldScorer.Score::attribution),
					mean(results, GoldScorer.Score::named));
		}
		for (Result result : results) {
			result.score().misattributed().forEach((line) -> out.println("  " + result.slug() + ": " + line));
			result.score()
				.nonQuotesReported()
				.forEach((text) -> out.println("  " + result.slug() + ": non-quote reported: " + text));
		}
	}

	static double mean(List<Result> results, java.util.function.ToDoubleFunction<GoldScorer.Score> figure) {
		return results.stream().mapToDouble((result) -> figure.applyAsDouble(result.score())).average().orElse(0);
	}

}

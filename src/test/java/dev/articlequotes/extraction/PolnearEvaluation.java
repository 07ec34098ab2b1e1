package dev.articlequotes.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.articlequotes.article.Article;
import dev.articlequotes.article.ArticleReader;

/**
 * Runs the pipeline over a PolNeAR split ({@code ../shared/polnear/dev} or {@code train})
 * and scores it with {@link PolnearScorer}: each {@code NAME.txt} is read and extracted
 * as the service reads it at start-up, and scored against {@code NAME.quotes.json}.
 */
final class PolnearEvaluation {

	/** The PolNeAR splits, beside this repository. */
	static final Path POLNEAR = Path.of("../shared/polnear");

	private static final String GOLD = ".quotes.json";

	private static final ArticleReader READER = new ArticleReader();

	private PolnearEvaluation() {
	}

	/** The folder of a split: {@code dev} or {@code train}. */
	static Path split(String name) {
		return POLNEAR.resolve(name);
	}

	/** Extracts and scores every article of a folder, in the order of their names. */
	static List<Scored> run(Path folder) throws IOException {
		List<Scored> scored = new ArrayList<>();
		for (String name : names(folder)) {
			Path goldFile = folder.resolve(name + GOLD);
			Path text = folder.resolve(name + ".txt");
			String fileName = text.getFileName().toString();
			// the raw text as the script reads it; the article as the service reads it
			String raw = Files.readString(text);
			Article article = READER.read(name, fileName, READER.decode(fileName, Files.readAllBytes(text)))
				.orElseThrow();
			PolnearGold gold = PolnearGold.read(goldFile);
			ExtractedQuotes extracted = new QuoteExtractor().extract(article);
			scored.add(new Scored(name, raw, PolnearScorer.score(raw, gold, article, extracted)));
		}
		return scored;
	}

	/** The names of a folder's articles in the script's order: {@code NAME} sorted. */
	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((file) -> file.endsWith(GOLD))
				.map((file) -> file.substring(0, file.length() - GOLD.length()))
				.sorted()
				.toList();
		}
	}

	/** The sums over some articles. */
	static PolnearScorer.Totals totals(List<Scored> scored) {
		PolnearScorer.Totals totals = new PolnearScorer.Totals();
		scored.forEach((article) -> totals.add(article.score()));
		return totals;
	}

	/**
	 * What {@code polnear.py BASE FOLDER --verbose} prints: a line per article with its
	 * first five wrong sources, then the counts and the summary.
	 */
	static List<String> verboseReport(List<Scored> scored) {
		List<String> lines = new ArrayList<>();
		for (Scored article : scored) {
			PolnearScorer.ArticleScore s = article.score();
			String extra = (s.unplacedBlocks() != 0 || s.unplacedQuotes() != 0)
					? " unplaced blocks=" + s.unplacedBlocks() + " quotes=" + s.unplacedQuotes() : "";
			lines.add(String.format("%-52s", PolnearScorer.first(article.name(), 52)) + " gold=" + s.positives()
					+ " pred=" + s.predicted() + " tp=" + s.truePositives() + " on-unattributed=" + s.onUnattributed()
					+ " source=" + s.sourcesRight() + "/" + s.sources() + " named=" + s.namesNamed() + "/" + s.names()
					+ extra);
			s.errorLines().forEach((error) -> lines.add("     " + error));
		}
		lines.addAll(totals(scored).summary());
		return lines;
	}

	/**
	 * One article's score.
	 *
	 * @param name the article's name
	 * @param raw the text of {@code NAME.txt}
	 * @param score its figures
	 */
	record Scored(String name, String raw, PolnearScorer.ArticleScore score) {

		String publisher() {
			return this.score.gold().publisher();
		}

	}

}

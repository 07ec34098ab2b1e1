package dev.articlequotes.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import dev.articlequotes.article.Article;
import dev.articlequotes.article.ArticleReader;

/**
 * Measures the first extraction in a fresh JVM (class loading, static word lists and
 * patterns, interpreted code) against warm extractions of the same article. Run it in a
 * new JVM each time ({@code docs/extraction.md}, Speed, gives the command):
 * {@code java -cp CLASSPATH dev.articlequotes.extraction.ColdStartTiming ARTICLE}.
 */
public final class ColdStartTiming {

	private ColdStartTiming() {
	}

	/** Prints {@code cold=<ms> warm=<ms>} for the article file given as argument. */
	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		String content = Files.readString(file);
		long start = System.nanoTime();
		Article article = new ArticleReader().read("timing", file.getFileName().toString(), content).orElseThrow();
		new QuoteExtractor().extract(article);
		double cold = (System.nanoTime() - start) / 1e6;
		for (int i = 0; i < 200; i++) {
			new QuoteExtractor().extract(article);
		}
		long[] runs = new long[21];
		for (int i = 0; i < runs.length; i++) {
			long t = System.nanoTime();
			new QuoteExtractor().extract(article);
			runs[i] = System.nanoTime() - t;
		}
		Arrays.sort(runs);
		System.out.printf(java.util.Locale.ROOT, "cold=%.1f warm=%.2f%n", cold, runs[runs.length / 2] / 1e6);
	}

}

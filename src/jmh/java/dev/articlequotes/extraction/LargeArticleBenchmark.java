package dev.articlequotes.extraction;

import java.util.concurrent.TimeUnit;

import dev.articlequotes.article.Article;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pipeline on articles far larger than news articles ({@link LargeArticles}, the
 * ones {@code ExtractionFuzzTests} checks): each size against a tenth of it in the same
 * run, so that the ratio shows whether the time grows linearly. Run by
 * {@code bench/large-articles}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LargeArticleBenchmark {

	/** Sentences with quotations, attributed in the common ways, a few to a paragraph or all in one. */
	@State(Scope.Benchmark)
	public static class Quotations {

		/** The number of quotation sentences. */
		@Param({ "1000", "10000" })
		public int quotations;

		/** Sentences to a paragraph; 10000 puts them all in one. */
		@Param({ "5", "10000" })
		public int perParagraph;

		Article article;

		@Setup
		public void makeArticle() {
			this.article = LargeArticles.quotations(this.quotations, this.perParagraph);
		}

	}

	/** One paragraph opened by a quote mark that is never closed. */
	@State(Scope.Benchmark)
	public static class UnclosedQuotation {

		/** The number of words in the paragraph. */
		@Param({ "2000", "20000" })
		public int words;

		Article article;

		@Setup
		public void makeArticle() {
			this.article = LargeArticles.oneUnclosedQuotation(this.words);
		}

	}

	private final QuoteExtractor extractor = new QuoteExtractor();

	/** Extracts an article of many quotations. */
	@Benchmark
	public ExtractedQuotes quotations(Quotations state) {
		return this.extractor.extract(state.article);
	}

	/** Extracts one long paragraph with one unclosed quotation. */
	@Benchmark
	public ExtractedQuotes unclosedQuotation(UnclosedQuotation state) {
		return this.extractor.extract(state.article);
	}

}

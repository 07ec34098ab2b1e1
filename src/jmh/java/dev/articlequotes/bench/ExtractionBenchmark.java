package dev.articlequotes.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.articlequotes.article.Article;
import dev.articlequotes.article.ArticleReader;
import dev.articlequotes.extraction.ExtractedQuotes;
import dev.articlequotes.extraction.QuoteExtractor;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The extraction pipeline over the whole dev set ({@code ../shared/dev/*.txt}): one
 * operation reads and extracts every article once; bench/extraction turns operations per
 * second into articles and megabytes per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExtractionBenchmark {

	/** The folder of the dev set. */
	@Param("../shared/dev")
	public String devSet;

	private final ArticleReader reader = new ArticleReader();

	private final QuoteExtractor extractor = new QuoteExtractor();

	private final List<String> names = new ArrayList<>();

	private final List<byte[]> files = new ArrayList<>();

	private final List<Article> articles = new ArrayList<>();

	@Setup
	public void readDevSet() throws IOException {
		try (Stream<Path> paths = Files.list(Path.of(this.devSet))) {
			for (Path path : paths.filter((p) -> p.toString().endsWith(".txt")).sorted().toList()) {
				String name = path.getFileName().toString();
				byte[] bytes = Files.readAllBytes(path);
				this.names.add(name);
				this.files.add(bytes);
				this.articles.add(read(name, bytes));
			}
		}
		if (this.files.isEmpty()) {
			throw new IllegalStateException("no .txt article in " + Path.of(this.devSet).toAbsolutePath());
		}
	}

	/** Reads and extracts every article of the dev set. */
	@Benchmark
	public void readAndExtract(Blackhole blackhole) {
		for (int i = 0; i < this.files.size(); i++) {
			blackhole.consume(this.extractor.extract(read(this.names.get(i), this.files.get(i))));
		}
	}

	/** Extracts every article of the dev set, already read. */
	@Benchmark
	public void extract(Blackhole blackhole) {
		for (Article article : this.articles) {
			ExtractedQuotes extracted = this.extractor.extract(article);
			blackhole.consume(extracted);
		}
	}

	private Article read(String name, byte[] bytes) {
		String slug = name.substring(0, name.lastIndexOf('.'));
		return this.reader.read(slug, name, this.reader.decode(name, bytes)).orElseThrow();
	}

}

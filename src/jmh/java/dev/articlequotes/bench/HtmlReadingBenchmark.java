package dev.articlequotes.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.articlequotes.article.ArticleFormatException;
import dev.articlequotes.article.HtmlArticleReader;
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
 * Reading web pages ({@code ../shared/html/readability/pages/*.html}): one operation
 * parses every page, finds its body and metadata and makes its blocks; the average time
 * of one operation divided by the number of pages is the cost of reading one page.
 * Run with {@code bench/html-reading}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HtmlReadingBenchmark {

	/** The folder of web pages. */
	@Param("../shared/html/readability/pages")
	public String pages;

	private final HtmlArticleReader reader = new HtmlArticleReader();

	private final List<String> names = new ArrayList<>();

	private final List<byte[]> files = new ArrayList<>();

	@Setup
	public void readPages() throws IOException {
		try (Stream<Path> paths = Files.list(Path.of(this.pages))) {
			for (Path path : paths.filter((p) -> p.toString().endsWith(".html")).sorted().toList()) {
				this.names.add(path.getFileName().toString());
				this.files.add(Files.readAllBytes(path));
			}
		}
		if (this.files.isEmpty()) {
			throw new IllegalStateException("no .html page in " + Path.of(this.pages).toAbsolutePath());
		}
	}

	/** Reads every page once. */
	@Benchmark
	public void readAllPages(Blackhole blackhole) {
		for (int i = 0; i < this.files.size(); i++) {
			String name = this.names.get(i);
			try {
				blackhole.consume(this.reader.read(name.substring(0, name.length() - 5), name, this.files.get(i)));
			}
			catch (ArticleFormatException ex) {
				blackhole.consume(ex);
			}
		}
	}

}

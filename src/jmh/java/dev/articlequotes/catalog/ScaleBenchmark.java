package dev.articlequotes.catalog;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToIntFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.articlequotes.article.Article;
import dev.articlequotes.article.ArticleReader;
import dev.articlequotes.extraction.QuoteExtractor;
import dev.articlequotes.extraction.TextFolding;
import dev.articlequotes.web.ServedQuotes;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.FileSystemUtils;

/**
 * How the catalog scales with the number of articles: load time through the real loader
 * (read, extract, index), retained heap, and the latency of the indexed queries (and of
 * quotations by speaker as the service renders them), at each size given as an argument.
 * Run by {@code bench/scale}; prints a Markdown table.
 */
public final class ScaleBenchmark {

	private ScaleBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int[] sizes = (args.length > 0) ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
				: new int[] { 1, 100, 10_000 };
		System.out.println("| articles | article text | load (read, extract, index) | load per article | retained heap "
				+ "| heap per text byte | of which the stored articles without indexes | quotes by speaker p50 "
				+ "| same, speakers of one article | quotes by speaker as served p50 | search p50 "
				+ "| quotes by speaker across articles p50 | search across articles p50 |");
		System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (int n : sizes) {
			measure(n);
		}
	}

	private static void measure(int n) throws IOException {
		List<SyntheticArticles.Generated> generated = new SyntheticArticles(42).generate(0, n);
		long textBytes = 0;
		Path folder = Files.createTempDirectory("scale-");
		try {
			for (SyntheticArticles.Generated article : generated) {
				byte[] bytes = article.text().getBytes(StandardCharsets.UTF_8);
				textBytes += bytes.length;
				Files.write(folder.resolve(article.slug() + ".txt"), bytes);
			}
			AtomicReference<Catalog> holder = new AtomicReference<>();
			double loadMillis = median(3, () -> {
				holder.set(null);
				long start = System.nanoTime();
				Catalog loaded = new CatalogLoader(new PathMatchingResourcePatternResolver())
					.load(new ArticlesProperties(folder.toUri() + "", ArticlesProperties.OnError.FAIL));
				double millis = (System.nanoTime() - start) / 1e6;
				if (loaded.articles().size() != n) {
					throw new IllegalStateException("loaded " + loaded.articles().size() + " of " + n);
				}
				holder.set(loaded);
				return millis;
			});
			generated = null;
			long withCatalog = usedHeap();
			List<String[]> speakerQueries = new ArrayList<>();
			List<String[]> searches = new ArrayList<>();
			addQueries(holder.get(), speakerQueries, searches);
			double speakerP50 = p50(speakerQueries,
					(q) -> holder.get().article(q[0]).orElseThrow().quotes(new QuoteQuery(q[1], null, null)).size());
			List<String[]> oneArticle = speakerQueries(holder.get().articles().get(0));
			double oneArticleP50 = p50(oneArticle,
					(q) -> holder.get().article(q[0]).orElseThrow().quotes(new QuoteQuery(q[1], null, null)).size());
			// Held like the catalog, so that both can be let go before measuring the heap
			AtomicReference<ServedQuotes> served = new AtomicReference<>(new ServedQuotes(holder.get()));
			double servedP50 = p50(speakerQueries, (q) -> served.get().bySpeaker(q[0], q[1]).length);
			double searchP50 = p50(searches,
					(q) -> holder.get().article(q[0]).orElseThrow().quotes(new QuoteQuery(null, q[1], null)).size());
			double speakerAcrossP50 = p50(speakerQueries,
					(q) -> holder.get().quotes(new QuoteQuery(q[1], null, null), null).size());
			double searchAcrossP50 = p50(searches,
					(q) -> holder.get().quotes(new QuoteQuery(null, q[1], null), null).size());
			served.set(null);
			holder.set(null);
			long retained = withCatalog - usedHeap();
			long model = retainedModel(folder);
			System.out.printf(Locale.ROOT,
					"| %,d | %s | %,.1f ms | %.3f ms | %s | %.1f | %s (%.1f) | %.2f µs | %.2f µs | %.2f µs | %.2f µs | %,.2f µs | %,.2f µs |%n",
					n, megabytes(textBytes), loadMillis, loadMillis / n, megabytes(retained),
					(double) retained / textBytes, megabytes(model), (double) model / textBytes, speakerP50,
					oneArticleP50, servedP50, searchP50, speakerAcrossP50, searchAcrossP50);
		}
		finally {
			FileSystemUtils.deleteRecursively(folder);
		}
	}

	/**
	 * Adds queries for random speakers and quotation words of random articles. A method
	 * of its own, so that no local variable keeps an article, and through it the catalog,
	 * reachable while the heap is measured.
	 */
	private static void addQueries(Catalog catalog, List<String[]> speakerQueries, List<String[]> searches) {
		Random random = new Random(7);
		int n = catalog.articles().size();
		for (int i = 0; i < 1000; i++) {
			CatalogArticle article = catalog.articles().get(random.nextInt(n));
			if (!article.speakers().isEmpty()) {
				speakerQueries.add(new String[] { article.slug(),
						article.speakers().get(random.nextInt(article.speakers().size())).id() });
			}
			if (!article.quotes().isEmpty()) {
				List<String> words = TextFolding
					.words(article.quotes().get(random.nextInt(article.quotes().size())).text());
				searches.add(new String[] { article.slug(), words.get(random.nextInt(words.size())) });
			}
		}
	}

	/** Queries for every speaker of an article, made apart for the same reason. */
	private static List<String[]> speakerQueries(CatalogArticle article) {
		return article.speakers().stream().map((speaker) -> new String[] { article.slug(), speaker.id() }).toList();
	}

	/**
	 * What the articles retain as the catalog stores them ({@link PackedArticle}),
	 * without any index of words, speakers or ids: the same files read and extracted as
	 * the loader does.
	 */
	private static long retainedModel(Path folder) throws IOException {
		ArticleReader reader = new ArticleReader();
		QuoteExtractor extractor = new QuoteExtractor();
		List<PackedArticle> model = new ArrayList<>();
		long before = usedHeap();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				Article article = reader
					.read(name.substring(0, name.lastIndexOf('.')), name, reader.decode(name, Files.readAllBytes(file)))
					.orElseThrow();
				model.add(new PackedArticle(article, extractor.extract(article)));
			}
		}
		long retained = usedHeap() - before;
		if (model.isEmpty()) {
			throw new IllegalStateException();
		}
		return retained;
	}

	/**
	 * Median latency in microseconds of a query over the given arguments: 20,000 queries
	 * of warm-up, then 400 batches of 50 timed together, so that the clock's resolution
	 * does not decide sub-microsecond answers.
	 */
	private static double p50(List<String[]> arguments, ToIntFunction<String[]> query) {
		if (arguments.isEmpty()) {
			return Double.NaN;
		}
		long sink = 0;
		for (int i = 0; i < 20_000; i++) {
			sink += query.applyAsInt(arguments.get(i % arguments.size()));
		}
		int batches = 400;
		int batch = 50;
		double[] nanos = new double[batches];
		int next = 0;
		for (int b = 0; b < batches; b++) {
			long start = System.nanoTime();
			for (int i = 0; i < batch; i++) {
				sink += query.applyAsInt(arguments.get(next++ % arguments.size()));
			}
			nanos[b] = (System.nanoTime() - start) / (double) batch;
		}
		if (sink < 0) {
			throw new IllegalStateException();
		}
		Arrays.sort(nanos);
		return nanos[batches / 2] / 1e3;
	}

	private static double median(int runs, Supplier<Double> run) {
		double[] values = new double[runs];
		for (int i = 0; i < runs; i++) {
			values[i] = run.get();
		}
		Arrays.sort(values);
		return values[runs / 2];
	}

	private static long usedHeap() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static String megabytes(long bytes) {
		return (bytes < 1024 * 1024) ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
				: String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
	}

}

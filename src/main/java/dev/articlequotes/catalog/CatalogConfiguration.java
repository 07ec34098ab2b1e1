package dev.articlequotes.catalog;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Executor;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Builds the catalog once at start-up: read, extract, index, on a thread of its own while
 * the rest of the context starts. The context does not finish refreshing (nor the web
 * server start) before the catalog is built, and a broken article fails the start. Public
 * so that web-layer test slices can import it.
 */
@Configuration(proxyBeanMethods = false)
public class CatalogConfiguration {

	private static final Log logger = LogFactory.getLog(CatalogConfiguration.class);

	private final ArticlesProperties properties;

	private final ResourcePatternResolver resolver;

	// Injected here, on the main thread: a background bean may not create the beans it
	// needs
	CatalogConfiguration(ArticlesProperties properties, ResourcePatternResolver resolver) {
		this.properties = properties;
		this.resolver = resolver;
	}

	@Bean(bootstrap = Bean.Bootstrap.BACKGROUND)
	Catalog catalog() {
		ArticlesProperties properties = this.properties;
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long start = System.nanoTime();
		long cpuStart = threads.getCurrentThreadCpuTime();
		Catalog catalog = new CatalogLoader(this.resolver).load(properties);
		long millis = (System.nanoTime() - start) / 1_000_000;
		// The CPU time of this thread beside the wall time: on a busy machine the two
		// part
		// ways, and only the first is the loader's own cost
		long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
		logger.info(String.format("Loaded %d article(s) from %s: %d paragraphs, %d speakers, %d quotes in %d ms%s",
				catalog.articles().size(), properties.location(), catalog.paragraphCount(), catalog.speakerCount(),
				catalog.quoteCount(), millis, (cpuStart >= 0) ? " (" + cpuMillis + " ms of CPU)" : ""));
		return catalog;
	}

	/**
	 * Runs each background bean initialization (the catalog, the web layer's warm-up of
	 * the first request) on a thread of its own, rather than on the application task
	 * executor's pool.
	 */
	@Bean
	static Executor bootstrapExecutor() {
		return new SimpleAsyncTaskExecutor("bootstrap-");
	}

}

package dev.articlequotes.catalog;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Builds the catalog once at start-up: read, extract, index. Public so that web-layer
 * test slices can import it.
 */
@Configuration(proxyBeanMethods = false)
public class CatalogConfiguration {

	private static final Log logger = LogFactory.getLog(CatalogConfiguration.class);

	@Bean
	Catalog catalog(ArticlesProperties properties, ResourcePatternResolver resolver) {
		long start = System.nanoTime();
		Catalog catalog = new CatalogLoader(resolver).load(properties);
		long millis = (System.nanoTime() - start) / 1_000_000;
		logger.info(String.format("Loaded %d article(s) from %s: %d paragraphs, %d speakers, %d quotes in %d ms",
				catalog.articles().size(), properties.location(), catalog.paragraphCount(), catalog.speakerCount(),
				catalog.quoteCount(), millis));
		return catalog;
	}

}

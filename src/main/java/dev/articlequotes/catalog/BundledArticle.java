package dev.articlequotes.catalog;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The article that ships inside the service and is served when no other location is
 * configured.
 */
public final class BundledArticle {

	/** The bundled article's slug. */
	public static final String SLUG = "russian-soldiers-who-dont-want-to-fight";

	/** The bundled article's resource location. */
	public static final String LOCATION = "classpath:articles/" + SLUG + ".txt";

	private BundledArticle() {
	}

	/**
	 * Reads and extracts the bundled article, whatever location the service is configured
	 * with.
	 */
	public static CatalogArticle load() {
		var resolver = new PathMatchingResourcePatternResolver(
				new DefaultResourceLoader(BundledArticle.class.getClassLoader()));
		return new CatalogLoader(resolver).load(new ArticlesProperties(LOCATION, ArticlesProperties.OnError.FAIL))
			.articles()
			.get(0);
	}

}

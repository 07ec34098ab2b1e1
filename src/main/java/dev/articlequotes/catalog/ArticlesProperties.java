package dev.articlequotes.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the service reads its articles from, and what it does with a file it cannot read.
 *
 * @param location Spring resource location of one article file or of a folder of them
 * ({@code classpath:} or {@code file:}).
 * @param onError What to do with an article file that cannot be read: fail the start-up,
 * or skip the file with a warning.
 */
@ConfigurationProperties("articles")
public record ArticlesProperties(@DefaultValue(BundledArticle.LOCATION) String location,
		@DefaultValue("fail") OnError onError) {

	/** What to do with an article file that cannot be read. */
	public enum OnError {

		/** Refuse to start, naming the file and the reason. */
		FAIL,

		/** Log a warning naming the file and the reason, and serve the other articles. */
		SKIP

	}

}

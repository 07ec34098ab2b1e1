package dev.articlequotes.catalog;

/**
 * Thrown at start-up when the configured articles cannot be loaded; the service does not
 * start.
 */
public class ArticleLoadException extends RuntimeException {

	ArticleLoadException(String message) {
		super(message);
	}

	ArticleLoadException(String message, Throwable cause) {
		super(message, cause);
	}

}

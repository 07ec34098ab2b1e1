package dev.articlequotes.catalog;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports an article that cannot be loaded as one clear start-up failure, without a stack
 * trace.
 */
class ArticleLoadFailureAnalyzer extends AbstractFailureAnalyzer<ArticleLoadException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ArticleLoadException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Fix or remove the file, point articles.location elsewhere, or set articles.on-error=skip.", cause);
	}

}

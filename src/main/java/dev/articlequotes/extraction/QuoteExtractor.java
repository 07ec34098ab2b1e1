package dev.articlequotes.extraction;

import java.util.List;

import dev.articlequotes.article.Article;

/**
 * The extraction pipeline: finds the quotations of an article and who said them.
 */
public final class QuoteExtractor {

	/** Extracts the quotations and speakers of an article. */
	public ExtractedQuotes extract(Article article) {
		// Placeholder until the pipeline lands: finds nothing.
		return new ExtractedQuotes(List.of(), List.of());
	}

}

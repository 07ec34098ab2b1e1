package dev.articlequotes.web;

import dev.articlequotes.catalog.CatalogArticle;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An article in the list of articles.
 *
 * @param slug the article's identifier
 * @param title the headline
 * @param dek the standfirst, absent when the article has none
 * @param paragraphCount how many body paragraphs the article has
 * @param speakerCount how many people or organisations it quotes
 * @param quoteCount how many quotations it holds
 */
@Schema(name = "ArticleSummary")
record ArticleSummaryResponse(@Schema(example = "russian-soldiers-who-dont-want-to-fight") String slug, String title,
		String dek, int paragraphCount, int speakerCount, int quoteCount) {

	static ArticleSummaryResponse from(CatalogArticle article) {
		return new ArticleSummaryResponse(article.slug(), article.title(), article.dek(), article.paragraphCount(),
				article.speakers().size(), article.quotes().size());
	}

}

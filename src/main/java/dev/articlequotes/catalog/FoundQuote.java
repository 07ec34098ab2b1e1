package dev.articlequotes.catalog;

import dev.articlequotes.extraction.Quote;

/**
 * A quotation found by a query across articles, with the article it belongs to.
 *
 * @param article the article the quotation is in
 * @param quote the quotation
 */
public record FoundQuote(CatalogArticle article, Quote quote) {
}

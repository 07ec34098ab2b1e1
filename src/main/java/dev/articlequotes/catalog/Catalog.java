package dev.articlequotes.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every loaded article with its speakers and quotations: built once at start-up, then
 * never changed.
 */
public final class Catalog {

	private final List<CatalogArticle> articles;

	private final Map<String, CatalogArticle> articlesBySlug;

	Catalog(List<CatalogArticle> articles) {
		this.articles = articles.stream().sorted(Comparator.comparing(CatalogArticle::slug)).toList();
		Map<String, CatalogArticle> bySlug = new LinkedHashMap<>();
		for (CatalogArticle article : this.articles) {
			if (bySlug.put(article.slug(), article) != null) {
				throw new IllegalArgumentException("two articles have the slug '" + article.slug() + "'");
			}
		}
		this.articlesBySlug = Map.copyOf(bySlug);
	}

	/** The articles, ordered by slug. */
	public List<CatalogArticle> articles() {
		return this.articles;
	}

	public Optional<CatalogArticle> article(String slug) {
		return Optional.ofNullable(this.articlesBySlug.get(slug));
	}

	/** The only article, when exactly one is loaded. */
	public Optional<CatalogArticle> onlyArticle() {
		return (this.articles.size() == 1) ? Optional.of(this.articles.get(0)) : Optional.empty();
	}

	/**
	 * The quotations across articles that match the query, by article slug then reading
	 * order.
	 * @param query the filters
	 * @param slug the article to search, or {@code null} for every article
	 * @return the matching quotations
	 */
	public List<FoundQuote> quotes(QuoteQuery query, String slug) {
		List<CatalogArticle> scope = (slug != null) ? article(slug).map(List::of).orElse(List.of()) : this.articles;
		List<FoundQuote> result = new ArrayList<>();
		for (CatalogArticle article : scope) {
			for (var quote : article.quotes(query)) {
				result.add(new FoundQuote(article, quote));
			}
		}
		return result;
	}

	/** Totals over every article, for the start-up log and the article list. */
	public int paragraphCount() {
		return this.articles.stream().mapToInt(CatalogArticle::paragraphCount).sum();
	}

	public int speakerCount() {
		return this.articles.stream().mapToInt((article) -> article.speakers().size()).sum();
	}

	public int quoteCount() {
		return this.articles.stream().mapToInt((article) -> article.quotes().size()).sum();
	}

}

package dev.articlequotes.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.articlequotes.extraction.Quote;

/**
 * Every loaded article with its speakers and quotations: built once at start-up, then
 * never changed.
 */
public final class Catalog {

	private final List<CatalogArticle> articles;

	private final Map<String, CatalogArticle> articlesBySlug;

	private final QuoteSearch search;

	/** A catalog of packed articles, which it orders by slug. */
	Catalog(List<PackedArticle> articles) {
		List<PackedArticle> sorted = articles.stream().sorted(Comparator.comparing(PackedArticle::slug)).toList();
		this.search = new QuoteSearch(sorted);
		List<CatalogArticle> indexed = new ArrayList<>(sorted.size());
		Map<String, CatalogArticle> bySlug = new HashMap<>();
		for (int n = 0; n < sorted.size(); n++) {
			CatalogArticle article = new CatalogArticle(sorted.get(n), this.search, n);
			if (bySlug.put(article.slug(), article) != null) {
				throw new IllegalArgumentException("two articles have the slug '" + article.slug() + "'");
			}
			indexed.add(article);
		}
		this.articles = List.copyOf(indexed);
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
		if (slug != null) {
			return article(slug).<List<FoundQuote>>map((article) -> {
				List<Quote> quotes = article.quotes(query);
				return new LazyList<>(quotes.size(), (index) -> new FoundQuote(article, quotes.get(index)));
			}).orElse(List.of());
		}
		return LazyList.at(this.search.quotes(query, 0, this.articles.size()), this::found);
	}

	/** The quotation of this number across the catalog, made now. */
	private FoundQuote found(int number) {
		CatalogArticle article = this.articles.get(this.search.articleOf(number));
		return new FoundQuote(article, article.quoteAt(number));
	}

	/** Totals over every article, for the start-up log and the article list. */
	public int paragraphCount() {
		return this.articles.stream().mapToInt(CatalogArticle::paragraphCount).sum();
	}

	public int speakerCount() {
		return this.articles.stream().mapToInt(CatalogArticle::speakerCount).sum();
	}

	public int quoteCount() {
		return this.articles.stream().mapToInt(CatalogArticle::quoteCount).sum();
	}

}

package dev.articlequotes.catalog;

import java.util.ArrayList;
import java.util.Arrays;
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

	/**
	 * Where the quotations of each article start in the numbering of every quotation (by
	 * article, then reading order), and their total last.
	 */
	private final int[] firstQuotes;

	private final SpeakerIndex speakerIndex;

	private final WordIndex wordIndex;

	/** A catalog of articles as built on their own, not taken from another catalog. */
	Catalog(List<CatalogArticle> articles) {
		List<CatalogArticle> sorted = articles.stream().sorted(Comparator.comparing(CatalogArticle::slug)).toList();
		this.firstQuotes = new int[sorted.size() + 1];
		for (int i = 0; i < sorted.size(); i++) {
			this.firstQuotes[i + 1] = this.firstQuotes[i] + sorted.get(i).quotes().size();
		}
		this.wordIndex = WordIndex.merge(sorted.stream().map(CatalogArticle::quotesByWord).toList(), this.firstQuotes);
		// Each article answers from the catalog's word index, so that words are indexed
		// once
		List<CatalogArticle> sharing = new ArrayList<>(sorted.size());
		for (int i = 0; i < sorted.size(); i++) {
			sharing.add(sorted.get(i).sharing(this.wordIndex, this.firstQuotes[i]));
		}
		this.articles = List.copyOf(sharing);
		Map<String, CatalogArticle> bySlug = new HashMap<>();
		for (CatalogArticle article : this.articles) {
			if (bySlug.put(article.slug(), article) != null) {
				throw new IllegalArgumentException("two articles have the slug '" + article.slug() + "'");
			}
		}
		this.articlesBySlug = Map.copyOf(bySlug);
		this.speakerIndex = new SpeakerIndex(this.articles, this.firstQuotes);
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
			return article(slug).map(
					(article) -> article.quotes(query).stream().map((quote) -> new FoundQuote(article, quote)).toList())
				.orElse(List.of());
		}
		int[] matches = null;
		if (query.speaker() != null) {
			matches = this.speakerIndex.quotesOf(query.speaker(), this::articleOf);
		}
		if (query.text() != null) {
			matches = Postings.intersect(matches, this.wordIndex.matching(query.text()));
		}
		List<FoundQuote> result = new ArrayList<>();
		if (matches == null) {
			for (CatalogArticle article : this.articles) {
				for (Quote quote : article.quotes()) {
					add(result, article, quote, query);
				}
			}
			return result;
		}
		for (int number : matches) {
			int index = articleOf(number);
			CatalogArticle article = this.articles.get(index);
			add(result, article, article.quotes().get(number - this.firstQuotes[index]), query);
		}
		return result;
	}

	private static void add(List<FoundQuote> result, CatalogArticle article, Quote quote, QuoteQuery query) {
		if (query.kind() == null || quote.kind() == query.kind()) {
			result.add(new FoundQuote(article, quote));
		}
	}

	/** The index of the article of a quotation, by its number across the catalog. */
	private int articleOf(int quote) {
		int found = Arrays.binarySearch(this.firstQuotes, quote);
		if (found < 0) {
			return -found - 2;
		}
		// Articles without quotations share their first number with the next one
		while (this.firstQuotes[found + 1] == quote) {
			found++;
		}
		return found;
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

package dev.articlequotes.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.articlequotes.extraction.Quote;
import dev.articlequotes.extraction.QuoteKind;

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
			this.firstQuotes[i + 1] = this.firstQuotes[i] + sorted.get(i).quoteCount();
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
			return article(slug).<List<FoundQuote>>map((article) -> {
				List<Quote> quotes = article.quotes(query);
				return new LazyList<>(quotes.size(), (index) -> new FoundQuote(article, quotes.get(index)));
			}).orElse(List.of());
		}
		int[] matches = null;
		if (query.speaker() != null) {
			matches = this.speakerIndex.quotesOf(query.speaker(), this::articleOf);
		}
		if (query.text() != null) {
			matches = Postings.intersect(matches, this.wordIndex.matching(query.text()));
		}
		if (query.kind() == null && matches != null) {
			return LazyList.at(matches, this::found);
		}
		int total = this.firstQuotes[this.articles.size()];
		int count = (matches != null) ? matches.length : total;
		int[] ofKind = new int[count];
		int found = 0;
		for (int n = 0; n < count; n++) {
			int number = (matches != null) ? matches[n] : n;
			if (query.kind() == null || kindOf(number) == query.kind()) {
				ofKind[found++] = number;
			}
		}
		return LazyList.at((found == count) ? ofKind : Arrays.copyOf(ofKind, found), this::found);
	}

	private QuoteKind kindOf(int number) {
		int index = articleOf(number);
		return this.articles.get(index).quoteKind(number - this.firstQuotes[index]);
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

	/** The quotation of this number across the catalog, made now. */
	private FoundQuote found(int number) {
		int article = articleOf(number);
		CatalogArticle found = this.articles.get(article);
		return new FoundQuote(found, found.quote(number - this.firstQuotes[article]));
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

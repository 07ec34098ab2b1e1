package dev.articlequotes.catalog;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import dev.articlequotes.article.Article;
import dev.articlequotes.extraction.Quote;
import dev.articlequotes.extraction.Speaker;

/**
 * One article of a {@link Catalog}: the article as read with its speakers and quotations,
 * made again from their compact storage ({@link PackedArticle}) when asked for, and the
 * catalog's query limited to this article. Immutable.
 */
public final class CatalogArticle {

	private final PackedArticle packed;

	private final QuoteSearch search;

	/** This article's index in the catalog, by slug. */
	private final int index;

	/** The number of its first quotation across the catalog. */
	private final int firstQuote;

	/**
	 * The positions of the quotations ordered by id (ties in reading order), so that a
	 * quotation is found by its id without a scan or another copy of the ids.
	 */
	private final int[] quotesById;

	CatalogArticle(PackedArticle packed, QuoteSearch search, int index) {
		this.packed = packed;
		this.search = search;
		this.index = index;
		this.firstQuote = search.firstQuote(index);
		String[] ids = new String[packed.quoteCount()];
		Arrays.setAll(ids, packed::quoteId);
		this.quotesById = IntStream.range(0, ids.length)
			.boxed()
			.sorted(Comparator.comparing((position) -> ids[position]))
			.mapToInt(Integer::intValue)
			.toArray();
	}

	/** The article as read, its blocks decoded again. */
	public Article article() {
		return this.packed.article();
	}

	public String slug() {
		return this.packed.slug();
	}

	/** The headline, as {@code article().title()} without decoding the body. */
	public String title() {
		return this.packed.title();
	}

	/** The standfirst or {@code null}, as {@code article().dek()}. */
	public String dek() {
		return this.packed.dek();
	}

	/** How many blocks of the body are paragraphs (not embeds). */
	public int paragraphCount() {
		return this.packed.paragraphCount();
	}

	/** The speakers, most quoted first. */
	public List<Speaker> speakers() {
		return new LazyList<>(speakerCount(), this.packed::speaker);
	}

	/** The quotations in reading order. */
	public List<Quote> quotes() {
		return new LazyList<>(quoteCount(), this.packed::quote);
	}

	public Optional<Speaker> speaker(String id) {
		int s = this.packed.speakerWithId(id);
		return (s >= 0) ? Optional.of(this.packed.speaker(s)) : Optional.empty();
	}

	public Optional<Quote> quote(String id) {
		int found = Postings.lowerBound(0, this.quotesById.length,
				(k) -> this.packed.quoteId(this.quotesById[k]).compareTo(id) < 0);
		return (found < this.quotesById.length && this.packed.quoteId(this.quotesById[found]).equals(id))
				? Optional.of(this.packed.quote(this.quotesById[found])) : Optional.empty();
	}

	/**
	 * The quotations that match the query, in reading order: the catalog's query on this
	 * article alone.
	 */
	public List<Quote> quotes(QuoteQuery query) {
		return LazyList.at(this.search.quotes(query, this.index, this.index + 1), this::quoteAt);
	}

	/** The quotation of this number across the catalog. */
	Quote quoteAt(int number) {
		return this.packed.quote(number - this.firstQuote);
	}

	int quoteCount() {
		return this.packed.quoteCount();
	}

	int speakerCount() {
		return this.packed.speakerCount();
	}

}

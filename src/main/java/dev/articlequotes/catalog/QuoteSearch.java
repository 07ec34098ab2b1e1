package dev.articlequotes.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The one query over quotations: numbers the quotations of every article (by article,
 * then reading order) and answers a {@link QuoteQuery} over a run of articles, the whole
 * catalog or one article, from a speaker index and a word index built once.
 */
final class QuoteSearch {

	private final List<PackedArticle> articles;

	/**
	 * Where the quotations of each article start in the numbering of every quotation, and
	 * their total last.
	 */
	private final int[] firstQuotes;

	private final SpeakerIndex speakerIndex;

	private final WordIndex wordIndex;

	QuoteSearch(List<PackedArticle> articles) {
		this.articles = List.copyOf(articles);
		this.firstQuotes = new int[articles.size() + 1];
		List<String> texts = new ArrayList<>();
		for (int n = 0; n < articles.size(); n++) {
			PackedArticle article = articles.get(n);
			this.firstQuotes[n + 1] = this.firstQuotes[n] + article.quoteCount();
			for (int i = 0; i < article.quoteCount(); i++) {
				texts.add(article.quoteText(i));
			}
		}
		this.speakerIndex = new SpeakerIndex(this.articles, this.firstQuotes);
		this.wordIndex = new WordIndex(texts);
	}

	/**
	 * The quotations of the articles numbered from {@code fromArticle} to
	 * {@code toArticle} (exclusive) that match the query.
	 * @return their ascending numbers
	 */
	int[] quotes(QuoteQuery query, int fromArticle, int toArticle) {
		int from = this.firstQuotes[fromArticle];
		int to = this.firstQuotes[toArticle];
		int[] matches = null;
		if (query.speaker() != null) {
			matches = this.speakerIndex.quotesOf(query.speaker(), fromArticle, toArticle, this::articleOf);
		}
		if (query.text() != null) {
			matches = Postings.intersect(matches, this.wordIndex.matching(query.text(), from, to));
		}
		if (query.kind() == null) {
			return (matches != null) ? matches : IntStream.range(from, to).toArray();
		}
		int count = (matches != null) ? matches.length : to - from;
		IntList found = new IntList();
		int article = -1;
		for (int n = 0; n < count; n++) {
			int number = (matches != null) ? matches[n] : from + n;
			// Numbers ascend: look their article up only when one leaves the last one's
			if (article < 0 || number >= this.firstQuotes[article + 1]) {
				article = articleOf(number);
			}
			if (this.articles.get(article).quoteKind(number - this.firstQuotes[article]) == query.kind()) {
				found.add(number);
			}
		}
		return found.toArray();
	}

	/** Where the quotations of an article start in the numbering of every quotation. */
	int firstQuote(int article) {
		return this.firstQuotes[article];
	}

	/** The index of the article of a quotation, by its number. */
	int articleOf(int quote) {
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

}

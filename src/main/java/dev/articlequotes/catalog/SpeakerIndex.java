package dev.articlequotes.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;

import dev.articlequotes.extraction.TextFolding;

/**
 * The speakers of every article, by id and by any part of their folded name (a suffix
 * array of the distinct names), each with the numbers of their quotations across the
 * catalog.
 */
final class SpeakerIndex {

	private final Map<String, int[]> quotesById;

	/** For each id, the ascending indexes of the articles that have a speaker with it. */
	private final Map<String, int[]> articlesById;

	/** The distinct folded names, sorted. */
	private final String[] names;

	private final int[][] quotesByName;

	/** Every suffix of every name as (name index << 32 | offset), sorted by its text. */
	private final long[] suffixes;

	/**
	 * Where the quotations of each article start in their numbering, and their total
	 * last.
	 */
	private final int[] firstQuotes;

	/**
	 * Indexes the speakers of the articles, the quotations of the n-th numbered from
	 * {@code firstQuotes[n]}.
	 */
	SpeakerIndex(List<PackedArticle> articles, int[] firstQuotes) {
		this.firstQuotes = firstQuotes;
		Map<String, IntList> quotesById = new HashMap<>();
		Map<String, IntList> articlesById = new HashMap<>();
		TreeMap<String, IntList> quotesByName = new TreeMap<>();
		for (int n = 0; n < articles.size(); n++) {
			PackedArticle article = articles.get(n);
			IntList[] byId = new IntList[article.speakerCount()];
			IntList[] byName = new IntList[article.speakerCount()];
			for (int s = 0; s < article.speakerCount(); s++) {
				String id = article.speakerId(s);
				articlesById.computeIfAbsent(id, (i) -> new IntList()).add(n);
				byId[s] = quotesById.computeIfAbsent(id, (i) -> new IntList());
				byName[s] = quotesByName.computeIfAbsent(TextFolding.fold(article.speakerName(s)),
						(i) -> new IntList());
			}
			for (int i = 0; i < article.quoteCount(); i++) {
				int s = article.quoteSpeaker(i);
				if (s >= 0) {
					byId[s].add(firstQuotes[n] + i);
					byName[s].add(firstQuotes[n] + i);
				}
			}
		}
		this.quotesById = frozen(quotesById);
		this.articlesById = frozen(articlesById);
		this.names = quotesByName.keySet().toArray(new String[0]);
		this.quotesByName = new int[this.names.length][];
		List<Long> suffixes = new ArrayList<>();
		for (int i = 0; i < this.names.length; i++) {
			this.quotesByName[i] = quotesByName.get(this.names[i]).toSortedDistinct();
			for (int offset = 0; offset < this.names[i].length(); offset++) {
				suffixes.add(((long) i << 32) | offset);
			}
		}
		this.suffixes = suffixes.stream().sorted(this::compareSuffixes).mapToLong(Long::longValue).toArray();
	}

	/**
	 * The quotations of the articles numbered from {@code fromArticle} to
	 * {@code toArticle} (exclusive) of the speakers with this id, and in the articles
	 * that have no speaker with it, of every speaker whose name contains it (ignoring
	 * case and accents).
	 * @param speaker the id or part of a name
	 * @param fromArticle the first article
	 * @param toArticle the article past the last
	 * @param articleOf the index of the article of a quotation number
	 * @return the ascending quotation numbers
	 */
	int[] quotesOf(String speaker, int fromArticle, int toArticle, IntUnaryOperator articleOf) {
		int from = this.firstQuotes[fromArticle];
		int to = this.firstQuotes[toArticle];
		int[] byId = Postings.slice(this.quotesById.getOrDefault(speaker, Postings.NONE), from, to);
		int[] articlesWithId = this.articlesById.getOrDefault(speaker, Postings.NONE);
		if (Postings.lowerBound(articlesWithId, 0, articlesWithId.length, toArticle) - Postings
			.lowerBound(articlesWithId, 0, articlesWithId.length, fromArticle) == toArticle - fromArticle) {
			// Every article of the range has a speaker with this id: no name to match
			return byId;
		}
		IntList found = new IntList();
		for (int name : namesContaining(TextFolding.fold(speaker))) {
			int[] quotes = this.quotesByName[name];
			for (int i = Postings.lowerBound(quotes, 0, quotes.length, from); i < quotes.length
					&& quotes[i] < to; i++) {
				if (articlesWithId.length == 0
						|| Arrays.binarySearch(articlesWithId, articleOf.applyAsInt(quotes[i])) < 0) {
					found.add(quotes[i]);
				}
			}
		}
		if (found.size() == 0) {
			return byId;
		}
		found.addAll(byId, 0, byId.length);
		return found.toSortedDistinct();
	}

	/** The indexes of the names that contain the folded text. */
	private int[] namesContaining(String folded) {
		if (folded.isEmpty()) {
			int[] all = new int[this.names.length];
			Arrays.setAll(all, (i) -> i);
			return all;
		}
		IntList found = new IntList();
		for (int i = Postings.lowerBound(0, this.suffixes.length,
				(k) -> compareSuffix(this.suffixes[k], folded) < 0); i < this.suffixes.length
						&& suffixStartsWith(this.suffixes[i], folded); i++) {
			found.add((int) (this.suffixes[i] >>> 32));
		}
		return found.toSortedDistinct();
	}

	private int compareSuffixes(long a, long b) {
		String name = this.names[(int) (a >>> 32)];
		return -compareSuffix(b, name.substring((int) a));
	}

	/** Compares a suffix with a text, as {@link String#compareTo} would. */
	private int compareSuffix(long suffix, String text) {
		String name = this.names[(int) (suffix >>> 32)];
		int offset = (int) suffix;
		int length = Math.min(name.length() - offset, text.length());
		for (int i = 0; i < length; i++) {
			int difference = name.charAt(offset + i) - text.charAt(i);
			if (difference != 0) {
				return difference;
			}
		}
		return (name.length() - offset) - text.length();
	}

	private boolean suffixStartsWith(long suffix, String text) {
		return this.names[(int) (suffix >>> 32)].startsWith(text, (int) suffix);
	}

	private static Map<String, int[]> frozen(Map<String, IntList> lists) {
		Map<String, int[]> frozen = new HashMap<>(lists.size() * 2);
		lists.forEach((key, list) -> frozen.put(key, list.toSortedDistinct()));
		return Map.copyOf(frozen);
	}

}

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
	 * Indexes the speakers of the articles, the quotations of the n-th numbered from
	 * {@code offsets[n]}.
	 */
	SpeakerIndex(List<CatalogArticle> articles, int[] offsets) {
		Map<String, Postings.Builder> quotesById = new HashMap<>();
		Map<String, Postings.Builder> articlesById = new HashMap<>();
		TreeMap<String, Postings.Builder> quotesByName = new TreeMap<>();
		for (int n = 0; n < articles.size(); n++) {
			CatalogArticle article = articles.get(n);
			for (int s = 0; s < article.speakerCount(); s++) {
				String id = article.speakerId(s);
				int[] quotes = article.quotesOfSpeaker(s);
				articlesById.computeIfAbsent(id, (i) -> new Postings.Builder()).add(n);
				quotesById.computeIfAbsent(id, (i) -> new Postings.Builder())
					.addAll(quotes, 0, quotes.length, offsets[n]);
				quotesByName.computeIfAbsent(article.foldedSpeakerName(s), (i) -> new Postings.Builder())
					.addAll(quotes, 0, quotes.length, offsets[n]);
			}
		}
		this.quotesById = frozen(quotesById);
		this.articlesById = frozen(articlesById);
		this.names = quotesByName.keySet().toArray(new String[0]);
		this.quotesByName = new int[this.names.length][];
		List<Long> suffixes = new ArrayList<>();
		for (int i = 0; i < this.names.length; i++) {
			this.quotesByName[i] = sorted(quotesByName.get(this.names[i]));
			for (int offset = 0; offset < this.names[i].length(); offset++) {
				suffixes.add(((long) i << 32) | offset);
			}
		}
		this.suffixes = suffixes.stream().sorted(this::compareSuffixes).mapToLong(Long::longValue).toArray();
	}

	/**
	 * The quotations of the speakers with this id, and in the articles that have no
	 * speaker with it, of every speaker whose name contains it (ignoring case and
	 * accents): as {@link CatalogArticle#quotes(QuoteQuery)} decides for each article.
	 * @param speaker the id or part of a name
	 * @param articleOf the index of the article of a quotation number
	 * @return the ascending quotation numbers
	 */
	int[] quotesOf(String speaker, IntUnaryOperator articleOf) {
		int[] byId = this.quotesById.getOrDefault(speaker, Postings.NONE);
		int[] articlesWithId = this.articlesById.getOrDefault(speaker, Postings.NONE);
		int[] found = new int[16];
		int count = 0;
		for (int name : namesContaining(TextFolding.fold(speaker))) {
			for (int quote : this.quotesByName[name]) {
				if (articlesWithId.length == 0
						|| Arrays.binarySearch(articlesWithId, articleOf.applyAsInt(quote)) < 0) {
					if (count == found.length) {
						found = Arrays.copyOf(found, count * 2);
					}
					found[count++] = quote;
				}
			}
		}
		if (count == 0) {
			return byId;
		}
		int[] all = Arrays.copyOf(found, count + byId.length);
		System.arraycopy(byId, 0, all, count, byId.length);
		return Postings.sortedDistinct(all, all.length);
	}

	/** The indexes of the names that contain the folded text. */
	private int[] namesContaining(String folded) {
		if (folded.isEmpty()) {
			int[] all = new int[this.names.length];
			Arrays.setAll(all, (i) -> i);
			return all;
		}
		int low = 0;
		int high = this.suffixes.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (compareSuffix(this.suffixes[middle], folded) < 0) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		int[] found = new int[8];
		int count = 0;
		for (int i = low; i < this.suffixes.length && suffixStartsWith(this.suffixes[i], folded); i++) {
			if (count == found.length) {
				found = Arrays.copyOf(found, count * 2);
			}
			found[count++] = (int) (this.suffixes[i] >>> 32);
		}
		return Postings.sortedDistinct(found, count);
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

	private static Map<String, int[]> frozen(Map<String, Postings.Builder> builders) {
		Map<String, int[]> frozen = new HashMap<>(builders.size() * 2);
		builders.forEach((key, builder) -> frozen.put(key, sorted(builder)));
		return Map.copyOf(frozen);
	}

	private static int[] sorted(Postings.Builder builder) {
		int[] numbers = builder.build();
		return Postings.sortedDistinct(numbers, numbers.length);
	}

}

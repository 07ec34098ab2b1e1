package dev.articlequotes.catalog;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.articlequotes.extraction.TextFolding;

/**
 * The folded words of quotations, sorted, each with the ascending numbers of the
 * quotations that contain it: three arrays, so that a large catalog stays compact.
 */
final class WordIndex {

	private final String[] words;

	/**
	 * The postings of {@code words[i]} are {@code postings[starts[i]..starts[i + 1])}.
	 */
	private final int[] starts;

	private final int[] postings;

	private WordIndex(Map<String, Postings.Builder> byWord) {
		this.words = byWord.keySet().toArray(new String[0]);
		Arrays.sort(this.words);
		this.starts = new int[this.words.length + 1];
		int total = 0;
		for (int i = 0; i < this.words.length; i++) {
			this.starts[i] = total;
			total += byWord.get(this.words[i]).count();
		}
		this.starts[this.words.length] = total;
		this.postings = new int[total];
		for (int i = 0; i < this.words.length; i++) {
			byWord.get(this.words[i]).copyTo(this.postings, this.starts[i]);
		}
	}

	/**
	 * Indexes texts numbered from 0, sharing equal words through {@code strings}.
	 */
	static WordIndex of(List<String> texts, Map<String, String> strings) {
		Map<String, Postings.Builder> byWord = new HashMap<>();
		for (int i = 0; i < texts.size(); i++) {
			for (String word : TextFolding.words(texts.get(i))) {
				String shared = strings.computeIfAbsent(word, (w) -> w);
				byWord.computeIfAbsent(shared, (w) -> new Postings.Builder()).add(i);
			}
		}
		return new WordIndex(byWord);
	}

	/**
	 * One index of several, in order: the numbers of the n-th are offset by
	 * {@code offsets[n]}, which must ascend.
	 */
	static WordIndex merge(List<WordIndex> indexes, int[] offsets) {
		Map<String, Postings.Builder> byWord = new HashMap<>();
		for (int n = 0; n < indexes.size(); n++) {
			WordIndex index = indexes.get(n);
			for (int i = 0; i < index.words.length; i++) {
				byWord.computeIfAbsent(index.words[i], (w) -> new Postings.Builder())
					.addAll(index.postings, index.starts[i], index.starts[i + 1], offsets[n]);
			}
		}
		return new WordIndex(byWord);
	}

	/**
	 * The quotations that contain every word of the text as a word or the start of one,
	 * or {@code null} (every quotation) when the text has no word.
	 */
	int[] matching(String text) {
		return matching(text, 0, Integer.MAX_VALUE);
	}

	/**
	 * The quotations numbered from {@code from} to {@code to} (exclusive) that contain
	 * every word of the text as a word or the start of one, numbered from {@code from},
	 * or {@code null} (every quotation) when the text has no word.
	 */
	int[] matching(String text, int from, int to) {
		int[] result = null;
		for (String word : TextFolding.words(text)) {
			result = Postings.intersect(result, startingWith(word, from, to));
		}
		return result;
	}

	private int[] startingWith(String prefix, int from, int to) {
		int first = Arrays.binarySearch(this.words, prefix);
		if (first < 0) {
			first = -first - 1;
		}
		Postings.Builder found = new Postings.Builder();
		boolean sorted = true;
		for (int i = first; i < this.words.length && this.words[i].startsWith(prefix); i++) {
			int start = lowerBound(this.starts[i], this.starts[i + 1], from);
			int end = lowerBound(start, this.starts[i + 1], to);
			sorted = sorted && (found.count() == 0 || start == end);
			found.addAll(this.postings, start, end, -from);
		}
		int[] numbers = found.build();
		return sorted ? numbers : Postings.sortedDistinct(numbers, numbers.length);
	}

	/**
	 * The first position in {@code postings[from..to)} whose number is at least the
	 * value.
	 */
	private int lowerBound(int from, int to, int value) {
		int low = from;
		int high = to;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (this.postings[middle] < value) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

}

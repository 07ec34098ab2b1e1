package dev.articlequotes.catalog;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
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

	/** Indexes texts numbered from 0. */
	WordIndex(List<String> texts) {
		Map<String, IntList> byWord = new HashMap<>();
		for (int i = 0; i < texts.size(); i++) {
			for (String word : new HashSet<>(TextFolding.words(texts.get(i)))) {
				byWord.computeIfAbsent(word, (w) -> new IntList()).add(i);
			}
		}
		this.words = byWord.keySet().toArray(new String[0]);
		Arrays.sort(this.words);
		this.starts = new int[this.words.length + 1];
		int total = 0;
		for (int i = 0; i < this.words.length; i++) {
			this.starts[i] = total;
			total += byWord.get(this.words[i]).size();
		}
		this.starts[this.words.length] = total;
		this.postings = new int[total];
		for (int i = 0; i < this.words.length; i++) {
			byWord.get(this.words[i]).copyTo(this.postings, this.starts[i]);
		}
	}

	/**
	 * The quotations numbered from {@code from} to {@code to} (exclusive) that contain
	 * every word of the text as a word or the start of one, or {@code null} (every
	 * quotation) when the text has no word.
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
		IntList found = new IntList();
		boolean sorted = true;
		for (int i = first; i < this.words.length && this.words[i].startsWith(prefix); i++) {
			int start = Postings.lowerBound(this.postings, this.starts[i], this.starts[i + 1], from);
			int end = Postings.lowerBound(this.postings, start, this.starts[i + 1], to);
			sorted = sorted && (found.size() == 0 || start == end);
			found.addAll(this.postings, start, end);
		}
		return sorted ? found.toArray() : found.toSortedDistinct();
	}

}

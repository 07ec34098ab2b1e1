package dev.articlequotes.catalog;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Operations on postings: ascending arrays of distinct quotation numbers, where
 * {@code null} stands for every quotation.
 */
final class Postings {

	static final int[] NONE = new int[0];

	private Postings() {
	}

	/** The numbers in both, {@code null} meaning every number. */
	static int[] intersect(int[] a, int[] b) {
		if (a == null) {
			return b;
		}
		if (b == null) {
			return a;
		}
		int[] result = new int[Math.min(a.length, b.length)];
		int count = 0;
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i] < b[j]) {
				i++;
			}
			else if (a[i] > b[j]) {
				j++;
			}
			else {
				result[count++] = a[i];
				i++;
				j++;
			}
		}
		return (count == result.length) ? result : Arrays.copyOf(result, count);
	}

	/** Sorts the first {@code count} numbers and drops repeats. */
	static int[] sortedDistinct(int[] numbers, int count) {
		Arrays.sort(numbers, 0, count);
		int distinct = 0;
		for (int i = 0; i < count; i++) {
			if (distinct == 0 || numbers[distinct - 1] != numbers[i]) {
				numbers[distinct++] = numbers[i];
			}
		}
		return Arrays.copyOf(numbers, distinct);
	}

	/**
	 * The numbers of ascending {@code numbers} that are at least {@code from} and below
	 * {@code to}.
	 */
	static int[] slice(int[] numbers, int from, int to) {
		int start = lowerBound(numbers, 0, numbers.length, from);
		return Arrays.copyOfRange(numbers, start, lowerBound(numbers, start, numbers.length, to));
	}

	/**
	 * The first position in postings {@code numbers[from..to)} whose number is at least
	 * the value ({@code to} when there is none).
	 */
	static int lowerBound(int[] numbers, int from, int to, int value) {
		int found = Arrays.binarySearch(numbers, from, to, value);
		return (found >= 0) ? found : -found - 1;
	}

	/**
	 * The first index of {@code [from..to)} that is not below what is sought, by a binary
	 * search: {@code isBelow} holds for the indexes before it and for none after.
	 */
	static int lowerBound(int from, int to, IntPredicate isBelow) {
		int low = from;
		int high = to;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (isBelow.test(middle)) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

}

package dev.articlequotes.catalog;

import java.util.Arrays;

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

	/** A growable array of numbers, for building postings. */
	static final class Builder {

		private int[] numbers = new int[4];

		private int count;

		/** Adds a number that is not smaller than the last one added. */
		void add(int number) {
			if (this.count > 0 && this.numbers[this.count - 1] == number) {
				return;
			}
			if (this.count == this.numbers.length) {
				this.numbers = Arrays.copyOf(this.numbers, this.count * 2);
			}
			this.numbers[this.count++] = number;
		}

		/** Adds every number of the postings, each plus the offset. */
		void addAll(int[] postings, int from, int to, int offset) {
			for (int i = from; i < to; i++) {
				add(postings[i] + offset);
			}
		}

		int count() {
			return this.count;
		}

		int[] build() {
			return Arrays.copyOf(this.numbers, this.count);
		}

		void copyTo(int[] target, int at) {
			System.arraycopy(this.numbers, 0, target, at, this.count);
		}

	}

}

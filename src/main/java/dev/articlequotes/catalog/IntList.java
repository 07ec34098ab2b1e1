package dev.articlequotes.catalog;

import java.util.Arrays;

/** A growable array of numbers, for building the catalog's arrays and postings. */
final class IntList {

	private int[] numbers = new int[8];

	private int size;

	void add(int number) {
		if (this.size == this.numbers.length) {
			this.numbers = Arrays.copyOf(this.numbers, this.size * 2);
		}
		this.numbers[this.size++] = number;
	}

	/** Adds {@code numbers[from..to)}. */
	void addAll(int[] numbers, int from, int to) {
		for (int i = from; i < to; i++) {
			add(numbers[i]);
		}
	}

	int size() {
		return this.size;
	}

	int[] toArray() {
		return Arrays.copyOf(this.numbers, this.size);
	}

	/** The numbers sorted, without repeats, as postings. */
	int[] toSortedDistinct() {
		return Postings.sortedDistinct(toArray(), this.size);
	}

	void copyTo(int[] target, int at) {
		System.arraycopy(this.numbers, 0, target, at, this.size);
	}

}

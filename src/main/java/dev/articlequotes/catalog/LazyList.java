package dev.articlequotes.catalog;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * An unmodifiable list whose elements are made when asked for: the catalog stores rows of
 * numbers, and a page of results makes only its own records.
 *
 * @param <T> the elements
 */
final class LazyList<T> extends AbstractList<T> implements RandomAccess {

	private final int size;

	private final IntFunction<T> element;

	/**
	 * @param size how many elements there are
	 * @param element makes the element at an index, from 0 to {@code size - 1}
	 */
	LazyList(int size, IntFunction<T> element) {
		this.size = size;
		this.element = element;
	}

	/** The elements made from some positions, in their order. */
	static <T> LazyList<T> at(int[] positions, IntFunction<T> element) {
		return new LazyList<>(positions.length, (index) -> element.apply(positions[index]));
	}

	@Override
	public T get(int index) {
		Objects.checkIndex(index, this.size);
		return this.element.apply(index);
	}

	@Override
	public int size() {
		return this.size;
	}

}

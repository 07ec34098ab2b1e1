package dev.articlequotes.catalog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strings stored once as UTF-8 in one byte array, numbered in the order they were added:
 * about one byte per character of news text, where a Java {@code String} takes two as
 * soon as it holds a curly quote mark.
 */
final class PackedStrings {

	private final byte[] bytes;

	/**
	 * Where each string ends in {@code bytes}; the n-th starts where the one before ends.
	 */
	private final int[] ends;

	private PackedStrings(byte[] bytes, int[] ends) {
		this.bytes = bytes;
		this.ends = ends;
	}

	/** The n-th string, decoded. */
	String get(int n) {
		int start = start(n);
		return new String(this.bytes, start, this.ends[n] - start, StandardCharsets.UTF_8);
	}

	/** Whether the n-th string is the one whose UTF-8 bytes are given. */
	boolean equals(int n, byte[] utf8) {
		return Arrays.equals(this.bytes, start(n), this.ends[n], utf8, 0, utf8.length);
	}

	private int start(int n) {
		return (n == 0) ? 0 : this.ends[n - 1];
	}

	/** Collects strings, then packs them. */
	static final class Builder {

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);

		private final IntList ends = new IntList();

		/** Adds a string and returns its number. */
		int add(String text) {
			this.bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
			this.ends.add(this.bytes.size());
			return this.ends.size() - 1;
		}

		/** The number the next string added gets. */
		int size() {
			return this.ends.size();
		}

		PackedStrings build() {
			return new PackedStrings(this.bytes.toByteArray(), this.ends.toArray());
		}

	}

}

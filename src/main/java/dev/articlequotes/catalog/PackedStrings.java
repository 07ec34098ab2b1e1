package dev.articlequotes.catalog;

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

		private byte[] bytes = new byte[256];

		private int length;

		private int[] ends = new int[16];

		private int count;

		/** Adds a string and returns its number. */
		int add(String text) {
			byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
			if (this.length + utf8.length > this.bytes.length) {
				this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.length + utf8.length));
			}
			System.arraycopy(utf8, 0, this.bytes, this.length, utf8.length);
			this.length += utf8.length;
			if (this.count == this.ends.length) {
				this.ends = Arrays.copyOf(this.ends, this.count * 2);
			}
			this.ends[this.count] = this.length;
			return this.count++;
		}

		/** The number the next string added gets. */
		int size() {
			return this.count;
		}

		PackedStrings build() {
			return new PackedStrings(Arrays.copyOf(this.bytes, this.length), Arrays.copyOf(this.ends, this.count));
		}

	}

}

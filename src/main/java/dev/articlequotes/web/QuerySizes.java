package dev.articlequotes.web;

/**
 * The longest query parameters accepted: longer ones are refused with a 400.
 */
final class QuerySizes {

	/** Longest search text, in characters. */
	static final int MAX_TEXT = 200;

	/** Longest speaker or article filter, in characters. */
	static final int MAX_SPEAKER = 200;

	private QuerySizes() {
	}

}

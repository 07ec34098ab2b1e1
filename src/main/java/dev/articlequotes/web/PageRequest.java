package dev.articlequotes.web;

/**
 * A requested page: its number from 0 and its size.
 *
 * @param page the page number, from 0
 * @param size how many items a page holds
 */
record PageRequest(int page, int size) {

	static final String DEFAULT_SIZE = "20";

	static final int MAX_SIZE = 100;

}

package dev.articlequotes.catalog;

import dev.articlequotes.extraction.QuoteKind;

/**
 * Filters for quotations; every field may be {@code null}, meaning no filter.
 *
 * @param speaker a speaker id, or any part of a speaker's name (ignoring case and
 * accents)
 * @param text words every matching quotation contains, each as a word or the start of
 * one, ignoring case and accents
 * @param kind the kind of quotation
 */
public record QuoteQuery(String speaker, String text, QuoteKind kind) {

	/** A query that matches every quotation. */
	public static final QuoteQuery ALL = new QuoteQuery(null, null, null);

	public QuoteQuery {
		speaker = blankToNull(speaker);
		text = blankToNull(text);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

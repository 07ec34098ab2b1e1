package dev.articlequotes.extraction;

/**
 * How a quotation stands in the text.
 */
public enum QuoteKind {

	/** A full quoted utterance. */
	DIRECT,

	/** A fragment worked into the reporter's own sentence. */
	PARTIAL,

	/** A quotation inside another quotation. */
	NESTED

}

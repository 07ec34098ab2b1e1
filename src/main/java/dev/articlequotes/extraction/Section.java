package dev.articlequotes.extraction;

/**
 * Where in an article a quotation stands.
 */
public enum Section {

	/** The headline. */
	TITLE,

	/** The standfirst under the headline. */
	DEK,

	/** A block of the body. */
	BODY

}

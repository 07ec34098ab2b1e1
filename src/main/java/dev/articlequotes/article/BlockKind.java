package dev.articlequotes.article;

/**
 * What a block of an article's body is.
 */
public enum BlockKind {

	/** Body text. */
	PARAGRAPH,

	/**
	 * What is left of an embedded post or video (caption, credits): shown, not read as
	 * body text.
	 */
	EMBED,

	/**
	 * A heading inside the body (a web page's h2 to h6): shown, not read as body text.
	 */
	HEADING

}

package dev.articlequotes.extraction;

/**
 * A span of text between paired quote marks in one passage.
 *
 * @param open the offset of the opening mark
 * @param start the offset of the first quoted character (leading spaces skipped)
 * @param end the offset just past the last quoted character (trailing spaces trimmed)
 * @param close the offset of the closing mark (of its last character, for a mark of two
 * apostrophes), or {@code -1} when the span was never closed in its passage
 * @param parent the index of the enclosing span in the passage's span list, or {@code -1}
 * for a top-level span
 * @param reopened whether the span ended because a new quotation opened in the same line
 * (a quotation continued into a new print paragraph)
 */
record QuoteSpan(int open, int start, int end, int close, int parent, boolean reopened) {

	/** Whether the span lies inside another span. */
	boolean isNested() {
		return this.parent >= 0;
	}

	/** Whether the span has a closing mark. */
	boolean isClosed() {
		return this.close >= 0;
	}

	/** The offset just past the span's closing mark, or its end when unclosed. */
	int outerEnd() {
		return isClosed() ? this.close + 1 : this.end;
	}

	/** The quoted text in the given passage text. */
	String text(String passageText) {
		return passageText.substring(this.start, this.end);
	}

}

package dev.articlequotes.extraction;

/**
 * A word, a punctuation mark or a whole quotation in a passage, with its sentence.
 *
 * @param text the token's text (for a quotation, its quoted text)
 * @param start the offset of its first character in the passage
 * @param end the offset just past its last character
 * @param type what the token is
 * @param span for a quotation, the index of its span in the passage, otherwise -1
 * @param sentence the index of the sentence the token belongs to
 */
record Token(String text, int start, int end, Type type, int span, int sentence) {

	/** What a token is. */
	enum Type {

		/** A word, possibly with inner apostrophes, hyphens or dots. */
		WORD,

		/** A punctuation mark. */
		PUNCTUATION,

		/** A whole quotation standing in the sentence. */
		QUOTE

	}

	boolean isWord() {
		return this.type == Type.WORD;
	}

	boolean isQuote() {
		return this.type == Type.QUOTE;
	}

	/** Whether the token is the given punctuation mark. */
	boolean is(String punctuation) {
		return this.type == Type.PUNCTUATION && this.text.equals(punctuation);
	}

	/** The word in lower case without a possessive ending. */
	String bare() {
		return SourceWords.withoutPossessive(this.text).toLowerCase(java.util.Locale.ROOT);
	}

	/** Whether the word starts with a capital letter. */
	boolean isCapitalised() {
		return isWord() && Character.isUpperCase(this.text.charAt(0));
	}

	/** Whether the word has letters, all of them capitals ("BBC", "LONDON"). */
	boolean isAllCaps() {
		return isWord() && this.text.chars().anyMatch(Character::isLetter)
				&& this.text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
	}

	/** Whether the word ends in a possessive {@code 's}. */
	boolean isPossessive() {
		return isWord() && !SourceWords.withoutPossessive(this.text).equals(this.text);
	}

}

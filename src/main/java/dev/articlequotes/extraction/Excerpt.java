package dev.articlequotes.extraction;

import java.util.Objects;

/**
 * Words of an article and where they stand: a quotation's cue ("said") or the mention of
 * its source ("Andrew Hogg").
 *
 * @param text the words as the article gives them between the offsets
 * @param section where they stand
 * @param block the index of their block when they stand in the body, otherwise
 * {@code null}
 * @param start the offset of the first character in the block (or title or dek)
 * @param end the offset just past the last character
 */
public record Excerpt(String text, Section section, Integer block, int start, int end) {

	public Excerpt {
		Objects.requireNonNull(text, "'text' must not be null");
		Objects.requireNonNull(section, "'section' must not be null");
		if ((section == Section.BODY) != (block != null)) {
			throw new IllegalArgumentException("'block' is given exactly for words in the body");
		}
		if (start < 0 || end - start != text.length()) {
			throw new IllegalArgumentException("'start' and 'end' must enclose the text");
		}
	}

}

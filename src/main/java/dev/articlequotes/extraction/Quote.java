package dev.articlequotes.extraction;

import java.util.Objects;

/**
 * A quotation found in an article.
 *
 * @param id stable identifier derived from the quotation's position, such as
 * {@code q-3-120} for the quotation starting at offset 120 of block 3 ({@code q-title-5},
 * {@code q-dek-5} in the headline and dek)
 * @param text the quoted words without the quote marks
 * @param kind how the quotation stands in the text
 * @param speakerId the id of the speaker, or {@code null} when the text does not
 * determine one
 * @param section where the quotation stands
 * @param block the index of its block when it stands in the body, otherwise {@code null}
 * @param start the offset of the first quoted character in the block (or title or dek)
 * @param end the offset just past the last quoted character
 * @param parentId the id of the enclosing quotation when this one is nested, otherwise
 * {@code null}
 * @param attribution how the speaker was decided
 */
public record Quote(String id, String text, QuoteKind kind, String speakerId, Section section, Integer block, int start,
		int end, String parentId, Attribution attribution) {

	public Quote {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("'id' must not be blank");
		}
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("'text' must not be blank");
		}
		Objects.requireNonNull(kind, "'kind' must not be null");
		Objects.requireNonNull(section, "'section' must not be null");
		if ((section == Section.BODY) != (block != null)) {
			throw new IllegalArgumentException("'block' is given exactly for quotations in the body");
		}
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("'start' and 'end' must make a valid range");
		}
		if ((kind == QuoteKind.NESTED) != (parentId != null)) {
			throw new IllegalArgumentException("'parentId' is given exactly for nested quotations");
		}
		Objects.requireNonNull(attribution, "'attribution' must not be null");
	}

	/**
	 * The words of the reporting clause that report speech, such as "asks" in "she asks",
	 * or {@code null}.
	 */
	public String cue() {
		return (this.attribution.cue() != null) ? this.attribution.cue().text() : null;
	}

	/**
	 * The id of the quotation that starts at this offset of this passage:
	 * {@code q-3-120}, {@code q-title-5}, {@code q-dek-5}.
	 * @param section where the quotation stands
	 * @param block the index of its block in the body, otherwise {@code null}
	 * @param start the offset of its first quoted character
	 * @return the id
	 */
	public static String id(Section section, Integer block, int start) {
		return switch (section) {
			case TITLE -> "q-title-" + start;
			case DEK -> "q-dek-" + start;
			case BODY -> "q-" + block + "-" + start;
		};
	}

}

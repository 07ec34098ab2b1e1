package dev.articlequotes.extraction;

import java.util.Objects;

/**
 * How a quotation's speaker was decided, so that a reader can check it.
 *
 * @param rule the name of the rule that decided, such as {@code reporting-clause-after}
 * @param cue the reporting clause or other words that decided, such as "she asks", or
 * {@code null} when the rule needs none (continuation, dialogue)
 * @param cueSection where the cue stands, or {@code null} when there is no cue
 * @param cueBlock the index of the block the cue stands in, or {@code null} when it is
 * not in the body
 * @param cueStart the offset of the cue's first character in its block (or title or dek)
 * @param cueEnd the offset just past the cue's last character
 */
public record Attribution(String rule, String cue, Section cueSection, Integer cueBlock, Integer cueStart,
		Integer cueEnd) {

	/** The rule name of a quotation whose speaker no rule determined. */
	public static final String UNATTRIBUTED = "unattributed";

	public Attribution {
		Objects.requireNonNull(rule, "'rule' must not be null");
		if (cue != null && (cueSection == null || cueStart == null || cueEnd == null || cueStart > cueEnd)) {
			throw new IllegalArgumentException("a cue needs its section and a valid range");
		}
	}

	/** Evidence decided by a rule without a cue in the text. */
	public static Attribution withoutCue(String rule) {
		return new Attribution(rule, null, null, null, null, null);
	}

}

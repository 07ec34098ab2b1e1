package dev.articlequotes.extraction;

import java.util.Objects;

/**
 * How a quotation's speaker was decided, so that a reader can check it.
 *
 * @param rule the name of the rule that decided, such as {@code reporting-clause-after}
 * @param cue the words of the reporting clause that report speech, such as "asks" in "she
 * asks" or "according to", or {@code null} when the rule needs none (continuation,
 * dialogue)
 * @param source the words that name or point at the speaker, such as "she" in "she asks"
 * or "Andrew Hogg" in "said Andrew Hogg, of the Medical Foundation"; for a quotation
 * attributed by its context, the mention its speaker was last named or pointed at by;
 * {@code null} when the quotation has no speaker
 */
public record Attribution(String rule, Excerpt cue, Excerpt source) {

	/** The rule name of a quotation whose speaker no rule determined. */
	public static final String UNATTRIBUTED = "unattributed";

	public Attribution {
		Objects.requireNonNull(rule, "'rule' must not be null");
	}

	/** Evidence decided by a rule without words in the text. */
	public static Attribution withoutCue(String rule) {
		return new Attribution(rule, null, null);
	}

}

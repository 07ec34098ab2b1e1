package dev.articlequotes.extraction;

/**
 * The words that attribute a quotation, found by one of the reporting-clause rules.
 *
 * @param rule the rule that found it, such as {@code reporting-clause-after}
 * @param from the index of the cue's first token
 * @param to the index of the cue's last token
 * @param subject the index of the mention that speaks, or -1 when none
 * @param hypothetical whether the words are only imagined ("they might think")
 */
record Cue(String rule, int from, int to, int subject, boolean hypothetical) {

	/** Whether the cue names who speaks. */
	boolean hasSubject() {
		return this.subject >= 0;
	}

}

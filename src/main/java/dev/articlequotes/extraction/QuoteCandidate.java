package dev.articlequotes.extraction;

/**
 * A quotation while the pipeline works on it: where it stands, its kind, and the speaker
 * and evidence decided so far. Mutable, and local to one extraction.
 */
final class QuoteCandidate {

	final Reading reading;

	final int span;

	final int token;

	QuoteKind kind;

	final QuoteCandidate parent;

	private Entity speaker;

	String rule = Attribution.UNATTRIBUTED;

	Cue cue;

	/** The reading whose tokens the cue's token indices refer to. */
	Reading cueReading;

	QuoteCandidate(Reading reading, int span, int token, QuoteKind kind, QuoteCandidate parent) {
		this.reading = reading;
		this.span = span;
		this.token = token;
		this.kind = kind;
		this.parent = parent;
	}

	/**
	 * The speaker decided so far, as the entity it has since been merged into ("the
	 * leader" later named), or {@code null}.
	 */
	Entity speaker() {
		return (this.speaker != null) ? this.speaker.resolved() : null;
	}

	QuoteSpan quoteSpan() {
		return this.reading.spans().get(this.span);
	}

	Passage passage() {
		return this.reading.passage();
	}

	String text() {
		return quoteSpan().text(passage().text());
	}

	/** Decides the speaker with the given rule and cue. */
	void attribute(Entity speaker, String rule, Cue cue, Reading cueReading) {
		this.speaker = speaker;
		this.rule = rule;
		this.cue = cue;
		this.cueReading = cueReading;
	}

	boolean isDecided() {
		return this.speaker != null || !Attribution.UNATTRIBUTED.equals(this.rule);
	}

	/** The evidence for the decision, with the cue's offsets in the passage. */
	Attribution attribution() {
		if (this.cue == null) {
			return Attribution.withoutCue(this.rule);
		}
		Token from = this.cueReading.tokens().get(this.cue.from());
		Token to = this.cueReading.tokens().get(Math.max(this.cue.from(), this.cue.to()));
		Passage passage = passage();
		return new Attribution(this.rule, passage.text().substring(from.start(), to.end()), passage.section(),
				passage.block(), from.start(), to.end());
	}

}

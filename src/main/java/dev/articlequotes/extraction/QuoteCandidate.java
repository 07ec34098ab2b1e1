package dev.articlequotes.extraction;

import java.util.List;

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

	/**
	 * The mention the speaker was decided by, or {@code null} when there is no speaker.
	 */
	Excerpt source;

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

	/**
	 * Decides the speaker with the given rule and cue, the cue's subject being the
	 * mention it is decided by.
	 */
	void attribute(Entity speaker, String rule, Cue cue, Reading cueReading) {
		this.speaker = speaker;
		this.rule = rule;
		this.cue = cue;
		this.cueReading = cueReading;
		this.source = (speaker != null && cue != null && cue.hasSubject())
				? cueReading.excerpt(cueReading.mentions().get(cue.subject())) : null;
	}

	/**
	 * Decides the speaker with a rule that needs no cue, pointed at by a mention found
	 * elsewhere (where the speaker was last named, or the source of a quotation this one
	 * continues or echoes).
	 */
	void attribute(Entity speaker, String rule, Excerpt source) {
		this.speaker = speaker;
		this.rule = rule;
		this.cue = null;
		this.cueReading = null;
		this.source = (speaker != null) ? source : null;
	}

	boolean isDecided() {
		return this.speaker != null || !Attribution.UNATTRIBUTED.equals(this.rule);
	}

	/** The evidence for the decision: the cue's words and the source's mention. */
	Attribution attribution() {
		int[] words = (this.cue != null) ? cueWords(this.cueReading, this.cue) : null;
		Excerpt cueWords = (words != null) ? this.cueReading.excerpt(words[0], words[1]) : null;
		return new Attribution(this.rule, cueWords, this.source);
	}

	/**
	 * The first and last token of the words of a reporting clause that report speech,
	 * apart from its subject: "according to", the speech verb with a modal before it or a
	 * particle after it ("might think", "pointed out"), or else the clause's words beside
	 * its subject ("frowns" in "she frowns"); {@code null} when there are none.
	 */
	private static int[] cueWords(Reading reading, Cue cue) {
		List<Token> tokens = reading.tokens();
		int from = cue.from();
		int to = Math.max(cue.from(), cue.to());
		Mention subject = cue.hasSubject() ? reading.mentions().get(cue.subject()) : null;
		for (int t = from; t < to; t++) {
			if (tokens.get(t).text().equalsIgnoreCase("according") && tokens.get(t + 1).text().equals("to")) {
				return new int[] { t, t + 1 };
			}
		}
		for (int t = to; t >= from; t--) {
			boolean inSubject = subject != null && subject.first() <= t && t <= subject.last();
			if (!inSubject && ReportingClauses.isCueVerb(reading, t)) {
				int first = (t > from && tokens.get(t - 1).isWord() && CueVerbs.isModal(tokens.get(t - 1).text()))
						? t - 1 : t;
				int last = (t < to && CueVerbs.particle(CueVerbs.lemma(tokens.get(t).text())) != null) ? t + 1 : t;
				return new int[] { first, last };
			}
		}
		int first = from;
		int last = to;
		if (subject != null && subject.last() < to) {
			first = subject.last() + 1;
		}
		else if (subject != null) {
			last = subject.first() - 1;
		}
		while (first <= last && !tokens.get(first).isWord()) {
			first++;
		}
		while (last >= first && !tokens.get(last).isWord()) {
			last--;
		}
		return (first <= last) ? new int[] { first, last } : null;
	}

}

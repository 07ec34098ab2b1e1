package dev.articlequotes.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the speaker of quotations without a reporting clause from their context, in
 * reading order: a quotation continued from or into an attributed one, a turn of a
 * two-party dialogue, the last speaker of the paragraph or of the one before, and for a
 * fragment the subject of its sentence. A vocative names the addressee, never the
 * speaker. When nothing decides, the quotation keeps no speaker.
 */
final class ContextAttribution {

	static final String CONTINUATION = "continuation";

	static final String DIALOGUE = "dialogue-alternation";

	static final String SENTENCE_SUBJECT = "sentence-subject";

	static final String HYPOTHETICAL = "hypothetical";

	private static final Pattern VOCATIVE = Pattern.compile("^(\\p{Lu}\\p{L}+),\\s|,\\s(\\p{Lu}\\p{L}+)[.!?]*$");

	private final Discourse discourse;

	private final MentionPlaces places;

	private final List<Turn> turns = new ArrayList<>();

	ContextAttribution(Discourse discourse, MentionPlaces places) {
		this.discourse = discourse;
		this.places = places;
	}

	/** Decides the undecided top-level quotations, given in reading order. */
	void attribute(List<QuoteCandidate> quotes) {
		for (int i = 0; i < quotes.size(); i++) {
			QuoteCandidate quote = quotes.get(i);
			if (!quote.isDecided()) {
				decide(quotes, i);
			}
			int passage = quote.passage().ordinal();
			if (quote.speaker() != null) {
				this.discourse.recordSpeech(quote.speaker(), passage, quote.quoteSpan().start());
			}
			boolean lastOfPassage = i + 1 == quotes.size() || quotes.get(i + 1).passage().ordinal() != passage;
			if (lastOfPassage && quote.passage().isBody()) {
				this.turns.add(new Turn(passage, quote.speaker()));
			}
		}
	}

	private void decide(List<QuoteCandidate> quotes, int i) {
		QuoteCandidate quote = quotes.get(i);
		QuoteCandidate next = (i + 1 < quotes.size()) ? quotes.get(i + 1) : null;
		if (next != null && continuesInto(quote, next) && next.cue != null && next.speaker() != null) {
			quote.attribute(next.speaker(), CONTINUATION, next.source);
			return;
		}
		int passage = quote.passage().ordinal();
		String rule = CONTINUATION;
		Entity speaker = null;
		boolean opensPassage = opensPassage(quote);
		Entity alternate = opensPassage && !quote.reading.hasNarrative() ? alternatingTurn(passage) : null;
		if (alternate != null) {
			speaker = alternate;
			rule = DIALOGUE;
		}
		else {
			speaker = this.discourse.lastSpeaker(passage, quote.quoteSpan().open());
			if (speaker == null && opensPassage) {
				speaker = this.discourse.lastSpeaker(passage - 1);
			}
		}
		Entity addressee = addressee(quote.text());
		if (speaker != null && speaker == addressee) {
			speaker = otherParty(addressee);
			rule = DIALOGUE;
		}
		if (speaker != null) {
			quote.attribute(speaker, rule, this.places.lastBefore(speaker, passage, quote.quoteSpan().open()));
			return;
		}
		if (quote.kind == QuoteKind.PARTIAL) {
			int subject = ReportingClauses.sentenceSubject(quote.reading, quote.token);
			Entity entity = (subject >= 0) ? entityOf(quote.reading, subject) : null;
			if (entity != null) {
				Mention mention = quote.reading.mentions().get(subject);
				quote.attribute(entity, SENTENCE_SUBJECT,
						new Cue(SENTENCE_SUBJECT, mention.first(), mention.last(), subject, false), quote.reading);
			}
		}
	}

	/**
	 * Whether a quotation runs on into the next one: reopened in its line, or unclosed.
	 */
	private static boolean continuesInto(QuoteCandidate quote, QuoteCandidate next) {
		QuoteSpan span = quote.quoteSpan();
		if (span.reopened()) {
			return next.passage() == quote.passage();
		}
		return !span.isClosed() && next.passage().ordinal() == quote.passage().ordinal() + 1 && opensPassage(next);
	}

	/** Whether nothing but punctuation stands before the quotation in its passage. */
	private static boolean opensPassage(QuoteCandidate quote) {
		return !quote.reading.hasWordBefore(quote.token);
	}

	/**
	 * In a dialogue X, Y, X over the last three paragraphs, the speaker of this turn: Y.
	 */
	private Entity alternatingTurn(int passage) {
		int n = this.turns.size();
		if (n < 3) {
			return null;
		}
		Turn last = this.turns.get(n - 1);
		Turn middle = this.turns.get(n - 2);
		Turn first = this.turns.get(n - 3);
		boolean consecutive = last.passage() == passage - 1 && middle.passage() == passage - 2
				&& first.passage() == passage - 3;
		if (consecutive && last.speaker() != null && middle.speaker() != null && last.speaker() == first.speaker()
				&& last.speaker() != middle.speaker()) {
			return middle.speaker();
		}
		return null;
	}

	/**
	 * The entity a vocative at the start or end of the quotation addresses, or
	 * {@code null}.
	 */
	private Entity addressee(String text) {
		Matcher matcher = VOCATIVE.matcher(text.trim());
		while (matcher.find()) {
			String word = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
			Entity entity = this.discourse.addressee(word);
			if (entity != null) {
				return entity;
			}
		}
		return null;
	}

	/**
	 * The other party of the latest two-party exchange with the addressee, or
	 * {@code null}.
	 */
	private Entity otherParty(Entity addressee) {
		for (int t = this.turns.size() - 1; t >= 0; t--) {
			Entity speaker = this.turns.get(t).speaker();
			if (speaker != null && speaker != addressee) {
				return speaker;
			}
		}
		return null;
	}

	private Entity entityOf(Reading reading, int mention) {
		return this.discourse.entityOf(reading.mentions().get(mention));
	}

	/** The speaker of the last quotation of a paragraph. */
	private record Turn(int passage, Entity speaker) {
	}

}

package dev.articlequotes.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.articlequotes.extraction.Mention.Form;

/**
 * Finds the quotations nested in a quotation and their speakers: the subject of the
 * clause inside the outer quotation ("they said: ‘…’" → they; "I said to her, ‘…’" → the
 * outer speaker), the outer speaker for remembered own words ("my first reaction was,
 * ‘…’"), and no speaker for imagined words ("they might think, ‘…’") or sayings.
 */
final class NestedAttribution {

	static final String INNER_CLAUSE = "nested-inner-clause";

	static final String OWN_WORDS = "nested-own-words";

	private final Discourse discourse;

	private final MentionScanner scanner;

	private final List<Entity> namedInQuotations = new ArrayList<>();

	private int passage = -1;

	NestedAttribution(Discourse discourse, MentionScanner scanner) {
		this.discourse = discourse;
		this.scanner = scanner.withObjects();
	}

	/** The nested quotations of an attributed top-level quotation, in order. */
	List<QuoteCandidate> find(QuoteCandidate outer) {
		if (outer.passage().ordinal() != this.passage) {
			this.passage = outer.passage().ordinal();
			this.namedInQuotations.clear();
		}
		QuoteSpan span = outer.quoteSpan();
		Reading inner = Reading.of(outer.passage(), outer.reading.spans(), span.start(), span.end(), outer.span,
				this.scanner);
		List<QuoteCandidate> nested = new ArrayList<>();
		for (int q = 0; q < inner.tokens().size(); q++) {
			if (inner.tokens().get(q).isQuote() && NonQuotes.isNestedQuotation(inner, q)) {
				QuoteCandidate quote = new QuoteCandidate(inner, inner.tokens().get(q).span(), q, QuoteKind.NESTED,
						outer);
				attribute(quote, inner, outer);
				nested.add(quote);
			}
		}
		for (Mention mention : inner.mentions()) {
			if (mention.form() == Form.NAME) {
				Entity entity = this.discourse.resolveQuoted(mention, this.passage, span.start());
				if (entity != null) {
					this.namedInQuotations.add(entity);
				}
			}
		}
		return nested;
	}

	private void attribute(QuoteCandidate quote, Reading inner, QuoteCandidate outer) {
		Cue cue = ReportingClauses.after(inner, quote.token);
		if (cue == null) {
			cue = ReportingClauses.before(inner, quote.token);
		}
		boolean ownThought = cue != null && cue.hasSubject() && inner.mentions().get(cue.subject()).isFirstPerson();
		if (cue != null && cue.hypothetical() && !ownThought) {
			quote.attribute(null, ContextAttribution.HYPOTHETICAL, cue, inner);
			return;
		}
		if (cue != null && cue.hasSubject()) {
			Entity speaker = speaker(inner, inner.mentions().get(cue.subject()), outer);
			if (speaker != null) {
				quote.attribute(speaker, INNER_CLAUSE, cue, inner);
			}
			return;
		}
		if (outer.speaker() != null && firstPersonBefore(inner, quote.token)) {
			quote.attribute(outer.speaker(), OWN_WORDS, outer.source);
		}
	}

	/** Who a subject inside the outer quotation is: "I" is the outer speaker. */
	private Entity speaker(Reading inner, Mention mention, QuoteCandidate outer) {
		if (mention.isFirstPerson()) {
			return outer.speaker();
		}
		if (mention.form() != Form.PRONOUN) {
			return this.discourse.resolveQuoted(mention, this.passage, outer.quoteSpan().start());
		}
		if (mention.isPronoun("they")) {
			return this.discourse.unidentifiedGroup();
		}
		Set<Entity> excluded = (outer.speaker() != null) ? Set.of(outer.speaker()) : Set.of();
		for (int i = this.namedInQuotations.size() - 1; i >= 0; i--) {
			Entity entity = this.namedInQuotations.get(i);
			if (!excluded.contains(entity) && entity.fits(mention.gender(), false) && !entity.organisation()) {
				return entity;
			}
		}
		int offset = outer.quoteSpan().open();
		Entity entity = this.discourse.pronounInQuotation(mention, this.passage, offset, excluded);
		return (entity != null) ? entity : this.discourse.pronoun(mention, this.passage, offset, excluded);
	}

	/** Whether "I", "my" or "we" stands in the clause before the nested quotation. */
	private static boolean firstPersonBefore(Reading inner, int q) {
		for (int t = q - 1; t >= 0 && inner.sameSentence(t, q); t--) {
			Token token = inner.tokens().get(t);
			if (token.isWord() && CueVerbs.isModal(token.text())) {
				return false;
			}
			if (token.isWord() && SourceWords.FIRST_PERSON.contains(token.text().toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

}

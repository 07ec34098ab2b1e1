package dev.articlequotes.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.articlequotes.extraction.Mention.Form;

/**
 * Reads one passage: keeps its top-level quotations that are quotations, links its
 * mentions to entities in order (noting who speaks and who only relays), and gives each
 * quotation with a reporting clause the speaker that clause names.
 */
final class CueAttribution {

	private static final int RELAY_DISTANCE = 7;

	private final Discourse discourse;

	private final MentionPlaces places;

	CueAttribution(Discourse discourse, MentionPlaces places) {
		this.discourse = discourse;
		this.places = places;
	}

	/** The quotations of the passage, those with a reporting clause attributed. */
	List<QuoteCandidate> read(Reading reading) {
		List<QuoteCandidate> quotes = new ArrayList<>();
		for (int q = 0; q < reading.tokens().size(); q++) {
			if (reading.tokens().get(q).isQuote() && NonQuotes.isQuotation(reading, q)) {
				quotes.add(new QuoteCandidate(reading, reading.tokens().get(q).span(), q, QuoteKinds.of(reading, q),
						null));
			}
		}
		keepCoordinatedFragments(reading, quotes);
		Entity[] entities = linkMentions(reading);
		for (QuoteCandidate quote : quotes) {
			Cue cue = cueOf(reading, quote.token);
			if (cue != null && (cue.hasSubject() || cue.hypothetical())) {
				Entity speaker = cue.hypothetical() ? null : entities[cue.subject()];
				if (speaker == null && !cue.hypothetical() && cue.hasSubject()
						&& reading.mentions().get(cue.subject()).isPronoun("i")) {
					// "I" outside quotations is the writer of the piece: "“…?” I ask her"
					speaker = this.discourse.writer();
				}
				quote.attribute(speaker, cue.hypothetical() ? ContextAttribution.HYPOTHETICAL : cue.rule(), cue,
						reading);
				int nearer = (speaker != null) ? nearerPronoun(reading, cue, entities) : -1;
				if (nearer >= 0) {
					quote.source = reading.excerpt(reading.mentions().get(nearer));
				}
				if (quote.source != null) {
					this.places.record(speaker, reading.passage().ordinal(), quote.source);
				}
			}
		}
		return quotes;
	}

	/**
	 * The last pronoun in the reporting clause between its subject and the end of the
	 * clause that refers to the subject's entity ("He pledged … and he, once again,
	 * pledged"), or -1: the speaker's mention nearest the speech verb, which the source
	 * shows rather than the sentence's first mention.
	 */
	private static int nearerPronoun(Reading reading, Cue cue, Entity[] entities) {
		Entity subject = entities[cue.subject()];
		if (subject == null) {
			return -1;
		}
		List<Mention> mentions = reading.mentions();
		int nearer = -1;
		for (int m = cue.subject() + 1; m < mentions.size() && mentions.get(m).last() <= cue.to(); m++) {
			if (mentions.get(m).form() == Form.PRONOUN && entities[m] != null
					&& entities[m].resolved() == subject.resolved()) {
				nearer = m;
			}
		}
		return nearer;
	}

	/**
	 * The reporting clause of a quotation: after it, before it, then elsewhere in its
	 * sentence.
	 */
	static Cue cueOf(Reading reading, int q) {
		Cue cue = ReportingClauses.after(reading, q);
		if (cue == null) {
			cue = ReportingClauses.before(reading, q);
		}
		if (cue == null) {
			cue = ReportingClauses.laterInSentence(reading, q);
		}
		else if (cue.hasSubject()) {
			Cue outer = ReportingClauses.outerSource(reading, q, cue);
			cue = (outer != null) ? outer : cue;
		}
		return cue;
	}

	/**
	 * Keeps a short fragment joined by "and" or "or" to a kept quotation ("“x” and “y”").
	 */
	private static void keepCoordinatedFragments(Reading reading, List<QuoteCandidate> quotes) {
		List<Token> tokens = reading.tokens();
		Set<Integer> kept = new HashSet<>();
		quotes.forEach((quote) -> kept.add(quote.token));
		for (int q = 0; q < tokens.size(); q++) {
			if (!tokens.get(q).isQuote() || kept.contains(q)) {
				continue;
			}
			boolean joinedBefore = q >= 2 && isConjunction(tokens.get(q - 1)) && kept.contains(q - 2);
			boolean joinedAfter = q + 2 < tokens.size() && isConjunction(tokens.get(q + 1)) && kept.contains(q + 2);
			if ((joinedBefore || joinedAfter) && !NonQuotes.isNamed(reading, q)) {
				kept.add(q);
				quotes.add(new QuoteCandidate(reading, tokens.get(q).span(), q, QuoteKinds.of(reading, q), null));
			}
		}
		quotes.sort(java.util.Comparator.comparingInt((QuoteCandidate quote) -> quote.token));
	}

	private static boolean isConjunction(Token token) {
		return token.isWord() && (token.text().equals("and") || token.text().equals("or"));
	}

	/** Links every mention of the passage to an entity, in reading order. */
	private Entity[] linkMentions(Reading reading) {
		List<Mention> mentions = reading.mentions();
		Set<Integer> speaking = speakingMentions(reading);
		Entity[] entities = new Entity[mentions.size()];
		boolean[] relayers = new boolean[mentions.size()];
		int passage = reading.passage().ordinal();
		for (int m = 0; m < mentions.size(); m++) {
			Mention mention = mentions.get(m);
			int offset = reading.start(mention);
			int anchor = appositiveAnchor(reading, m);
			if (anchor >= 0 && entities[anchor] != null) {
				entities[m] = entities[anchor];
				this.discourse.linkAppositive(mention, entities[anchor], passage, offset, speaking.contains(m));
			}
			else if (mention.form() == Form.PRONOUN) {
				int previous = previousSentenceSubject(reading, mention);
				Entity previousSubject = (previous >= 0 && !relayers[previous]) ? entities[previous] : null;
				entities[m] = this.discourse.linkPronoun(mention, previousSubject, passage, offset,
						speaking.contains(m));
			}
			else {
				relayers[m] = relaysWords(reading, m);
				entities[m] = this.discourse.link(mention, passage, offset, speaking.contains(m), relayers[m]);
				if (namesThePreviousDescription(reading, m) && entities[m - 1] != null && entities[m] != null) {
					this.discourse.nameDescription(entities[m - 1], entities[m]);
				}
			}
			if (entities[m] != null) {
				this.places.record(entities[m], passage, reading.excerpt(mention));
			}
		}
		return entities;
	}

	/**
	 * Whether the mention is a name set off by a comma right after a description ("Its
	 * chief executive, Ana Lima, said").
	 */
	private static boolean namesThePreviousDescription(Reading reading, int m) {
		if (m == 0) {
			return false;
		}
		Mention mention = reading.mentions().get(m);
		Mention previous = reading.mentions().get(m - 1);
		List<Token> tokens = reading.tokens();
		return mention.form() == Form.NAME && previous.form() == Form.DESCRIPTION && !previous.possessive()
				&& previous.last() + 2 == mention.first() && tokens.get(previous.last() + 1).is(",")
				&& mention.last() + 1 < tokens.size() && tokens.get(mention.last() + 1).is(",");
	}

	/** The subject of the sentence before the mention's, in the same passage, or -1. */
	private static int previousSentenceSubject(Reading reading, Mention mention) {
		int sentence = reading.tokens().get(mention.first()).sentence();
		for (int t = mention.first() - 1; t >= 0; t--) {
			if (reading.tokens().get(t).sentence() < sentence) {
				return (reading.tokens().get(t).sentence() == sentence - 1)
						? ReportingClauses.sentenceSubject(reading, t) : -1;
			}
		}
		return -1;
	}

	/**
	 * The mentions that are subjects of a speech verb or of a clause introducing a
	 * quotation.
	 */
	private static Set<Integer> speakingMentions(Reading reading) {
		Set<Integer> speaking = new HashSet<>();
		List<Token> tokens = reading.tokens();
		for (int t = 0; t < tokens.size(); t++) {
			if (ReportingClauses.isCueVerb(reading, t)) {
				int subject = ReportingClauses.subjectOf(reading, t);
				if (subject >= 0) {
					speaking.add(subject);
				}
			}
			else if (tokens.get(t).isQuote() && t > 0 && tokens.get(t - 1).is(":")) {
				int subject = ReportingClauses.sentenceSubject(reading, t - 1);
				if (subject >= 0) {
					speaking.add(subject);
				}
			}
		}
		return speaking;
	}

	/** Whether a verb of reading out or translating follows the mention closely. */
	private static boolean relaysWords(Reading reading, int m) {
		Mention mention = reading.mentions().get(m);
		List<Token> tokens = reading.tokens();
		int next = (m + 1 < reading.mentions().size()) ? reading.mentions().get(m + 1).first() : tokens.size();
		for (int t = mention.last() + 1; t < Math.min(next, mention.last() + RELAY_DISTANCE); t++) {
			if (!reading.sameSentence(t, mention.last()) || ReportingClauses.isCueVerb(reading, t)) {
				return false;
			}
			if (tokens.get(t).isWord()
					&& SourceWords.RELAY_VERBS.contains(tokens.get(t).text().toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The mention that an appositive ("X, a spokesman,", "X - aka Y") describes, or -1.
	 */
	private static int appositiveAnchor(Reading reading, int m) {
		if (m == 0) {
			return -1;
		}
		Mention mention = reading.mentions().get(m);
		Mention previous = reading.mentions().get(m - 1);
		if (previous.form() != Form.NAME || previous.possessive() || mention.form() == Form.PRONOUN
				|| previous.last() + 1 >= mention.first()) {
			return -1;
		}
		boolean comma = false;
		boolean alias = false;
		for (int t = previous.last() + 1; t < mention.first(); t++) {
			String word = reading.tokens().get(t).text().toLowerCase(Locale.ROOT);
			if (!SourceWords.APPOSITIVE_LINKS.contains(word)) {
				return -1;
			}
			comma |= word.equals(",");
			alias |= SourceWords.ALIAS_WORDS.contains(word);
		}
		return (alias || comma && mention.form() == Form.DESCRIPTION) ? m - 1 : -1;
	}

}

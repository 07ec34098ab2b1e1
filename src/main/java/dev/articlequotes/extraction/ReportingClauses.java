package dev.articlequotes.extraction;

import java.util.List;
import java.util.Locale;

import dev.articlequotes.extraction.Mention.Form;

/**
 * Finds the reporting clause of a quotation and the mention that is its subject:
 * {@code “…,” she asks}, {@code “…,” said X}, {@code X, a spokesman, said: “…”},
 * {@code “…,” according to X}, a colon after a clause without a speech verb, and a cue
 * verb elsewhere in the quotation's sentence.
 */
final class ReportingClauses {

	static final String AFTER = "reporting-clause-after";

	static final String BEFORE = "reporting-clause-before";

	static final String PRONOUN_CUE = "pronoun-cue";

	static final String ACCORDING_TO = "according-to";

	static final String COLON = "colon-introduction";

	static final String SAME_SENTENCE = "same-sentence-cue";

	private static final int CLAUSE_WORDS = 9;

	/**
	 * Lower-case words that may follow the verb of a reporting sentence ("on Friday").
	 */
	private static final java.util.Set<String> CIRCUMSTANCE = java.util.Set.of("on", "in", "at", "during", "as",
			"while", "when", "after", "before", "later", "earlier", "then", "yesterday", "today", "last", "this", "via",
			"through", "from", "to", "afterward", "afterwards", "recently", "again");

	/**
	 * Lower-case words an inverted verb may stand before a role and name ("said election
	 * lawyer X").
	 */
	private static final int INVERTED_MODIFIERS = 2;

	private ReportingClauses() {
	}

	/**
	 * The reporting clause right after the quotation token {@code q}, or {@code null}.
	 */
	static Cue after(Reading reading, int q) {
		List<Token> tokens = reading.tokens();
		int k = q + 1;
		if (k < tokens.size() && tokens.get(k).is(",")) {
			k++;
		}
		if (k >= tokens.size() || !tokens.get(k).isWord()) {
			return null;
		}
		if (!reading.sameSentence(q, k)) {
			return reportingSentence(reading, k);
		}
		if (isAccordingTo(tokens, k)) {
			return accordingTo(reading, k, k + 2);
		}
		for (int v = k; v < Math.min(tokens.size(), k + CLAUSE_WORDS) && reading.sameSentence(q, v); v++) {
			Token token = tokens.get(v);
			if (token.isQuote() || token.is(":") || token.is(";")) {
				break;
			}
			if (!isCueVerb(reading, v)) {
				continue;
			}
			if (v == k && CueVerbs.isParticiple(token.text())) {
				int subject = subjectOf(reading, v);
				return (subject >= 0) ? new Cue(AFTER, k, verbEnd(tokens, v), subject, false) : null;
			}
			if (v == k) {
				int subject = invertedSubject(reading, v);
				int end = (subject >= 0) ? reading.mentions().get(subject).last() : verbEnd(tokens, v);
				return (subject >= 0) ? new Cue(AFTER, k, end, subject, false) : null;
			}
			int subject = reading.mentionStartingAt(k);
			if (subject < 0 || reading.mentions().get(subject).last() >= v) {
				return null;
			}
			return new Cue(AFTER, k, verbEnd(tokens, v), subject, isModal(tokens, v - 1));
		}
		int subject = reading.mentionStartingAt(k);
		if (subject >= 0 && reading.mentions().get(subject).form() == Form.PRONOUN
				&& !reading.mentions().get(subject).isFirstPerson() && k + 1 < tokens.size()
				&& reading.sameSentence(k, k + 1) && tokens.get(k + 1).isWord()
				&& Character.isLowerCase(tokens.get(k + 1).text().charAt(0))) {
			return new Cue(PRONOUN_CUE, k, k + 1, subject, false);
		}
		return null;
	}

	/**
	 * A short sentence of its own that reports the quotation before it ({@code “…we
	 * will win.” Ana Ruiz said.}, {@code “…!” the mayor said on Friday.}): a subject
	 * opening the sentence, a speech verb, then the sentence's end or a time, place or
	 * circumstance; or {@code null}.
	 */
	private static Cue reportingSentence(Reading reading, int k) {
		List<Token> tokens = reading.tokens();
		int subject = reading.mentionStartingAt(k);
		if (subject < 0 || reading.mentions().get(subject).isFirstPerson()) {
			return null;
		}
		int v = reading.mentions().get(subject).last() + 1;
		if (v >= tokens.size() || !reading.sameSentence(k, v) || !isCueVerb(reading, v)) {
			return null;
		}
		int end = verbEnd(tokens, v);
		int next = end + 1;
		boolean ends = next >= tokens.size() || !reading.sameSentence(v, next) || tokens.get(next).is(".")
				|| tokens.get(next).is(",") || CIRCUMSTANCE.contains(tokens.get(next).text().toLowerCase(Locale.ROOT));
		return ends ? new Cue(AFTER, k, end, subject, false) : null;
	}

	/**
	 * The nearest cue before the quotation token {@code q} in its sentence ("X said:
	 * “…”", "X said the plan was “…”"), or a colon introduction, or {@code null}.
	 */
	static Cue before(Reading reading, int q) {
		List<Token> tokens = reading.tokens();
		for (int j = q - 1; j >= 0 && reading.sameSentence(j, q); j--) {
			if (tokens.get(j).is(";")) {
				break;
			}
			if (j > 0 && isAccordingTo(tokens, j - 1)) {
				Cue cue = accordingTo(reading, j - 1, j + 1);
				if (cue != null) {
					return cue;
				}
			}
			if (isCueVerb(reading, j)) {
				int subject = subjectOf(reading, j);
				int agent = passiveAgent(reading, j);
				if (subject < 0 && agent >= 0) {
					return new Cue(BEFORE, j, reading.mentions().get(agent).last(), agent, false);
				}
				if (subject < 0) {
					return isModal(tokens, j - 1) ? new Cue(BEFORE, j - 1, verbEnd(tokens, j), -1, true) : null;
				}
				Cue outer = reportingTheReport(reading, reading.mentions().get(subject).first(), q);
				if (outer != null) {
					return outer;
				}
				int from = Math.min(reading.mentions().get(subject).first(), j);
				return new Cue(BEFORE, from, verbEnd(tokens, j), subject, isModal(tokens, j - 1));
			}
		}
		if (q > 0 && tokens.get(q - 1).is(":")) {
			int subject = sentenceSubject(reading, q - 1);
			if (subject >= 0) {
				return new Cue(COLON, reading.mentions().get(subject).first(), q - 2, subject, false);
			}
		}
		return null;
	}

	/**
	 * The reporting clause whose content is another reporting clause ("Ana Ruiz says she
	 * believes …"): the outer one, which gives the words (the subject right after its
	 * verb, or after "that"); or {@code null}.
	 */
	private static Cue reportingTheReport(Reading reading, int innerSubject, int q) {
		List<Token> tokens = reading.tokens();
		int v = innerSubject - 1;
		if (v >= 0 && tokens.get(v).text().equals("that")) {
			v--;
		}
		if (v < 0 || !reading.sameSentence(v, q) || !isCueVerb(reading, v) || followsQuotation(tokens, v)) {
			return null;
		}
		int subject = subjectOf(reading, v);
		if (subject < 0 || reading.mentions().get(subject).first() >= v) {
			return null;
		}
		return new Cue(BEFORE, reading.mentions().get(subject).first(), verbEnd(tokens, v), subject,
				isModal(tokens, v - 1));
	}

	/**
	 * The agent of a passive speech verb ("have been told by the agency that …"), or -1.
	 */
	private static int passiveAgent(Reading reading, int v) {
		List<Token> tokens = reading.tokens();
		boolean passive = v > 0
				&& CueVerbs.PASSIVE_AUXILIARIES.contains(tokens.get(v - 1).text().toLowerCase(Locale.ROOT));
		if (!passive || v + 2 >= tokens.size() || !tokens.get(v + 1).text().equals("by")) {
			return -1;
		}
		int agent = reading.mentionStartingAt(v + 2);
		if (agent < 0 && tokens.get(v + 2).text().equalsIgnoreCase("the")) {
			agent = reading.mentionStartingAt(v + 3);
		}
		return (agent >= 0 && reading.mentions().get(agent).form() != Form.PRONOUN) ? agent : -1;
	}

	/**
	 * A cue after the quotation later in its sentence ("…, according to the charity"), or
	 * {@code null}.
	 */
	static Cue laterInSentence(Reading reading, int q) {
		List<Token> tokens = reading.tokens();
		for (int j = q + 1; j < tokens.size() && reading.sameSentence(j, q); j++) {
			if (isAccordingTo(tokens, j) && !tokens.get(j - 1).isQuote()) {
				return accordingTo(reading, j, j + 2);
			}
			if (isCueVerb(reading, j)) {
				int subject = subjectOf(reading, j);
				if (subject < 0) {
					return null;
				}
				int from = Math.min(reading.mentions().get(subject).first(), j);
				return new Cue(SAME_SENTENCE, from,
						Math.max(verbEnd(tokens, j), reading.mentions().get(subject).last()), subject,
						isModal(tokens, j - 1));
			}
		}
		return null;
	}

	/**
	 * The outlet or document that reports a quotation with its speaker, later in the
	 * sentence ({@code “…,” Ana Ruiz said, according to the Daily Star},
	 * {@code …, the Daily Star reported}, {@code …, reports the Star}): the annotators'
	 * source, as the words reach the reader through it. {@code null} when there is none.
	 */
	static Cue outerSource(Reading reading, int q, Cue cue) {
		List<Token> tokens = reading.tokens();
		for (int j = Math.max(q, cue.to()) + 1; j + 2 < tokens.size() && reading.sameSentence(j, q); j++) {
			if (tokens.get(j).isQuote()) {
				return null;
			}
			if (!tokens.get(j).is(",")) {
				continue;
			}
			if (isAccordingTo(tokens, j + 1)) {
				int outlet = mentionAfterArticle(reading, j + 3);
				if (outlet >= 0 && isOutlet(reading, outlet)) {
					return new Cue(ACCORDING_TO, j + 1, reading.mentions().get(outlet).last(), outlet, false);
				}
			}
			else if (isReportVerb(reading, j + 1)) {
				int outlet = mentionAfterArticle(reading, j + 2);
				if (outlet >= 0 && reading.mentions().get(outlet).form() != Form.PRONOUN) {
					return new Cue(AFTER, j + 1, reading.mentions().get(outlet).last(), outlet, false);
				}
			}
			else {
				int outlet = mentionAfterArticle(reading, j + 1);
				if (outlet >= 0 && isOutlet(reading, outlet)) {
					int v = reading.mentions().get(outlet).last() + 1;
					while (v < tokens.size() && (tokens.get(v).isWord() && tokens.get(v).text().endsWith("ly")
							|| tokens.get(v).text().equals("first"))) {
						v++;
					}
					if (v < tokens.size() && isReportVerb(reading, v)) {
						return new Cue(AFTER, j + 1, v, outlet, false);
					}
				}
			}
		}
		return null;
	}

	private static int mentionAfterArticle(Reading reading, int t) {
		int mention = reading.mentionStartingAt(t);
		if (mention < 0 && t < reading.tokens().size() && reading.tokens().get(t).text().equalsIgnoreCase("the")) {
			mention = reading.mentionStartingAt(t + 1);
		}
		return mention;
	}

	/**
	 * Whether a mention can be an outlet or a document: an organisation, a name after
	 * "the", a name not known to be a person, or a document or organisation noun.
	 */
	private static boolean isOutlet(Reading reading, int m) {
		Mention mention = reading.mentions().get(m);
		if (mention.form() == Form.PRONOUN) {
			return false;
		}
		if (mention.form() == Form.DESCRIPTION) {
			return mention.organisation();
		}
		int first = mention.first();
		boolean afterThe = first > 0 && reading.tokens().get(first - 1).text().equalsIgnoreCase("the");
		return mention.organisation() || !mention.person() || afterThe;
	}

	private static boolean isReportVerb(Reading reading, int t) {
		Token token = reading.tokens().get(t);
		return token.isWord() && !token.isCapitalised() && "report".equals(CueVerbs.lemma(token.text()))
				&& !CueVerbs.isParticiple(token.text());
	}

	/**
	 * Whether the sentence of the quotation token {@code q} reports speech with a
	 * subject: what tells a short quoted fragment ("a “fallow patch”") from a scare
	 * quote.
	 */
	static boolean reportsSpeech(Reading reading, int q) {
		if (after(reading, q) != null || laterInSentence(reading, q) != null) {
			return true;
		}
		List<Token> tokens = reading.tokens();
		for (int j = q - 1; j >= 0 && reading.sameSentence(j, q); j--) {
			if (isCueVerb(reading, j) && !followsQuotation(tokens, j) && CueVerbs.isInflected(tokens.get(j).text())) {
				return subjectOf(reading, j) >= 0 || passiveAgent(reading, j) >= 0;
			}
		}
		return q > 0 && tokens.get(q - 1).is(":");
	}

	/**
	 * The mention that is the subject of the cue verb at token {@code v}, or -1: the
	 * mention after an inverted verb ({@code “…,” said X}), the noun phrase before it, or
	 * the subject of its sentence.
	 */
	static int subjectOf(Reading reading, int v) {
		List<Token> tokens = reading.tokens();
		if (followsQuotation(tokens, v) && !CueVerbs.isParticiple(tokens.get(v).text())) {
			return invertedSubject(reading, v);
		}
		if (CueVerbs.isParticiple(tokens.get(v).text())) {
			int before = reading.mentionEndingAt(v - 1);
			if (before >= 0 && !tokens.get(v - 1).is(",") && reading.mentions().get(before).form() != Form.PRONOUN
					&& !Tokens.afterPreposition(tokens, reading.mentions().get(before).first())) {
				return before;
			}
			return sentenceSubject(reading, v);
		}
		int relative = relativeClauseAntecedent(reading, v);
		if (relative >= 0) {
			return relative;
		}
		int k = v - 1;
		boolean commaSeen = false;
		while (k >= 0 && reading.sameSentence(k, v)) {
			Token token = tokens.get(k);
			String lower = token.text().toLowerCase(Locale.ROOT);
			if (token.isWord() && CueVerbs.PASSIVE_AUXILIARIES.contains(lower)) {
				return -1;
			}
			if (token.isWord() && (CueVerbs.BETWEEN_SUBJECT_AND_VERB.contains(lower)
					|| lower.endsWith("ly") && !token.isCapitalised() && reading.mentionEndingAt(k) < 0)) {
				k--;
				continue;
			}
			if (token.is(",") && !commaSeen) {
				commaSeen = true;
				k--;
				continue;
			}
			if (token.is(")") && k > 0) {
				// "Ana Ruiz (D-Ohio) said": the parenthesis belongs to the name
				int open = k - 1;
				while (open > 0 && k - open < CLAUSE_WORDS && !tokens.get(open).is("(")) {
					open--;
				}
				if (tokens.get(open).is("(") && reading.sameSentence(open, v)) {
					k = open - 1;
					continue;
				}
			}
			int mention = reading.mentionEndingAt(k);
			if (mention >= 0 && !reading.mentions().get(mention).possessive()
					&& !Tokens.afterPreposition(tokens, reading.mentions().get(mention).first())) {
				return mention;
			}
			break;
		}
		return sentenceSubject(reading, v);
	}

	/**
	 * The first mention of the sentence before token {@code before} that can be its
	 * subject (not possessive, not after a preposition, not "I" or "we"), or -1.
	 */
	static int sentenceSubject(Reading reading, int before) {
		if (before < 0 || before >= reading.tokens().size()) {
			return -1;
		}
		List<Mention> mentions = reading.mentions();
		for (int m = reading.firstMentionFrom(reading.sentenceStart(before)); m < mentions.size(); m++) {
			Mention mention = mentions.get(m);
			if (mention.first() >= before) {
				break;
			}
			if (!reading.sameSentence(mention.first(), before) || mention.possessive() || mention.isFirstPerson()
					|| Tokens.afterPreposition(reading.tokens(), mention.first())) {
				continue;
			}
			return m;
		}
		return -1;
	}

	/**
	 * Whether the token is a cue verb used as a verb (not "the report", not "written").
	 */
	static boolean isCueVerb(Reading reading, int i) {
		Token token = reading.tokens().get(i);
		if (!token.isWord() || token.isCapitalised() || CueVerbs.isPassiveOnly(token.text())) {
			return false;
		}
		String lemma = CueVerbs.lemma(token.text());
		if (lemma == null) {
			return false;
		}
		if (i > 0 && reading.tokens().get(i - 1).isWord()
				&& SourceWords.NOUN_MARKERS.contains(reading.tokens().get(i - 1).text().toLowerCase(Locale.ROOT))) {
			return false;
		}
		String particle = CueVerbs.particle(lemma);
		return particle == null
				|| (i + 1 < reading.tokens().size() && reading.tokens().get(i + 1).text().equalsIgnoreCase(particle));
	}

	/**
	 * The subject of a verb after a relative clause between commas ("X, who leads the
	 * group, said"), or -1.
	 */
	private static int relativeClauseAntecedent(Reading reading, int v) {
		List<Token> tokens = reading.tokens();
		if (v < 3 || !tokens.get(v - 1).is(",")) {
			return -1;
		}
		for (int c = v - 2; c > 0 && reading.sameSentence(c, v); c--) {
			Token token = tokens.get(c);
			if (token.isQuote() || token.is(";") || token.is(":")) {
				return -1;
			}
			if (token.is(",")) {
				if (!CueVerbs.RELATIVE_PRONOUNS.contains(tokens.get(c + 1).text().toLowerCase(Locale.ROOT))) {
					return -1;
				}
				int mention = reading.mentionEndingAt(c - 1);
				boolean usable = mention >= 0 && !reading.mentions().get(mention).possessive()
						&& reading.mentions().get(mention).form() != Form.PRONOUN
						&& !Tokens.afterPreposition(tokens, reading.mentions().get(mention).first());
				return usable ? mention : -1;
			}
		}
		return -1;
	}

	/** The mention after an inverted verb ({@code said X}), never a pronoun; or -1. */
	private static int invertedSubject(Reading reading, int v) {
		int subject = reading.mentionStartingAt(v + 1);
		if (subject < 0) {
			// "said conservative activist Ana Ruiz": modifiers the role words do not know
			List<Token> tokens = reading.tokens();
			for (int s = v + 1; s <= v + INVERTED_MODIFIERS && s + 1 < tokens.size(); s++) {
				Token token = tokens.get(s);
				if (!token.isWord() || token.isCapitalised() || SourceWords.FUNCTION_WORDS.contains(token.bare())
						|| SourceWords.DETERMINERS.contains(token.bare())) {
					return -1;
				}
				int later = reading.mentionStartingAt(s + 1);
				if (later >= 0) {
					Mention mention = reading.mentions().get(later);
					return (mention.form() == Form.NAME && mention.description() != null) ? later : -1;
				}
			}
			return -1;
		}
		return (reading.mentions().get(subject).form() != Form.PRONOUN) ? subject : -1;
	}

	/** Whether the verb directly follows a quotation, as in {@code “…,” said X}. */
	static boolean followsQuotation(List<Token> tokens, int v) {
		return (v > 0 && tokens.get(v - 1).isQuote())
				|| (v > 1 && tokens.get(v - 1).is(",") && tokens.get(v - 2).isQuote());
	}

	private static Cue accordingTo(Reading reading, int according, int afterTo) {
		int subject = reading.mentionStartingAt(afterTo);
		if (subject < 0) {
			return null;
		}
		Mention mention = reading.mentions().get(subject);
		if (mention.head() != null && SourceWords.RELAY_NOUNS.contains(mention.head())
				|| SourceWords.RELAY_NOUNS.contains(mention.text().toLowerCase(Locale.ROOT))) {
			return null;
		}
		return new Cue(ACCORDING_TO, according, mention.last(), subject, false);
	}

	private static boolean isAccordingTo(List<Token> tokens, int k) {
		return k + 1 < tokens.size() && tokens.get(k).text().equalsIgnoreCase("according")
				&& tokens.get(k + 1).text().equals("to");
	}

	private static boolean isModal(List<Token> tokens, int k) {
		return k >= 0 && tokens.get(k).isWord() && CueVerbs.isModal(tokens.get(k).text());
	}

	private static int verbEnd(List<Token> tokens, int v) {
		String lemma = CueVerbs.lemma(tokens.get(v).text());
		return (lemma != null && CueVerbs.particle(lemma) != null) ? v + 1 : v;
	}

}

package dev.articlequotes.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells quoted strings that are nobody's words: names of works, channels and campaigns
 * ("a channel dubbed “…”", "the “…” campaign"), spans written in title case, and scare
 * quotes of one to three words in a sentence that reports no speech.
 */
final class NonQuotes {

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}\\s'’-]");

	/** Punctuation inside the span followed by more words: a sentence, not a title. */
	private static final Pattern INNER_PUNCTUATION = Pattern.compile("[.?!,;:]\\s+\\S");

	private NonQuotes() {
	}

	/** Whether the top-level quotation at token {@code q} is a quotation at all. */
	static boolean isQuotation(Reading reading, int q) {
		String text = reading.tokens().get(q).text();
		boolean adjacentCue = ReportingClauses.after(reading, q) != null && !insideANounPhrase(reading, q)
				|| (q > 0 && reading.tokens().get(q - 1).is(":")) || afterSpeechVerb(reading, q);
		if (!adjacentCue && (isNamed(reading, q) || isTitleCase(text) && !isSpokenSentence(reading, q))) {
			return false;
		}
		// a headline quotes a speaker's words however short: "Minister 'will not' quit"
		return !reading.passage().isBody() || !isShort(text) || ReportingClauses.reportsSpeech(reading, q)
				|| endsLikeUtterance(text) || isWholeSentence(reading, q) || reading.inAttributiveSentence(q);
	}

	/**
	 * Whether the word characterises someone's words: a verb of calling or judging what
	 * was said ("called", "decried", "mocked") or a noun for words ("remarks",
	 * "accusation", "promise"). Speech verbs count through
	 * {@link ReportingClauses#reportsSpeech} only, with their subject: "added" or
	 * "report" alone is too often no speech at all.
	 */
	static boolean isAttributive(List<Token> tokens, int t) {
		String lower = tokens.get(t).text().toLowerCase(Locale.ROOT);
		if (!SourceWords.ATTRIBUTIVE_WORDS.contains(lower)) {
			return false;
		}
		// "called for a review", "calls on the board": asking, not naming
		boolean phrasal = lower.startsWith("call") && t + 1 < tokens.size()
				&& (tokens.get(t + 1).text().equals("for") || tokens.get(t + 1).text().equals("on"));
		return !phrasal;
	}

	/**
	 * Whether the span is a whole sentence ending in a full stop, question or exclamation
	 * mark ("“Busy.”" as an answer), which a title of a work rarely is; or a single
	 * capitalised word opening a headline ("'Unavoidable' rise in fares").
	 */
	private static boolean isSpokenSentence(Reading reading, int q) {
		String text = reading.tokens().get(q).text().trim();
		boolean opens = q == 0 || !reading.sameSentence(q - 1, q);
		if (!reading.passage().isBody()) {
			return q == 0 && SourceWords.words(text).length == 1;
		}
		return opens && !text.isEmpty() && ".?!".indexOf(text.charAt(text.length() - 1)) >= 0;
	}

	/**
	 * Whether the quotation opens its sentence and ends like one ("“At the station.”").
	 */
	private static boolean isWholeSentence(Reading reading, int q) {
		String text = reading.tokens().get(q).text().trim();
		boolean opens = q == 0 || !reading.sameSentence(q - 1, q);
		return opens && !text.isEmpty() && ".,…".indexOf(text.charAt(text.length() - 1)) >= 0;
	}

	/** Whether a nested quotation at token {@code q} of its parent's reading is one. */
	static boolean isNestedQuotation(Reading inner, int q) {
		String text = inner.tokens().get(q).text();
		if (isNamed(inner, q)) {
			return false;
		}
		return !isShort(text) || endsLikeUtterance(text) || ReportingClauses.after(inner, q) != null
				|| ReportingClauses.before(inner, q) != null || isWholeSentence(inner, q);
	}

	/**
	 * Whether a naming word or the noun of a work or campaign stands next to the span.
	 */
	static boolean isNamed(Reading reading, int q) {
		List<Token> tokens = reading.tokens();
		if (q > 0 && tokens.get(q - 1).isWord()) {
			String before = tokens.get(q - 1).bare();
			// a capitalised label noun is part of a name ("Dr. Ann Song"); a longer
			// lower-case span after one is a clause ("the plan “will not work”")
			String text = tokens.get(q).text();
			boolean labelNoun = SourceWords.LABEL_NOUNS.contains(before) && !tokens.get(q - 1).isCapitalised()
					&& (isShort(text) || isTitleCase(text));
			if (labelNoun || SourceWords.NAMING_WORDS.contains(before) && !namedBySomeone(tokens, q - 1)) {
				return true;
			}
			if (before.equals("as") && q > 1 && tokens.get(q - 2).text().equalsIgnoreCase("known")) {
				return true;
			}
		}
		for (int k = q + 1; k < Math.min(tokens.size(), q + 3) && tokens.get(k).isWord(); k++) {
			if (SourceWords.LABEL_NOUNS.contains(tokens.get(k).bare())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the span follows a possessive, an article or a preposition ("on the
	 * network's “Morning Hour,” she said"): a name inside a noun phrase, not the words
	 * that the reporting clause after it reports.
	 */
	private static boolean insideANounPhrase(Reading reading, int q) {
		if (q == 0 || !reading.tokens().get(q - 1).isWord()) {
			return false;
		}
		Token before = reading.tokens().get(q - 1);
		return before.isPossessive() || SourceWords.NOUN_PHRASE_WORDS.contains(before.text().toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether a speech verb stands right before the span, or before a comma before it
	 * ("asked, “Really?”", "said “No”"): what follows is the words said, whatever their
	 * case.
	 */
	private static boolean afterSpeechVerb(Reading reading, int q) {
		int v = (q > 0 && reading.tokens().get(q - 1).is(",")) ? q - 2 : q - 1;
		return v >= 0 && ReportingClauses.isCueVerb(reading, v);
	}

	/**
	 * Whether the naming word at {@code w} is a verb with a person as its subject ("what
	 * he called “…”", "who she dubbed “…”"): then the name is that person's words, not
	 * the name of a thing ("a forum dubbed “…”").
	 */
	private static boolean namedBySomeone(List<Token> tokens, int w) {
		if (w < 1 || !tokens.get(w - 1).isWord()) {
			return false;
		}
		String subject = tokens.get(w - 1).text().toLowerCase(Locale.ROOT);
		return SourceWords.NAMING_SUBJECTS.contains(subject);
	}

	/** Whether every word of the span is capitalised, as in the title of a work. */
	static boolean isTitleCase(String text) {
		String[] words = SourceWords.words(NOT_WORD.matcher(text).replaceAll(" "));
		if (words.length == 0 || words[0].isEmpty() || !Character.isUpperCase(words[0].charAt(0))
				|| INNER_PUNCTUATION.matcher(text).find()) {
			return false;
		}
		for (String word : words) {
			if (!Character.isUpperCase(word.charAt(0)) && !Character.isDigit(word.charAt(0))
					&& !SourceWords.TITLE_SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
				return false;
			}
		}
		return words.length <= 8;
	}

	/** Whether a span has three words or fewer. */
	static boolean isShort(String text) {
		return SourceWords.words(text).length <= 3;
	}

	private static boolean endsLikeUtterance(String text) {
		String trimmed = text.trim();
		return trimmed.endsWith("?") || trimmed.endsWith("!");
	}

}

package dev.articlequotes.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a stretch of passage text into tokens and sentences, with each quotation that
 * stands in it as one token. Sentences do not end inside quotations nor at {@code ?”}
 * followed by a lower-case word or "I" ({@code “…?” she asks}, {@code “…?” I ask}).
 */
final class Tokens {

	private static final Pattern TOKEN = Pattern
		.compile("[\\p{L}\\p{N}]+(?:[-'’.&][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}\"“”‘’']");

	/** Initials: "J", "G.K", "U.S". */
	private static final Pattern INITIALS = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})*");

	private Tokens() {
	}

	/**
	 * The tokens of {@code text} between {@code from} and {@code to}, where the spans
	 * whose parent is {@code parent} stand as quotation tokens and everything inside them
	 * is skipped.
	 */
	static List<Token> of(String text, List<QuoteSpan> spans, int from, int to, int parent) {
		List<Token> tokens = new ArrayList<>();
		int sentence = 0;
		int position = from;
		for (int s = firstOpeningFrom(spans, from); s <= spans.size(); s++) {
			QuoteSpan span = (s < spans.size() && spans.get(s).open() < to) ? spans.get(s) : null;
			if (span != null && span.parent() != parent) {
				continue;
			}
			int stop = (span != null) ? span.open() : to;
			sentence = words(text, position, stop, tokens, sentence);
			if (span != null) {
				sentence = startsNewSentence(tokens, sentence);
				tokens.add(new Token(span.text(text), span.open(), Math.min(span.outerEnd(), to), Token.Type.QUOTE, s,
						sentence));
				position = Math.min(span.outerEnd(), to);
			}
			else {
				break;
			}
		}
		return tokens;
	}

	/**
	 * The index of the first span (spans are ordered by their opening mark) opening at or
	 * after the offset.
	 */
	private static int firstOpeningFrom(List<QuoteSpan> spans, int offset) {
		int low = 0;
		int high = spans.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (spans.get(middle).open() < offset) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	private static int words(String text, int from, int to, List<Token> tokens, int sentence) {
		if (from >= to) {
			return sentence;
		}
		Matcher matcher = TOKEN.matcher(text).region(from, to);
		while (matcher.find()) {
			String word = matcher.group();
			boolean isWord = Character.isLetterOrDigit(word.charAt(0));
			boolean reportingI = word.equals("I") && !tokens.isEmpty() && tokens.get(tokens.size() - 1).isQuote();
			if (isWord && !Character.isLowerCase(word.charAt(0)) && !reportingI) {
				sentence = startsNewSentence(tokens, sentence);
			}
			tokens.add(new Token(word, matcher.start(), matcher.end(),
					isWord ? Token.Type.WORD : Token.Type.PUNCTUATION, -1, sentence));
		}
		return sentence;
	}

	/** Whether the next word or quotation starts a new sentence after the last token. */
	private static int startsNewSentence(List<Token> tokens, int sentence) {
		if (tokens.isEmpty()) {
			return sentence;
		}
		Token last = tokens.get(tokens.size() - 1);
		boolean ends;
		if (last.isQuote()) {
			String quoted = last.text().strip();
			ends = !quoted.isEmpty() && ".?!…".indexOf(quoted.charAt(quoted.length() - 1)) >= 0;
		}
		else {
			ends = (last.is(".") || last.is("?") || last.is("!")) && !afterAbbreviation(tokens);
		}
		return ends ? sentence + 1 : sentence;
	}

	private static boolean afterAbbreviation(List<Token> tokens) {
		return tokens.size() >= 2 && abbreviates(tokens, tokens.size() - 1);
	}

	/**
	 * Whether the full stop at {@code dot} ends the word right before it as an
	 * abbreviation ("Mr.", "Sen.", "U.S.") or an initial ("J.", "G.K."), not a sentence.
	 */
	static boolean abbreviates(List<Token> tokens, int dot) {
		if (dot < 1) {
			return false;
		}
		Token word = tokens.get(dot - 1);
		if (!word.isWord() || word.end() != tokens.get(dot).start()) {
			return false;
		}
		String lower = word.text().toLowerCase(Locale.ROOT);
		return SourceWords.ABBREVIATIONS.contains(lower) || INITIALS.matcher(word.text()).matches();
	}

	/** Whether the mention's first token follows a preposition (a place or an object). */
	static boolean afterPreposition(List<Token> tokens, int first) {
		int before = first - 1;
		if (before >= 0 && tokens.get(before).isWord() && tokens.get(before).text().equalsIgnoreCase("the")) {
			before--;
		}
		if (before > 0 && tokens.get(before).text().equals("to")
				&& tokens.get(before - 1).text().equalsIgnoreCase("according")) {
			return false;
		}
		// the agent of a passive speech verb: "told by the Environment Agency"
		if (before > 0 && tokens.get(before).text().equals("by") && tokens.get(before - 1).isWord()
				&& CueVerbs.lemma(tokens.get(before - 1).text()) != null) {
			return false;
		}
		return before >= 0 && tokens.get(before).isWord()
				&& SourceWords.PREPOSITIONS.contains(tokens.get(before).text().toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether token {@code i} opens a sentence, a quotation, or what follows a colon, a
	 * dash or a parenthesis.
	 */
	static boolean sentenceInitial(List<Token> tokens, int i) {
		if (i == 0) {
			return true;
		}
		Token before = tokens.get(i - 1);
		return before.sentence() != tokens.get(i).sentence() || before.isQuote() || before.is(":") || before.is("—")
				|| before.is("(");
	}

	/** The words of tokens {@code from} to {@code to} joined as written. */
	static String joined(List<Token> tokens, int from, int to) {
		StringBuilder text = new StringBuilder();
		for (int k = from; k <= to; k++) {
			Token token = tokens.get(k);
			if (k > from && (token.isWord() || token.is("&") || token.is("("))) {
				text.append(' ');
			}
			text.append(token.isQuote() ? "“" + token.text() + "”" : token.text());
		}
		return SourceWords.withoutPossessive(text.toString());
	}

}

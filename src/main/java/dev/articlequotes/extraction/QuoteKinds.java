package dev.articlequotes.extraction;

import java.util.List;

/**
 * Tells a full quoted utterance from a fragment worked into the reporter's sentence.
 */
final class QuoteKinds {

	private QuoteKinds() {
	}

	/**
	 * The kind of the top-level quotation at token {@code q}: direct when it opens its
	 * sentence or follows a colon, a comma, another quotation or a speech verb with a
	 * capital; partial otherwise.
	 */
	static QuoteKind of(Reading reading, int q) {
		List<Token> tokens = reading.tokens();
		if (q == 0 || !reading.sameSentence(q - 1, q)) {
			return QuoteKind.DIRECT;
		}
		Token before = tokens.get(q - 1);
		if (before.isQuote() || before.is(":") || before.is(",") || before.is("—") || before.is("(")) {
			return QuoteKind.DIRECT;
		}
		String text = tokens.get(q).text();
		boolean capital = !text.isEmpty() && Character.isUpperCase(text.charAt(0));
		return (capital && ReportingClauses.isCueVerb(reading, q - 1)) ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
	}

}

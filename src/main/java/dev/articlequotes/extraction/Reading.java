package dev.articlequotes.extraction;

import java.util.List;

/**
 * One passage as the pipeline reads it: its quote spans, the tokens of its narrative
 * (each top-level quotation one token) and the mentions found there.
 *
 * @param passage the passage
 * @param spans its quote spans
 * @param tokens the tokens outside quotations, each top-level quotation as one token
 * @param mentions the mentions among those tokens, in order
 */
record Reading(Passage passage, List<QuoteSpan> spans, List<Token> tokens, List<Mention> mentions) {

	/** Reads the tokens and mentions of a stretch of text in which some spans stand. */
	static Reading of(Passage passage, List<QuoteSpan> spans, int from, int to, int parent, MentionScanner scanner) {
		List<Token> tokens = Tokens.of(passage.text(), spans, from, to, parent);
		return new Reading(passage, spans, tokens, scanner.scan(tokens));
	}

	/** The index of the mention starting at the token, or -1. */
	int mentionStartingAt(int token) {
		for (int m = 0; m < this.mentions.size(); m++) {
			if (this.mentions.get(m).first() == token) {
				return m;
			}
		}
		return -1;
	}

	/** The index of the mention ending at the token, or -1. */
	int mentionEndingAt(int token) {
		for (int m = 0; m < this.mentions.size(); m++) {
			if (this.mentions.get(m).last() == token) {
				return m;
			}
		}
		return -1;
	}

	/** The index of the token standing for the given span, or -1. */
	int tokenOfSpan(int span) {
		for (int t = 0; t < this.tokens.size(); t++) {
			if (this.tokens.get(t).isQuote() && this.tokens.get(t).span() == span) {
				return t;
			}
		}
		return -1;
	}

	/** The character offset where the mention starts. */
	int start(Mention mention) {
		return this.tokens.get(mention.first()).start();
	}

	/** The character offset just past the mention. */
	int end(Mention mention) {
		return this.tokens.get(mention.last()).end();
	}

	/** Whether the token is a word in the same sentence as the other token. */
	boolean sameSentence(int a, int b) {
		return a >= 0 && b >= 0 && a < this.tokens.size() && b < this.tokens.size()
				&& this.tokens.get(a).sentence() == this.tokens.get(b).sentence();
	}

	/** Whether the tokens are words only, apart from punctuation. */
	boolean hasNarrative() {
		return this.tokens.stream().anyMatch(Token::isWord);
	}

}

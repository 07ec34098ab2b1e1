package dev.articlequotes.extraction;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One passage as the pipeline reads it: its quote spans, the tokens of its narrative
 * (each top-level quotation one token) and the mentions found there, with indexes from
 * tokens to mentions so that lookups do not grow with the passage.
 */
final class Reading {

	private final Passage passage;

	private final List<QuoteSpan> spans;

	private final List<Token> tokens;

	private final List<Mention> mentions;

	private final int[] mentionStartingAt;

	private final int[] mentionEndingAt;

	private final int[] firstMentionFrom;

	private final Map<Integer, Integer> tokenOfSpan = new HashMap<>();

	private final int firstWord;

	/** The sentences with a word of reported speech, made when first asked for. */
	private BitSet attributiveSentences;

	/**
	 * A reading of a passage.
	 * @param passage the passage
	 * @param spans its quote spans
	 * @param tokens the tokens outside quotations, each top-level quotation as one token
	 * @param mentions the mentions among those tokens, in order
	 */
	Reading(Passage passage, List<QuoteSpan> spans, List<Token> tokens, List<Mention> mentions) {
		this.passage = passage;
		this.spans = spans;
		this.tokens = tokens;
		this.mentions = mentions;
		this.mentionStartingAt = new int[tokens.size()];
		this.mentionEndingAt = new int[tokens.size()];
		this.firstMentionFrom = new int[tokens.size() + 1];
		Arrays.fill(this.mentionStartingAt, -1);
		Arrays.fill(this.mentionEndingAt, -1);
		for (int m = mentions.size() - 1; m >= 0; m--) {
			this.mentionStartingAt[mentions.get(m).first()] = m;
			this.mentionEndingAt[mentions.get(m).last()] = m;
		}
		int next = mentions.size();
		for (int t = tokens.size(); t >= 0; t--) {
			int starting = (t < tokens.size()) ? this.mentionStartingAt[t] : -1;
			next = (starting >= 0) ? starting : next;
			this.firstMentionFrom[t] = next;
		}
		int word = tokens.size();
		for (int t = tokens.size() - 1; t >= 0; t--) {
			Token token = tokens.get(t);
			word = token.isWord() ? t : word;
			if (token.isQuote()) {
				this.tokenOfSpan.put(token.span(), t);
			}
		}
		this.firstWord = word;
	}

	/** Reads the tokens and mentions of a stretch of text in which some spans stand. */
	static Reading of(Passage passage, List<QuoteSpan> spans, int from, int to, int parent, MentionScanner scanner) {
		List<Token> tokens = Tokens.of(passage.text(), spans, from, to, parent);
		MentionScanner reader = passage.readsAsHeading() ? scanner.forHeadline() : scanner;
		return new Reading(passage, spans, tokens, reader.scan(tokens));
	}

	Passage passage() {
		return this.passage;
	}

	List<QuoteSpan> spans() {
		return this.spans;
	}

	List<Token> tokens() {
		return this.tokens;
	}

	List<Mention> mentions() {
		return this.mentions;
	}

	/** The index of the mention starting at the token, or -1. */
	int mentionStartingAt(int token) {
		return (token >= 0 && token < this.tokens.size()) ? this.mentionStartingAt[token] : -1;
	}

	/** The index of the mention ending at the token, or -1. */
	int mentionEndingAt(int token) {
		return (token >= 0 && token < this.tokens.size()) ? this.mentionEndingAt[token] : -1;
	}

	/**
	 * The index of the first mention that starts at or after the token, or the number of
	 * mentions when none does.
	 */
	int firstMentionFrom(int token) {
		return this.firstMentionFrom[Math.max(0, Math.min(token, this.tokens.size()))];
	}

	/** The index of the token standing for the given span, or -1. */
	int tokenOfSpan(int span) {
		return this.tokenOfSpan.getOrDefault(span, -1);
	}

	/** The index of the first token of the token's sentence. */
	int sentenceStart(int token) {
		int t = token;
		while (t > 0 && this.tokens.get(t - 1).sentence() == this.tokens.get(token).sentence()) {
			t--;
		}
		return t;
	}

	/** The character offset where the mention starts. */
	int start(Mention mention) {
		return this.tokens.get(mention.first()).start();
	}

	/** The character offset just past the mention. */
	int end(Mention mention) {
		return this.tokens.get(mention.last()).end();
	}

	/** The words of a mention and where they stand. */
	Excerpt excerpt(Mention mention) {
		return excerpt(mention.first(), mention.last());
	}

	/** The text from the first to the last token and where it stands. */
	Excerpt excerpt(int first, int last) {
		int start = this.tokens.get(first).start();
		int end = this.tokens.get(last).end();
		return new Excerpt(this.passage.text().substring(start, end), this.passage.section(), this.passage.block(),
				start, end);
	}

	/** Whether the token is a word in the same sentence as the other token. */
	boolean sameSentence(int a, int b) {
		return a >= 0 && b >= 0 && a < this.tokens.size() && b < this.tokens.size()
				&& this.tokens.get(a).sentence() == this.tokens.get(b).sentence();
	}

	/**
	 * Whether the token's sentence has a word that reports or characterises someone's
	 * words ({@link NonQuotes#isAttributive}) outside its quotations.
	 */
	boolean inAttributiveSentence(int token) {
		if (this.attributiveSentences == null) {
			BitSet sentences = new BitSet();
			for (int t = 0; t < this.tokens.size(); t++) {
				if (this.tokens.get(t).isWord() && NonQuotes.isAttributive(this.tokens, t)) {
					sentences.set(this.tokens.get(t).sentence());
				}
			}
			this.attributiveSentences = sentences;
		}
		return this.attributiveSentences.get(this.tokens.get(token).sentence());
	}

	/** Whether the tokens are words only, apart from punctuation. */
	boolean hasNarrative() {
		return this.firstWord < this.tokens.size();
	}

	/** Whether a word stands before the token. */
	boolean hasWordBefore(int token) {
		return this.firstWord < token;
	}

}

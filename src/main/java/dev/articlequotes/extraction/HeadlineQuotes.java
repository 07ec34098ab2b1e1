package dev.articlequotes.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides the quotations of the headline and dek, which are excerpts of what the body
 * reports: one that echoes the words of a body quotation takes that quotation's speaker;
 * one whose headline names its speaker ("Smith says …", "Minister 'will not' …") takes
 * the body speaker that name or role fits. A headline alone never makes a speaker.
 */
final class HeadlineQuotes {

	static final String ECHO = "headline-echo";

	static final String HEADLINE_SPEAKER = "headline-speaker";

	/** The most words of the headline taken for its speaker. */
	private static final int SPEAKER_WORDS = 4;

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}'’]+");

	private HeadlineQuotes() {
	}

	/**
	 * Decides the headline and dek quotations among the quotations of an article, and
	 * drops a one-word one that the body neither echoes nor attributes ("Vatican's
	 * 'feminist' probe"): a scare quote.
	 */
	static void attribute(List<QuoteCandidate> quotes) {
		List<QuoteCandidate> scareQuotes = new ArrayList<>();
		List<QuoteCandidate> body = quotes.stream().filter((quote) -> quote.passage().isBody()).toList();
		Set<Entity> bodySpeakers = new LinkedHashSet<>();
		body.stream().filter((quote) -> quote.speaker() != null).forEach((quote) -> bodySpeakers.add(quote.speaker()));
		for (QuoteCandidate quote : quotes) {
			if (quote.passage().isBody()) {
				continue;
			}
			quote.kind = QuoteKind.PARTIAL;
			Entity named = namedSpeaker(quote, bodySpeakers);
			QuoteCandidate echo = echoed(quote, body);
			// the speaker the headline names beats an echo of someone else's words
			if (echo != null && (named == null || echo.speaker() == named)) {
				quote.attribute(echo.speaker(), ECHO, echo.source);
				continue;
			}
			if (named != null && quote.cue != null && quote.speaker() == named) {
				continue;
			}
			if (named != null) {
				Excerpt source = (named == quote.speaker()) ? quote.source : speakerExcerpt(quote);
				quote.attribute(named, HEADLINE_SPEAKER, source);
			}
			else if (SourceWords.words(quote.text()).length == 1) {
				scareQuotes.add(quote);
			}
			else {
				quote.attribute(null, Attribution.UNATTRIBUTED, null);
			}
		}
		quotes.removeAll(scareQuotes);
	}

	/**
	 * The attributed body quotation that repeats most of the headline quotation's words,
	 * or {@code null}.
	 */
	private static QuoteCandidate echoed(QuoteCandidate quote, List<QuoteCandidate> body) {
		Set<String> words = contentWords(quote.text());
		QuoteCandidate best = null;
		int bestOverlap = 0;
		for (QuoteCandidate candidate : body) {
			if (candidate.speaker() == null) {
				continue;
			}
			Set<String> shared = new HashSet<>(words);
			shared.retainAll(contentWords(candidate.text()));
			if (shared.size() > bestOverlap && 2 * shared.size() >= words.size()) {
				best = candidate;
				bestOverlap = shared.size();
			}
		}
		return best;
	}

	/**
	 * The body speaker the headline names for the quotation: the entity of its cue's
	 * subject if it speaks in the body, otherwise the one body speaker whose names and
	 * roles hold every word the headline uses for the speaker.
	 */
	private static Entity namedSpeaker(QuoteCandidate quote, Set<Entity> bodySpeakers) {
		if (quote.speaker() != null && bodySpeakers.contains(quote.speaker())) {
			return quote.speaker();
		}
		Set<String> words = speakerWords(quote);
		if (words.isEmpty()) {
			return null;
		}
		Entity found = null;
		for (Entity speaker : bodySpeakers) {
			if (speaker.words().containsAll(words)) {
				if (found != null) {
					return null;
				}
				found = speaker;
			}
		}
		return found;
	}

	/**
	 * The headline's words for the speaker of the quotation: its cue's subject, the words
	 * after a speech verb that follows it ("'…' says leader"), or the words before it
	 * ("Minister 'will not' quit", "Mayor: '…'").
	 */
	private static Set<String> speakerWords(QuoteCandidate quote) {
		int[] range = speakerTokens(quote);
		Set<String> words = new LinkedHashSet<>();
		if (range == null) {
			return words;
		}
		for (Token token : quote.reading.tokens().subList(range[0], range[1] + 1)) {
			String key = SourceWords.nameKey(token.text());
			if (!SourceWords.FUNCTION_WORDS.contains(key)) {
				words.add(key);
			}
		}
		return words;
	}

	/** The headline's words for the speaker and where they stand, or {@code null}. */
	private static Excerpt speakerExcerpt(QuoteCandidate quote) {
		int[] range = speakerTokens(quote);
		return (range != null) ? quote.reading.excerpt(range[0], range[1]) : null;
	}

	/**
	 * The first and last token of the headline's words for the speaker of the quotation,
	 * or {@code null} when there are none.
	 */
	private static int[] speakerTokens(QuoteCandidate quote) {
		Reading reading = quote.reading;
		List<Token> tokens = reading.tokens();
		if (quote.cue != null && quote.cue.hasSubject()) {
			Mention subject = reading.mentions().get(quote.cue.subject());
			return new int[] { subject.first(), subject.last() };
		}
		if (quote.token + 1 < tokens.size() && ReportingClauses.isCueVerb(reading, quote.token + 1)) {
			int last = quote.token + 1;
			for (int t = quote.token + 2; t < Math.min(tokens.size(), quote.token + 2 + SPEAKER_WORDS)
					&& tokens.get(t).isWord(); t++) {
				last = t;
			}
			return (last > quote.token + 1) ? new int[] { quote.token + 2, last } : null;
		}
		int t = quote.token - 1;
		if (t >= 0 && tokens.get(t).is(":")) {
			t--;
		}
		int first = t + 1;
		for (; t >= 0 && t >= quote.token - 1 - SPEAKER_WORDS && tokens.get(t).isWord()
				&& !ReportingClauses.isCueVerb(reading, t); t--) {
			first = t;
		}
		int last = (quote.token - 1 >= 0 && tokens.get(quote.token - 1).is(":")) ? quote.token - 2 : quote.token - 1;
		return (first <= last) ? new int[] { first, last } : null;
	}

	private static Set<String> contentWords(String text) {
		Set<String> words = new LinkedHashSet<>();
		for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
			String bare = SourceWords.withoutPossessive(word);
			if (bare.length() > 1 && !SourceWords.FUNCTION_WORDS.contains(bare)) {
				words.add(bare);
			}
		}
		return words;
	}

}

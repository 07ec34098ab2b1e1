package dev.articlequotes.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.articlequotes.article.Article;

/**
 * The extraction pipeline: finds the quotations of an article and who said them. Its
 * stages, in the order {@link #extract} runs them, each with what it reads and writes:
 * quote-mark pairing, reporting clauses, the headline's labels, context rules
 * (continuation, dialogue, vocatives), the headline's echoes and nested quotations.
 * Speakers merged by a later stage ("the leader" later named) are followed when a
 * quotation's speaker is read ({@link QuoteCandidate#speaker}).
 */
public final class QuoteExtractor {

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final QuoteMarkPairing pairing = new QuoteMarkPairing();

	/** Extracts the quotations and speakers of an article. */
	public ExtractedQuotes extract(Article article) {
		List<Passage> passages = Passage.of(article);
		TranscriptLines transcript = TranscriptLines.of(passages, pairQuoteMarks(passages));
		List<List<QuoteSpan>> spans = transcript.spans();
		MentionScanner scanner = new MentionScanner(capitalisedInMidSentence(passages, spans),
				OrganisationSignals.of(passages));
		Discourse discourse = new Discourse();
		MentionPlaces places = new MentionPlaces();
		List<QuoteCandidate> quotes = attributeByCues(passages, spans, scanner, discourse, places);
		transcript.attribute(quotes, passages, discourse);
		dropHeadlineLabels(quotes, passages, spans);
		new ContextAttribution(discourse, places).attribute(quotes);
		HeadlineQuotes.attribute(quotes);
		List<QuoteCandidate> all = withNestedQuotes(quotes, new NestedAttribution(discourse, scanner));
		return toResult(all);
	}

	/** The quotation spans of each passage, by the passage's ordinal. */
	private List<List<QuoteSpan>> pairQuoteMarks(List<Passage> passages) {
		return passages.stream().map((passage) -> this.pairing.pair(passage.text(), !passage.isBody())).toList();
	}

	/**
	 * Reads each passage's spans with their reporting clauses (and the non-quotation
	 * filters), linking the mentions in the discourse and noting where each entity is
	 * mentioned; gives the quotations in reading order, those with a cue attributed.
	 */
	private static List<QuoteCandidate> attributeByCues(List<Passage> passages, List<List<QuoteSpan>> spans,
			MentionScanner scanner, Discourse discourse, MentionPlaces places) {
		CueAttribution cues = new CueAttribution(discourse, places);
		List<QuoteCandidate> quotes = new ArrayList<>();
		for (Passage passage : passages) {
			Reading reading = Reading.of(passage, spans.get(passage.ordinal()), 0, passage.text().length(), -1,
					scanner);
			quotes.addAll(cues.read(reading));
		}
		return quotes;
	}

	/**
	 * Drops the headline and dek quotations that repeat a span of the body without being
	 * kept there (a label, not words).
	 */
	private static void dropHeadlineLabels(List<QuoteCandidate> quotes, List<Passage> passages,
			List<List<QuoteSpan>> spans) {
		Set<String> keptInBody = new HashSet<>();
		quotes.stream()
			.filter((quote) -> quote.passage().isBody())
			.forEach((quote) -> keptInBody.add(comparable(quote.text())));
		quotes.removeIf((quote) -> !quote.passage().isBody() && !keptInBody.contains(comparable(quote.text()))
				&& repeatsABodySpan(quote, passages, spans));
	}

	/**
	 * Each quotation followed by the quotations nested in it, their speakers decided.
	 */
	private static List<QuoteCandidate> withNestedQuotes(List<QuoteCandidate> quotes, NestedAttribution nested) {
		List<QuoteCandidate> all = new ArrayList<>();
		for (QuoteCandidate quote : quotes) {
			all.add(quote);
			all.addAll(nested.find(quote));
		}
		return all;
	}

	private static ExtractedQuotes toResult(List<QuoteCandidate> found) {
		Speakers speakers = new Speakers(found);
		List<Quote> quotes = new ArrayList<>();
		for (QuoteCandidate quote : found) {
			Passage passage = quote.passage();
			QuoteSpan span = quote.quoteSpan();
			String parentId = (quote.parent != null) ? passage.quoteId(quote.parent.quoteSpan().start()) : null;
			quotes
				.add(new Quote(passage.quoteId(span.start()), quote.text(), quote.kind, speakers.idOf(quote.speaker()),
						passage.section(), passage.block(), span.start(), span.end(), parentId, quote.attribution()));
		}
		quotes.sort(Comparator.comparingInt((Quote quote) -> quote.section().ordinal())
			.thenComparingInt((quote) -> (quote.block() != null) ? quote.block() : -1)
			.thenComparingInt(Quote::start));
		return new ExtractedQuotes(speakers.all(), quotes);
	}

	/**
	 * Whether a headline or dek quotation repeats a span of the body (there a label, not
	 * words).
	 */
	private static boolean repeatsABodySpan(QuoteCandidate quote, List<Passage> passages, List<List<QuoteSpan>> spans) {
		String text = comparable(quote.text());
		for (Passage passage : passages) {
			if (passage.isBody()) {
				for (QuoteSpan span : spans.get(passage.ordinal())) {
					if (comparable(span.text(passage.text())).equals(text)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static String comparable(String text) {
		return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
	}

	/**
	 * The words the article capitalises somewhere other than at the start of a sentence,
	 * headings aside.
	 */
	private static Set<String> capitalisedInMidSentence(List<Passage> passages, List<List<QuoteSpan>> spans) {
		Set<String> words = new HashSet<>();
		for (Passage passage : passages) {
			if (passage.readsAsHeading()) {
				continue;
			}
			List<Token> tokens = Tokens.of(passage.text(), spans.get(passage.ordinal()), 0, passage.text().length(),
					-1);
			for (int t = 0; t < tokens.size(); t++) {
				if (tokens.get(t).isCapitalised() && !Tokens.sentenceInitial(tokens, t)) {
					words.add(tokens.get(t).bare());
				}
			}
		}
		return words;
	}

}

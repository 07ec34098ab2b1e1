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
 * The extraction pipeline: finds the quotations of an article and who said them. It reads
 * the title, dek and paragraphs in order and applies, one after the other: quote-mark
 * pairing, the non-quotation filters, reporting clauses, context rules (continuation,
 * dialogue, vocatives) and nested quotations.
 */
public final class QuoteExtractor {

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final QuoteMarkPairing pairing = new QuoteMarkPairing();

	/** Extracts the quotations and speakers of an article. */
	public ExtractedQuotes extract(Article article) {
		List<Passage> passages = Passage.of(article);
		List<List<QuoteSpan>> spans = passages.stream()
			.map((passage) -> this.pairing.pair(passage.text(), !passage.isBody()))
			.toList();
		MentionScanner scanner = new MentionScanner(capitalisedInMidSentence(passages, spans),
				OrganisationSignals.of(passages));
		Discourse discourse = new Discourse();

		CueAttribution cues = new CueAttribution(discourse);
		List<FoundQuote> quotes = new ArrayList<>();
		for (Passage passage : passages) {
			Reading reading = Reading.of(passage, spans.get(passage.ordinal()), 0, passage.text().length(), -1,
					scanner);
			quotes.addAll(cues.read(reading));
		}
		Set<String> keptInBody = new HashSet<>();
		quotes.stream()
			.filter((quote) -> quote.passage().isBody())
			.forEach((quote) -> keptInBody.add(comparable(quote.text())));
		quotes.removeIf((quote) -> !quote.passage().isBody() && !keptInBody.contains(comparable(quote.text()))
				&& repeatsABodySpan(quote, passages, spans));

		resolveMergedSpeakers(quotes);
		new ContextAttribution(discourse).attribute(quotes);
		resolveMergedSpeakers(quotes);
		HeadlineQuotes.attribute(quotes);

		NestedAttribution nestedQuotes = new NestedAttribution(discourse, scanner);
		List<FoundQuote> all = new ArrayList<>();
		for (FoundQuote quote : quotes) {
			all.add(quote);
			all.addAll(nestedQuotes.find(quote));
		}
		resolveMergedSpeakers(all);
		return toResult(all);
	}

	/**
	 * Gives each quotation the entity its speaker was merged into ("the leader" later
	 * named).
	 */
	private static void resolveMergedSpeakers(List<FoundQuote> quotes) {
		for (FoundQuote quote : quotes) {
			if (quote.speaker != null) {
				quote.speaker = quote.speaker.resolved();
			}
		}
	}

	private static ExtractedQuotes toResult(List<FoundQuote> found) {
		Speakers speakers = new Speakers(found);
		List<Quote> quotes = new ArrayList<>();
		for (FoundQuote quote : found) {
			Passage passage = quote.passage();
			QuoteSpan span = quote.quoteSpan();
			String parentId = (quote.parent != null) ? passage.quoteId(quote.parent.quoteSpan().start()) : null;
			quotes.add(new Quote(passage.quoteId(span.start()), quote.text(), quote.kind, speakers.idOf(quote.speaker),
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
	private static boolean repeatsABodySpan(FoundQuote quote, List<Passage> passages, List<List<QuoteSpan>> spans) {
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
	 * The words the article capitalises somewhere other than at the start of a sentence.
	 */
	private static Set<String> capitalisedInMidSentence(List<Passage> passages, List<List<QuoteSpan>> spans) {
		Set<String> words = new HashSet<>();
		for (Passage passage : passages) {
			List<Token> tokens = Tokens.of(passage.text(), spans.get(passage.ordinal()), 0, passage.text().length(),
					-1);
			for (int t = 0; t < tokens.size(); t++) {
				if (tokens.get(t).isCapitalised() && !MentionScanner.sentenceInitial(tokens, t) && passage.isBody()) {
					words.add(tokens.get(t).bare());
				}
			}
		}
		return words;
	}

}

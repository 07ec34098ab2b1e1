package dev.articlequotes.catalog;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import dev.articlequotes.article.Article;
import dev.articlequotes.article.BlockKind;
import dev.articlequotes.extraction.ExtractedQuotes;
import dev.articlequotes.extraction.Quote;
import dev.articlequotes.extraction.Speaker;

/**
 * One loaded article with its speakers and quotations, and the indexes that answer
 * queries on them without scanning. Immutable.
 */
public final class CatalogArticle {

	private final Article article;

	private final List<Speaker> speakers;

	private final List<Quote> quotes;

	private final int paragraphCount;

	private final Map<String, Speaker> speakersById;

	private final Map<String, Quote> quotesById;

	private final Map<String, BitSet> quotesBySpeaker;

	private final Map<String, String> foldedSpeakerNames;

	private final NavigableMap<String, BitSet> quotesByWord;

	CatalogArticle(Article article, ExtractedQuotes extracted) {
		this.article = article;
		this.speakers = extracted.speakers();
		this.quotes = extracted.quotes();
		this.paragraphCount = (int) article.blocks().stream().filter((b) -> b.kind() == BlockKind.PARAGRAPH).count();
		Map<String, Speaker> speakersById = new LinkedHashMap<>();
		Map<String, String> foldedNames = new LinkedHashMap<>();
		for (Speaker speaker : this.speakers) {
			speakersById.put(speaker.id(), speaker);
			foldedNames.put(speaker.id(), TextFolding.fold(speaker.name()));
		}
		Map<String, Quote> quotesById = new HashMap<>();
		Map<String, BitSet> bySpeaker = new HashMap<>();
		TreeMap<String, BitSet> byWord = new TreeMap<>();
		for (int i = 0; i < this.quotes.size(); i++) {
			Quote quote = this.quotes.get(i);
			quotesById.put(quote.id(), quote);
			if (quote.speakerId() != null) {
				bySpeaker.computeIfAbsent(quote.speakerId(), (id) -> new BitSet()).set(i);
			}
			for (String word : TextFolding.words(quote.text())) {
				byWord.computeIfAbsent(word, (w) -> new BitSet()).set(i);
			}
		}
		this.speakersById = Map.copyOf(speakersById);
		this.foldedSpeakerNames = foldedNames;
		this.quotesById = Map.copyOf(quotesById);
		this.quotesBySpeaker = Map.copyOf(bySpeaker);
		this.quotesByWord = byWord;
	}

	public Article article() {
		return this.article;
	}

	public String slug() {
		return this.article.slug();
	}

	/** The speakers, most quoted first. */
	public List<Speaker> speakers() {
		return this.speakers;
	}

	/** The quotations in reading order. */
	public List<Quote> quotes() {
		return this.quotes;
	}

	/** How many blocks of the body are paragraphs (not embeds). */
	public int paragraphCount() {
		return this.paragraphCount;
	}

	public Optional<Speaker> speaker(String id) {
		return Optional.ofNullable(this.speakersById.get(id));
	}

	public Optional<Quote> quote(String id) {
		return Optional.ofNullable(this.quotesById.get(id));
	}

	/** The quotations that match the query, in reading order. */
	public List<Quote> quotes(QuoteQuery query) {
		BitSet matches = new BitSet(this.quotes.size());
		matches.set(0, this.quotes.size());
		if (query.speaker() != null) {
			matches.and(quotesOfSpeakers(query.speaker()));
		}
		if (query.text() != null) {
			for (String word : TextFolding.words(query.text())) {
				matches.and(quotesWithWordStarting(word));
			}
		}
		List<Quote> result = new ArrayList<>(matches.cardinality());
		for (int i = matches.nextSetBit(0); i >= 0; i = matches.nextSetBit(i + 1)) {
			Quote quote = this.quotes.get(i);
			if (query.kind() == null || quote.kind() == query.kind()) {
				result.add(quote);
			}
		}
		return result;
	}

	/**
	 * Quotations of the speaker with this id, or of every speaker whose name contains it.
	 */
	private BitSet quotesOfSpeakers(String speaker) {
		BitSet exact = this.quotesBySpeaker.get(speaker);
		if (this.speakersById.containsKey(speaker)) {
			return (exact != null) ? exact : new BitSet();
		}
		String folded = TextFolding.fold(speaker);
		BitSet result = new BitSet();
		this.foldedSpeakerNames.forEach((id, name) -> {
			BitSet quotes = this.quotesBySpeaker.get(id);
			if (quotes != null && name.contains(folded)) {
				result.or(quotes);
			}
		});
		return result;
	}

	private BitSet quotesWithWordStarting(String prefix) {
		BitSet result = new BitSet();
		for (BitSet quotes : this.quotesByWord.subMap(prefix, true, prefix + Character.MAX_VALUE, true).values()) {
			result.or(quotes);
		}
		return result;
	}

}

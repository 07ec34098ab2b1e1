package dev.articlequotes.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

	/** The positions in reading order of the quotations of each speaker, by id. */
	private final Map<String, int[]> quotesBySpeaker;

	private final String[] foldedSpeakerNames;

	/**
	 * The words of the quotations: of this article alone, or in a catalog of every
	 * article, where this article's quotations are numbered from {@code firstQuote}.
	 */
	private final WordIndex quotesByWord;

	private final int firstQuote;

	/** Whether {@code quotesByWord} indexes this article alone. */
	private final boolean ownWords;

	CatalogArticle(Article article, ExtractedQuotes extracted) {
		this(article, extracted, new HashMap<>());
	}

	/**
	 * Indexes the article, sharing equal index words through {@code strings} (the loader
	 * passes one map for every article, so that a word is stored once).
	 */
	CatalogArticle(Article article, ExtractedQuotes extracted, Map<String, String> strings) {
		this.article = article;
		this.speakers = extracted.speakers();
		this.quotes = extracted.quotes();
		this.paragraphCount = (int) article.blocks().stream().filter((b) -> b.kind() == BlockKind.PARAGRAPH).count();
		Map<String, Speaker> speakersById = new HashMap<>();
		Map<String, Postings.Builder> bySpeaker = new HashMap<>();
		this.foldedSpeakerNames = new String[this.speakers.size()];
		for (int i = 0; i < this.speakers.size(); i++) {
			Speaker speaker = this.speakers.get(i);
			speakersById.put(speaker.id(), speaker);
			bySpeaker.put(speaker.id(), new Postings.Builder());
			this.foldedSpeakerNames[i] = strings.computeIfAbsent(TextFolding.fold(speaker.name()), (name) -> name);
		}
		Map<String, Quote> quotesById = new HashMap<>();
		List<String> texts = new ArrayList<>(this.quotes.size());
		for (int i = 0; i < this.quotes.size(); i++) {
			Quote quote = this.quotes.get(i);
			quotesById.put(quote.id(), quote);
			texts.add(quote.text());
			Postings.Builder ofSpeaker = (quote.speakerId() != null) ? bySpeaker.get(quote.speakerId()) : null;
			if (ofSpeaker != null) {
				ofSpeaker.add(i);
			}
		}
		Map<String, int[]> quotesBySpeaker = new HashMap<>();
		bySpeaker.forEach((id, builder) -> quotesBySpeaker.put(id, builder.build()));
		this.quotesBySpeaker = Map.copyOf(quotesBySpeaker);
		this.speakersById = Map.copyOf(speakersById);
		this.quotesById = Map.copyOf(quotesById);
		this.quotesByWord = WordIndex.of(texts, strings);
		this.firstQuote = 0;
		this.ownWords = true;
	}

	private CatalogArticle(CatalogArticle article, WordIndex quotesByWord, int firstQuote) {
		this.article = article.article;
		this.speakers = article.speakers;
		this.quotes = article.quotes;
		this.paragraphCount = article.paragraphCount;
		this.speakersById = article.speakersById;
		this.quotesById = article.quotesById;
		this.quotesBySpeaker = article.quotesBySpeaker;
		this.foldedSpeakerNames = article.foldedSpeakerNames;
		this.quotesByWord = quotesByWord;
		this.firstQuote = firstQuote;
		this.ownWords = false;
	}

	/**
	 * This article answering word queries from the index of a whole catalog, where its
	 * quotations are numbered from {@code firstQuote}: one index for every article.
	 */
	CatalogArticle sharing(WordIndex catalogWords, int firstQuote) {
		return new CatalogArticle(this, catalogWords, firstQuote);
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
		int[] matches = null;
		if (query.speaker() != null) {
			matches = quotesOfSpeakers(query.speaker());
		}
		if (query.text() != null) {
			matches = Postings.intersect(matches,
					this.quotesByWord.matching(query.text(), this.firstQuote, this.firstQuote + this.quotes.size()));
		}
		if (matches == null) {
			return (query.kind() != null)
					? this.quotes.stream().filter((quote) -> quote.kind() == query.kind()).toList() : this.quotes;
		}
		List<Quote> result = new ArrayList<>(matches.length);
		for (int i : matches) {
			Quote quote = this.quotes.get(i);
			if (query.kind() == null || quote.kind() == query.kind()) {
				result.add(quote);
			}
		}
		return result;
	}

	/** The positions of the quotations of {@code speakers().get(speaker)}. */
	int[] quotesOfSpeaker(int speaker) {
		return this.quotesBySpeaker.get(this.speakers.get(speaker).id());
	}

	/** The name of {@code speakers().get(speaker)}, folded. */
	String foldedSpeakerName(int speaker) {
		return this.foldedSpeakerNames[speaker];
	}

	/** The article's own word index, numbered from 0, for a catalog to merge. */
	WordIndex quotesByWord() {
		if (!this.ownWords) {
			throw new IllegalStateException("article '" + slug() + "' already answers from a catalog's index");
		}
		return this.quotesByWord;
	}

	/**
	 * Quotations of the speaker with this id, or of every speaker whose name contains it.
	 */
	private int[] quotesOfSpeakers(String speaker) {
		int[] ofId = this.quotesBySpeaker.get(speaker);
		if (ofId != null) {
			return ofId;
		}
		String folded = TextFolding.fold(speaker);
		int[] found = new int[this.quotes.size()];
		int count = 0;
		for (int i = 0; i < this.speakers.size(); i++) {
			if (this.foldedSpeakerNames[i].contains(folded)) {
				int[] quotes = quotesOfSpeaker(i);
				System.arraycopy(quotes, 0, found, count, quotes.length);
				count += quotes.length;
			}
		}
		return Postings.sortedDistinct(found, count);
	}

}

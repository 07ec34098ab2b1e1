package dev.articlequotes.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.articlequotes.article.Article;
import dev.articlequotes.article.ArticleMetadata;
import dev.articlequotes.article.Block;
import dev.articlequotes.article.BlockKind;
import dev.articlequotes.extraction.Attribution;
import dev.articlequotes.extraction.ExtractedQuotes;
import dev.articlequotes.extraction.Quote;
import dev.articlequotes.extraction.QuoteKind;
import dev.articlequotes.extraction.Section;
import dev.articlequotes.extraction.Speaker;
import dev.articlequotes.extraction.SpeakerKind;
import dev.articlequotes.extraction.TextFolding;

/**
 * One loaded article with its speakers and quotations, and the indexes that answer
 * queries on them without scanning. Immutable.
 * <p>
 * Stored compactly, as a large catalog holds thousands: the body's text and the speakers'
 * words once as UTF-8, each quotation as a row of numbers (its text, id, cue and parent's
 * id are offsets into its block, which is what the pipeline derives them from), and the
 * article, speakers and quotations made again as records when asked for.
 */
public final class CatalogArticle {

	/** An absent value ({@code null}) in a column of numbers. */
	private static final int NONE = Integer.MIN_VALUE;

	private static final int FLAGS = 0;

	private static final int BLOCK = 1;

	private static final int START = 2;

	private static final int END = 3;

	/**
	 * The speaker's index, {@code NONE} without a speaker, or {@code -1 - n} for an id
	 * that names none of the speakers, stored as string {@code n}.
	 */
	private static final int SPEAKER = 4;

	/** The start of the enclosing quotation in the same passage, which makes its id. */
	private static final int PARENT_START = 5;

	private static final int CUE_BLOCK = 6;

	private static final int CUE_START = 7;

	private static final int CUE_END = 8;

	private static final int QUOTE_COLUMNS = 9;

	/**
	 * In FLAGS: kind in bits 0-1, section in bits 2-3, cue section + 1 in bits 4-5, this
	 * bit when there is a cue, and from {@code RULE_SHIFT} the number of the rule's name
	 * in {@code strings}.
	 */
	private static final int HAS_CUE = 1 << 6;

	private static final int RULE_SHIFT = 7;

	private static final int SPEAKER_ID = 0;

	private static final int SPEAKER_NAME = 1;

	private static final int SPEAKER_DESCRIPTION = 2;

	private static final int SPEAKER_KIND = 3;

	/**
	 * The number of the first mention's string stored, the others following it; the first
	 * mention is the name and not stored again when {@code NAME_FIRST} is set in the
	 * kind's column.
	 */
	private static final int FIRST_MENTION = 4;

	private static final int NAME_FIRST = 1 << 8;

	private static final int MENTION_COUNT = 5;

	private static final int QUOTE_COUNT = 6;

	private static final int SPEAKER_COLUMNS = 7;

	/**
	 * The fields of a quotation kept as their own string when the block does not give
	 * them.
	 */
	private static final int OWN_TEXT = 0;

	private static final int OWN_ID = 1;

	private static final int OWN_PARENT_ID = 2;

	private static final int OWN_CUE = 3;

	private static final QuoteKind[] KINDS = QuoteKind.values();

	private static final Section[] SECTIONS = Section.values();

	private static final BlockKind[] BLOCK_KINDS = BlockKind.values();

	private static final SpeakerKind[] SPEAKER_KINDS = SpeakerKind.values();

	private final String slug;

	private final String title;

	private final String dek;

	/**
	 * What the file says besides the text, or {@code null} when it says no more than the
	 * file name {@code slug.txt}, the usual case.
	 */
	private final ArticleMetadata metadata;

	/**
	 * The blocks' texts (string n is block n), then the speakers' words and rule names.
	 */
	private final PackedStrings strings;

	private final int blockCount;

	/** The kind of each block, or {@code null} when every block is a paragraph. */
	private final byte[] blockKinds;

	private final int paragraphCount;

	/** {@code SPEAKER_COLUMNS} numbers per speaker, most quoted first. */
	private final int[] speakers;

	/** {@code QUOTE_COLUMNS} numbers per quotation, in reading order. */
	private final int[] quotes;

	/**
	 * Strings of quotations that their block does not give, by
	 * {@code position * 4 + OWN_...}; empty for the pipeline's quotations.
	 */
	private final Map<Integer, String> own;

	/**
	 * The positions in reading order of the quotations of each speaker: those of speaker
	 * {@code s} are {@code quotesBySpeaker[quotesBySpeaker[s]..quotesBySpeaker[s + 1])}.
	 */
	private final int[] quotesBySpeaker;

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
		this.slug = article.slug();
		this.title = article.title();
		this.dek = article.dek();
		this.metadata = article.metadata().equals(plainMetadata(article.slug())) ? null : article.metadata();
		PackedStrings.Builder packed = new PackedStrings.Builder();
		List<Block> blocks = article.blocks();
		byte[] kinds = new byte[blocks.size()];
		int paragraphs = 0;
		for (Block block : blocks) {
			packed.add(block.text());
			kinds[block.index()] = (byte) block.kind().ordinal();
			paragraphs += (block.kind() == BlockKind.PARAGRAPH) ? 1 : 0;
		}
		this.blockCount = blocks.size();
		this.blockKinds = (paragraphs < blocks.size()) ? kinds : null;
		this.paragraphCount = paragraphs;
		List<Speaker> speakers = extracted.speakers();
		this.speakers = new int[speakers.size() * SPEAKER_COLUMNS];
		this.foldedSpeakerNames = new String[speakers.size()];
		Map<String, Integer> speakerIndexes = new HashMap<>();
		for (int s = 0; s < speakers.size(); s++) {
			Speaker speaker = speakers.get(s);
			int row = s * SPEAKER_COLUMNS;
			this.speakers[row + SPEAKER_ID] = packed.add(speaker.id());
			this.speakers[row + SPEAKER_NAME] = packed.add(speaker.name());
			this.speakers[row + SPEAKER_DESCRIPTION] = (speaker.description() != null)
					? packed.add(speaker.description()) : NONE;
			List<String> mentions = speaker.mentions();
			boolean nameFirst = !mentions.isEmpty() && mentions.get(0).equals(speaker.name());
			this.speakers[row + SPEAKER_KIND] = speaker.kind().ordinal() | (nameFirst ? NAME_FIRST : 0);
			this.speakers[row + FIRST_MENTION] = packed.size();
			for (String mention : nameFirst ? mentions.subList(1, mentions.size()) : mentions) {
				packed.add(mention);
			}
			this.speakers[row + MENTION_COUNT] = speaker.mentions().size();
			this.speakers[row + QUOTE_COUNT] = speaker.quoteCount();
			speakerIndexes.putIfAbsent(speaker.id(), s);
			this.foldedSpeakerNames[s] = strings.computeIfAbsent(TextFolding.fold(speaker.name()), (name) -> name);
		}
		List<Quote> quotes = extracted.quotes();
		this.quotes = new int[quotes.size() * QUOTE_COLUMNS];
		Map<Integer, String> own = new HashMap<>();
		Map<String, Integer> rules = new HashMap<>();
		List<Postings.Builder> bySpeaker = new ArrayList<>();
		speakers.forEach((speaker) -> bySpeaker.add(new Postings.Builder()));
		List<String> texts = new ArrayList<>(quotes.size());
		for (int i = 0; i < quotes.size(); i++) {
			Quote quote = quotes.get(i);
			texts.add(quote.text());
			int row = i * QUOTE_COLUMNS;
			Attribution attribution = quote.attribution();
			int flags = quote.kind().ordinal() | (quote.section().ordinal() << 2);
			if (attribution.cueSection() != null) {
				flags |= (attribution.cueSection().ordinal() + 1) << 4;
			}
			if (attribution.cue() != null) {
				flags |= HAS_CUE;
			}
			flags |= rules.computeIfAbsent(attribution.rule(), packed::add) << RULE_SHIFT;
			this.quotes[row + FLAGS] = flags;
			this.quotes[row + BLOCK] = number(quote.block());
			this.quotes[row + START] = quote.start();
			this.quotes[row + END] = quote.end();
			this.quotes[row + CUE_BLOCK] = number(attribution.cueBlock());
			this.quotes[row + CUE_START] = number(attribution.cueStart());
			this.quotes[row + CUE_END] = number(attribution.cueEnd());
			Integer speaker = (quote.speakerId() != null) ? speakerIndexes.get(quote.speakerId()) : null;
			if (speaker != null) {
				this.quotes[row + SPEAKER] = speaker;
				bySpeaker.get(speaker).add(i);
			}
			else {
				this.quotes[row + SPEAKER] = (quote.speakerId() != null) ? -1 - packed.add(quote.speakerId()) : NONE;
			}
			this.quotes[row + PARENT_START] = NONE;
			if (quote.parentId() != null) {
				this.quotes[row + PARENT_START] = startOfId(quote.parentId(), quote.section(), quote.block());
				if (this.quotes[row + PARENT_START] == NONE) {
					own.put(i * 4 + OWN_PARENT_ID, quote.parentId());
				}
			}
			String passage = passage(article, quote.section(), quote.block());
			if (!quote.text().equals(substring(passage, quote.start(), quote.end()))) {
				own.put(i * 4 + OWN_TEXT, quote.text());
			}
			if (!quote.id().equals(quoteId(quote.section(), quote.block(), quote.start()))) {
				own.put(i * 4 + OWN_ID, quote.id());
			}
			if (attribution.cue() != null && !attribution.cue()
				.equals(substring(passage(article, attribution.cueSection(), attribution.cueBlock()),
						attribution.cueStart(), attribution.cueEnd()))) {
				own.put(i * 4 + OWN_CUE, attribution.cue());
			}
		}
		this.own = Map.copyOf(own);
		this.strings = packed.build();
		int total = 0;
		for (Postings.Builder builder : bySpeaker) {
			total += builder.count();
		}
		this.quotesBySpeaker = new int[speakers.size() + 1 + total];
		int next = speakers.size() + 1;
		for (int s = 0; s < speakers.size(); s++) {
			this.quotesBySpeaker[s] = next;
			bySpeaker.get(s).copyTo(this.quotesBySpeaker, next);
			next += bySpeaker.get(s).count();
		}
		this.quotesBySpeaker[speakers.size()] = next;
		this.quotesByWord = WordIndex.of(texts, strings);
		this.firstQuote = 0;
		this.ownWords = true;
	}

	private CatalogArticle(CatalogArticle article, WordIndex quotesByWord, int firstQuote) {
		this.slug = article.slug;
		this.title = article.title;
		this.dek = article.dek;
		this.metadata = article.metadata;
		this.strings = article.strings;
		this.blockCount = article.blockCount;
		this.blockKinds = article.blockKinds;
		this.paragraphCount = article.paragraphCount;
		this.speakers = article.speakers;
		this.quotes = article.quotes;
		this.own = article.own;
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

	/** The article as read, its blocks decoded again. */
	public Article article() {
		List<Block> blocks = new ArrayList<>(this.blockCount);
		for (int i = 0; i < this.blockCount; i++) {
			BlockKind kind = (this.blockKinds != null) ? BLOCK_KINDS[this.blockKinds[i]] : BlockKind.PARAGRAPH;
			blocks.add(new Block(i, kind, this.strings.get(i)));
		}
		return new Article(this.slug, this.title, this.dek, blocks,
				(this.metadata != null) ? this.metadata : plainMetadata(this.slug));
	}

	public String slug() {
		return this.slug;
	}

	/** The headline, as {@code article().title()} without decoding the body. */
	public String title() {
		return this.title;
	}

	/** The standfirst or {@code null}, as {@code article().dek()}. */
	public String dek() {
		return this.dek;
	}

	/** The speakers, most quoted first. */
	public List<Speaker> speakers() {
		return new LazyList<>(speakerCount(), this::speaker);
	}

	/** The quotations in reading order. */
	public List<Quote> quotes() {
		return new LazyList<>(quoteCount(), this::quote);
	}

	/** How many blocks of the body are paragraphs (not embeds). */
	public int paragraphCount() {
		return this.paragraphCount;
	}

	public Optional<Speaker> speaker(String id) {
		int s = speakerIndex(id);
		return (s >= 0) ? Optional.of(speaker(s)) : Optional.empty();
	}

	public Optional<Quote> quote(String id) {
		for (Map.Entry<Integer, String> entry : this.own.entrySet()) {
			if (entry.getKey() % 4 == OWN_ID && entry.getValue().equals(id)) {
				return Optional.of(quote(entry.getKey() / 4));
			}
		}
		Section section = id.startsWith("q-title-") ? Section.TITLE
				: id.startsWith("q-dek-") ? Section.DEK : Section.BODY;
		Integer block = null;
		if (section == Section.BODY) {
			int dash = id.indexOf('-', 2);
			block = (id.startsWith("q-") && dash > 0) ? parse(id.substring(2, dash)) : null;
			if (block == null) {
				return Optional.empty();
			}
		}
		int start = startOfId(id, section, block);
		if (start == NONE) {
			return Optional.empty();
		}
		int flags = (section.ordinal() << 2);
		for (int i = 0; i < quoteCount(); i++) {
			int row = i * QUOTE_COLUMNS;
			if ((this.quotes[row + FLAGS] & (3 << 2)) == flags && this.quotes[row + START] == start
					&& this.quotes[row + BLOCK] == number(block) && !this.own.containsKey(i * 4 + OWN_ID)) {
				return Optional.of(quote(i));
			}
		}
		return Optional.empty();
	}

	/** The quotations that match the query, in reading order. */
	public List<Quote> quotes(QuoteQuery query) {
		int[] matches = null;
		if (query.speaker() != null) {
			matches = quotesOfSpeakers(query.speaker());
		}
		if (query.text() != null) {
			matches = Postings.intersect(matches,
					this.quotesByWord.matching(query.text(), this.firstQuote, this.firstQuote + quoteCount()));
		}
		if (query.kind() == null) {
			return (matches != null) ? LazyList.at(matches, this::quote) : quotes();
		}
		int count = (matches != null) ? matches.length : quoteCount();
		int[] ofKind = new int[count];
		int found = 0;
		for (int n = 0; n < count; n++) {
			int i = (matches != null) ? matches[n] : n;
			if (quoteKind(i) == query.kind()) {
				ofKind[found++] = i;
			}
		}
		return LazyList.at(Arrays.copyOf(ofKind, found), this::quote);
	}

	int quoteCount() {
		return this.quotes.length / QUOTE_COLUMNS;
	}

	/** The kind of the quotation at a position, without making the quotation. */
	QuoteKind quoteKind(int position) {
		return KINDS[this.quotes[position * QUOTE_COLUMNS + FLAGS] & 3];
	}

	/** The quotation at a position in reading order, made from its row. */
	Quote quote(int position) {
		int row = position * QUOTE_COLUMNS;
		int flags = this.quotes[row + FLAGS];
		Section section = SECTIONS[(flags >> 2) & 3];
		Integer block = boxed(this.quotes[row + BLOCK]);
		int start = this.quotes[row + START];
		int end = this.quotes[row + END];
		String passage = passage(section, block);
		String text = ownOr(position, OWN_TEXT, passage, start, end);
		String id = this.own.getOrDefault(position * 4 + OWN_ID, quoteId(section, block, start));
		int parentStart = this.quotes[row + PARENT_START];
		String parentId = (parentStart != NONE) ? quoteId(section, block, parentStart)
				: this.own.get(position * 4 + OWN_PARENT_ID);
		int speaker = this.quotes[row + SPEAKER];
		String speakerId = (speaker == NONE) ? null : this.strings
			.get((speaker >= 0) ? this.speakers[speaker * SPEAKER_COLUMNS + SPEAKER_ID] : -1 - speaker);
		int cueSectionNumber = (flags >> 4) & 3;
		Section cueSection = (cueSectionNumber != 0) ? SECTIONS[cueSectionNumber - 1] : null;
		Integer cueBlock = boxed(this.quotes[row + CUE_BLOCK]);
		Integer cueStart = boxed(this.quotes[row + CUE_START]);
		Integer cueEnd = boxed(this.quotes[row + CUE_END]);
		String cue = null;
		if ((flags & HAS_CUE) != 0) {
			String cuePassage = (cueSection == section && Objects.equals(cueBlock, block)) ? passage
					: passage(cueSection, cueBlock);
			cue = ownOr(position, OWN_CUE, cuePassage, cueStart, cueEnd);
		}
		Attribution attribution = new Attribution(this.strings.get(flags >>> RULE_SHIFT), cue, cueSection, cueBlock,
				cueStart, cueEnd);
		return new Quote(id, text, KINDS[flags & 3], speakerId, section, block, start, end, parentId, attribution);
	}

	private String ownOr(int position, int field, String passage, int start, int end) {
		String own = this.own.get(position * 4 + field);
		return (own != null) ? own : passage.substring(start, end);
	}

	/** The speaker at a position, most quoted first, made from its row. */
	Speaker speaker(int s) {
		int row = s * SPEAKER_COLUMNS;
		int description = this.speakers[row + SPEAKER_DESCRIPTION];
		int kind = this.speakers[row + SPEAKER_KIND];
		String name = this.strings.get(this.speakers[row + SPEAKER_NAME]);
		int count = this.speakers[row + MENTION_COUNT];
		List<String> mentions = new ArrayList<>(count);
		int first = 0;
		if ((kind & NAME_FIRST) != 0) {
			mentions.add(name);
			first = 1;
		}
		for (int m = first; m < count; m++) {
			mentions.add(this.strings.get(this.speakers[row + FIRST_MENTION] + m - first));
		}
		return new Speaker(this.strings.get(this.speakers[row + SPEAKER_ID]), name,
				(description != NONE) ? this.strings.get(description) : null, SPEAKER_KINDS[kind & (NAME_FIRST - 1)],
				mentions, this.speakers[row + QUOTE_COUNT]);
	}

	int speakerCount() {
		return this.foldedSpeakerNames.length;
	}

	/** The id of {@code speakers().get(speaker)}. */
	String speakerId(int speaker) {
		return this.strings.get(this.speakers[speaker * SPEAKER_COLUMNS + SPEAKER_ID]);
	}

	/** The positions of the quotations of {@code speakers().get(speaker)}. */
	int[] quotesOfSpeaker(int speaker) {
		return Arrays.copyOfRange(this.quotesBySpeaker, this.quotesBySpeaker[speaker],
				this.quotesBySpeaker[speaker + 1]);
	}

	/** The name of {@code speakers().get(speaker)}, folded. */
	String foldedSpeakerName(int speaker) {
		return this.foldedSpeakerNames[speaker];
	}

	/** The index of this article's own quotation words. */
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
		int s = speakerIndex(speaker);
		if (s >= 0) {
			return quotesOfSpeaker(s);
		}
		String folded = TextFolding.fold(speaker);
		int[] found = new int[quoteCount()];
		int count = 0;
		for (int i = 0; i < this.foldedSpeakerNames.length; i++) {
			if (this.foldedSpeakerNames[i].contains(folded)) {
				int from = this.quotesBySpeaker[i];
				int to = this.quotesBySpeaker[i + 1];
				System.arraycopy(this.quotesBySpeaker, from, found, count, to - from);
				count += to - from;
			}
		}
		return Postings.sortedDistinct(found, count);
	}

	/** The index of the first speaker with this id, or -1. */
	private int speakerIndex(String id) {
		byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
		for (int s = 0; s < this.foldedSpeakerNames.length; s++) {
			if (this.strings.equals(this.speakers[s * SPEAKER_COLUMNS + SPEAKER_ID], utf8)) {
				return s;
			}
		}
		return -1;
	}

	/** The text of a passage: the title, the dek or a block of the body. */
	private String passage(Section section, Integer block) {
		if (section == null) {
			return null;
		}
		return switch (section) {
			case TITLE -> this.title;
			case DEK -> this.dek;
			case BODY -> (block != null && block >= 0 && block < this.blockCount) ? this.strings.get(block) : null;
		};
	}

	private static ArticleMetadata plainMetadata(String slug) {
		return ArticleMetadata.ofFile(slug + ".txt");
	}

	private static String passage(Article article, Section section, Integer block) {
		if (section == null) {
			return null;
		}
		return switch (section) {
			case TITLE -> article.title();
			case DEK -> article.dek();
			case BODY -> (block != null && block >= 0 && block < article.blocks().size())
					? article.blocks().get(block).text() : null;
		};
	}

	private static String substring(String text, Integer start, Integer end) {
		return (text != null && start != null && end != null && 0 <= start && start <= end && end <= text.length())
				? text.substring(start, end) : null;
	}

	/** The id the pipeline gives a quotation starting at an offset of a passage. */
	private static String quoteId(Section section, Integer block, int start) {
		return Quote.id(section, block, start);
	}

	/**
	 * The start of a quotation in the given passage with this id, or {@code NONE} when no
	 * quotation of that passage has it.
	 */
	private static int startOfId(String id, Section section, Integer block) {
		String prefix = quoteId(section, block, 0);
		prefix = prefix.substring(0, prefix.length() - 1);
		Integer start = id.startsWith(prefix) ? parse(id.substring(prefix.length())) : null;
		return (start != null && start >= 0 && quoteId(section, block, start).equals(id)) ? start : NONE;
	}

	private static Integer parse(String digits) {
		try {
			return Integer.valueOf(digits);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static int number(Integer value) {
		return (value != null) ? value : NONE;
	}

	private static Integer boxed(int number) {
		return (number != NONE) ? number : null;
	}

}

package dev.articlequotes.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.articlequotes.article.Article;
import dev.articlequotes.article.ArticleMetadata;
import dev.articlequotes.article.Block;
import dev.articlequotes.article.BlockKind;
import dev.articlequotes.extraction.Attribution;
import dev.articlequotes.extraction.Excerpt;
import dev.articlequotes.extraction.ExtractedQuotes;
import dev.articlequotes.extraction.Quote;
import dev.articlequotes.extraction.QuoteKind;
import dev.articlequotes.extraction.Section;
import dev.articlequotes.extraction.Speaker;
import dev.articlequotes.extraction.SpeakerKind;

/**
 * One article with its speakers and quotations, stored compactly, as a large catalog
 * holds thousands: the body's text and the speakers' words once as UTF-8, each quotation
 * and speaker as a row of numbers, and the article, speakers and quotations made again as
 * records when asked for. A quotation's text, id, parent's id and the words of its cue
 * and source are not stored: they are what the article gives at their offsets, which is
 * how the pipeline makes them, and packing checks that each one is
 * ({@link QuotationOffsets}). Immutable; answers no query.
 */
final class PackedArticle {

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

	/** The block, start and end of the cue, from this column. */
	private static final int CUE = 6;

	/** The block, start and end of the source, from this column. */
	private static final int SOURCE = 9;

	private static final int QUOTE_COLUMNS = 12;

	/**
	 * In FLAGS: kind in bits 0-1, section in bits 2-3, the cue's section + 1 from
	 * {@code CUE_SECTION_SHIFT} (0 without a cue), the source's section + 1 from
	 * {@code SOURCE_SECTION_SHIFT} (0 without a source), and from {@code RULE_SHIFT} the
	 * number of the rule's name in {@code strings}.
	 */
	private static final int CUE_SECTION_SHIFT = 4;

	private static final int SOURCE_SECTION_SHIFT = 6;

	private static final int RULE_SHIFT = 8;

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
	 * Packs an article and what the pipeline extracted from it.
	 * @throws dev.articlequotes.article.ArticleFormatException naming the article's file
	 * and the quotation, when a quotation's text, id, parent, cue or source is not what
	 * the article gives at its offsets
	 */
	PackedArticle(Article article, ExtractedQuotes extracted) {
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
		QuotationOffsets.check(article, extracted.quotes());
		Map<String, Integer> speakerIndexes = new HashMap<>();
		this.speakers = packSpeakers(extracted.speakers(), packed, speakerIndexes);
		this.quotes = packQuotes(article, extracted.quotes(), packed, speakerIndexes);
		this.strings = packed.build();
	}

	private static int[] packSpeakers(List<Speaker> speakers, PackedStrings.Builder packed,
			Map<String, Integer> speakerIndexes) {
		int[] rows = new int[speakers.size() * SPEAKER_COLUMNS];
		for (int s = 0; s < speakers.size(); s++) {
			Speaker speaker = speakers.get(s);
			int row = s * SPEAKER_COLUMNS;
			rows[row + SPEAKER_ID] = packed.add(speaker.id());
			rows[row + SPEAKER_NAME] = packed.add(speaker.name());
			rows[row + SPEAKER_DESCRIPTION] = (speaker.description() != null) ? packed.add(speaker.description())
					: NONE;
			List<String> mentions = speaker.mentions();
			boolean nameFirst = !mentions.isEmpty() && mentions.get(0).equals(speaker.name());
			rows[row + SPEAKER_KIND] = speaker.kind().ordinal() | (nameFirst ? NAME_FIRST : 0);
			rows[row + FIRST_MENTION] = packed.size();
			for (String mention : nameFirst ? mentions.subList(1, mentions.size()) : mentions) {
				packed.add(mention);
			}
			rows[row + MENTION_COUNT] = mentions.size();
			rows[row + QUOTE_COUNT] = speaker.quoteCount();
			speakerIndexes.putIfAbsent(speaker.id(), s);
		}
		return rows;
	}

	private static int[] packQuotes(Article article, List<Quote> quotes, PackedStrings.Builder packed,
			Map<String, Integer> speakerIndexes) {
		Map<String, Quote> quotesById = new HashMap<>();
		quotes.forEach((quote) -> quotesById.putIfAbsent(quote.id(), quote));
		Map<String, Integer> rules = new HashMap<>();
		int[] rows = new int[quotes.size() * QUOTE_COLUMNS];
		for (int i = 0; i < quotes.size(); i++) {
			Quote quote = quotes.get(i);
			int row = i * QUOTE_COLUMNS;
			Attribution attribution = quote.attribution();
			int flags = quote.kind().ordinal() | (quote.section().ordinal() << 2);
			flags |= packExcerpt(attribution.cue(), rows, row + CUE) << CUE_SECTION_SHIFT;
			flags |= packExcerpt(attribution.source(), rows, row + SOURCE) << SOURCE_SECTION_SHIFT;
			flags |= rules.computeIfAbsent(attribution.rule(), packed::add) << RULE_SHIFT;
			rows[row + FLAGS] = flags;
			rows[row + BLOCK] = number(quote.block());
			rows[row + START] = quote.start();
			rows[row + END] = quote.end();
			Integer speaker = (quote.speakerId() != null) ? speakerIndexes.get(quote.speakerId()) : null;
			if (speaker != null) {
				rows[row + SPEAKER] = speaker;
			}
			else {
				rows[row + SPEAKER] = (quote.speakerId() != null) ? -1 - packed.add(quote.speakerId()) : NONE;
			}
			// The check found the parent in the same passage
			rows[row + PARENT_START] = (quote.parentId() != null) ? quotesById.get(quote.parentId()).start() : NONE;
		}
		return rows;
	}

	/**
	 * Stores an excerpt's block, start and end from a column; gives its section + 1 for
	 * the flags, 0 when there is no excerpt.
	 */
	private static int packExcerpt(Excerpt excerpt, int[] rows, int column) {
		rows[column] = (excerpt != null) ? number(excerpt.block()) : NONE;
		rows[column + 1] = (excerpt != null) ? excerpt.start() : NONE;
		rows[column + 2] = (excerpt != null) ? excerpt.end() : NONE;
		return (excerpt != null) ? excerpt.section().ordinal() + 1 : 0;
	}

	/**
	 * The excerpt stored from a column of a row, with the section number of the flags;
	 * the text of the quotation's passage is decoded once for it and the quotation.
	 */
	private Excerpt excerpt(int sectionNumber, int column, Section quoteSection, Integer quoteBlock,
			String quotePassage) {
		if (sectionNumber == 0) {
			return null;
		}
		Section section = SECTIONS[sectionNumber - 1];
		Integer block = boxed(this.quotes[column]);
		int start = this.quotes[column + 1];
		int end = this.quotes[column + 2];
		String passage = (section == quoteSection && Objects.equals(block, quoteBlock)) ? quotePassage
				: passage(section, block);
		return new Excerpt(passage.substring(start, end), section, block, start, end);
	}

	String slug() {
		return this.slug;
	}

	String title() {
		return this.title;
	}

	String dek() {
		return this.dek;
	}

	int paragraphCount() {
		return this.paragraphCount;
	}

	/** The article as read, its blocks decoded again. */
	Article article() {
		List<Block> blocks = new ArrayList<>(this.blockCount);
		for (int i = 0; i < this.blockCount; i++) {
			BlockKind kind = (this.blockKinds != null) ? BLOCK_KINDS[this.blockKinds[i]] : BlockKind.PARAGRAPH;
			blocks.add(new Block(i, kind, this.strings.get(i)));
		}
		return new Article(this.slug, this.title, this.dek, blocks,
				(this.metadata != null) ? this.metadata : plainMetadata(this.slug));
	}

	int quoteCount() {
		return this.quotes.length / QUOTE_COLUMNS;
	}

	/** The quotation at a position in reading order, made from its row. */
	Quote quote(int position) {
		int row = position * QUOTE_COLUMNS;
		int flags = this.quotes[row + FLAGS];
		Section section = SECTIONS[(flags >> 2) & 3];
		Integer block = boxed(this.quotes[row + BLOCK]);
		int start = this.quotes[row + START];
		String passage = passage(section, block);
		int parentStart = this.quotes[row + PARENT_START];
		String parentId = (parentStart != NONE) ? Quote.id(section, block, parentStart) : null;
		int speaker = this.quotes[row + SPEAKER];
		String speakerId = (speaker == NONE) ? null : this.strings
			.get((speaker >= 0) ? this.speakers[speaker * SPEAKER_COLUMNS + SPEAKER_ID] : -1 - speaker);
		Attribution attribution = new Attribution(this.strings.get(flags >>> RULE_SHIFT),
				excerpt((flags >> CUE_SECTION_SHIFT) & 3, row + CUE, section, block, passage),
				excerpt((flags >> SOURCE_SECTION_SHIFT) & 3, row + SOURCE, section, block, passage));
		return new Quote(Quote.id(section, block, start), passage.substring(start, this.quotes[row + END]),
				KINDS[flags & 3], speakerId, section, block, start, this.quotes[row + END], parentId, attribution);
	}

	/** The id of the quotation at a position, without making the quotation. */
	String quoteId(int position) {
		int row = position * QUOTE_COLUMNS;
		return Quote.id(SECTIONS[(this.quotes[row + FLAGS] >> 2) & 3], boxed(this.quotes[row + BLOCK]),
				this.quotes[row + START]);
	}

	/** The text of the quotation at a position, without making the quotation. */
	String quoteText(int position) {
		int row = position * QUOTE_COLUMNS;
		return passage(SECTIONS[(this.quotes[row + FLAGS] >> 2) & 3], boxed(this.quotes[row + BLOCK]))
			.substring(this.quotes[row + START], this.quotes[row + END]);
	}

	/** The kind of the quotation at a position, without making the quotation. */
	QuoteKind quoteKind(int position) {
		return KINDS[this.quotes[position * QUOTE_COLUMNS + FLAGS] & 3];
	}

	/**
	 * The index of the speaker of the quotation at a position, or -1 when it has none of
	 * the speakers.
	 */
	int quoteSpeaker(int position) {
		return Math.max(this.quotes[position * QUOTE_COLUMNS + SPEAKER], -1);
	}

	int speakerCount() {
		return this.speakers.length / SPEAKER_COLUMNS;
	}

	/** The speaker at a position, most quoted first, made from its row. */
	Speaker speaker(int s) {
		int row = s * SPEAKER_COLUMNS;
		int description = this.speakers[row + SPEAKER_DESCRIPTION];
		int kind = this.speakers[row + SPEAKER_KIND];
		String name = speakerName(s);
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
		return new Speaker(speakerId(s), name, (description != NONE) ? this.strings.get(description) : null,
				SPEAKER_KINDS[kind & (NAME_FIRST - 1)], mentions, this.speakers[row + QUOTE_COUNT]);
	}

	String speakerId(int s) {
		return this.strings.get(this.speakers[s * SPEAKER_COLUMNS + SPEAKER_ID]);
	}

	String speakerName(int s) {
		return this.strings.get(this.speakers[s * SPEAKER_COLUMNS + SPEAKER_NAME]);
	}

	/** The index of the first speaker with this id, or -1. */
	int speakerWithId(String id) {
		byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
		for (int s = 0; s < speakerCount(); s++) {
			if (this.strings.equals(this.speakers[s * SPEAKER_COLUMNS + SPEAKER_ID], utf8)) {
				return s;
			}
		}
		return -1;
	}

	/** The text of a passage: the title, the dek or a block of the body. */
	private String passage(Section section, Integer block) {
		return switch (section) {
			case TITLE -> this.title;
			case DEK -> this.dek;
			case BODY -> this.strings.get(block);
		};
	}

	private static ArticleMetadata plainMetadata(String slug) {
		return ArticleMetadata.ofFile(slug + ".txt");
	}

	private static int number(Integer value) {
		return (value != null) ? value : NONE;
	}

	private static Integer boxed(int number) {
		return (number != NONE) ? number : null;
	}

}

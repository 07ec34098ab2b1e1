package dev.articlequotes.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

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
 * Generates news articles from the sentence shapes of real ones (a quotation then its
 * reporting clause, a speaker introduced with a role then a colon, a pronoun continuing,
 * a partial quotation inside narration) with the quotations and speakers it planted, so
 * the catalog can be measured at any size whatever the extraction finds. Seeded: the same
 * seed gives the same articles.
 */
final class SyntheticArticles {

	private static final String[] FIRST = { "Maria", "Oleksandr", "Jean", "Aiko", "Samuel", "Fatima", "Lars", "Priya",
			"Diego", "Hannah", "Kwame", "Sofia", "Tomasz", "Mei", "Rafael", "Ingrid", "Omar", "Chloé", "Yusuf", "Zoë" };

	private static final String[] LAST = { "Kovalenko", "Dubois", "Tanaka", "Okafor", "Lindqvist", "Rao", "Moreno",
			"Schmidt", "Mensah", "Novak", "Chen", "Almeida", "Berg", "Haddad", "Müller", "Petrov", "García", "Nakamura",
			"Owusu", "Jensen", "Costa", "Ivanova", "Kaplan", "Silva", "Weber" };

	private static final String[] ROLES = { "a spokesperson for the ministry", "the city's mayor",
			"a professor of economics", "the union's chair", "a local shopkeeper", "the company's chief executive",
			"a senior diplomat", "an emergency doctor" };

	private static final String[] CUES = { "said", "says", "told reporters", "added", "explained", "wrote",
			"recalled" };

	private static final String[] CLAIMS = { "We have never seen anything like this before",
			"Nobody told us what would happen next", "The numbers speak for themselves",
			"People are tired and they want answers", "This is only the beginning of a long process",
			"I was afraid, but I had no choice", "We will keep working until the job is done",
			"The decision was taken without consulting anyone", "Prices have doubled since the spring",
			"It is too early to say whether the plan will work", "Our members are ready to return to work",
			"Every family here has lost someone" };

	private static final String[] PHRASES = { "a turning point", "deeply troubling", "the right thing to do",
			"a passing storm", "completely unacceptable", "an honest mistake" };

	private static final String[] NARRATION = { "The announcement came after weeks of talks between the two sides.",
			"Officials did not respond to a request for comment on Tuesday.",
			"The figures, published late on Monday, were higher than most analysts expected.",
			"Residents gathered outside the town hall as the meeting went on into the evening.",
			"Similar measures were introduced in several neighbouring countries last year.",
			"The report runs to more than 200 pages and includes dozens of recommendations." };

	private static final String[] TOPICS = { "Talks", "Strike", "Budget", "Flood", "Election", "Harvest", "Summit",
			"Trial" };

	private final Random random;

	SyntheticArticles(long seed) {
		this.random = new Random(seed);
	}

	/**
	 * One generated article: its file text, the article read from it and the quotations
	 * and speakers planted in it.
	 */
	record Generated(String slug, String text, Article article, ExtractedQuotes planted) {

		PackedArticle packedArticle() {
			return new PackedArticle(this.article, this.planted);
		}

	}

	/** Generates the next n articles, numbered from {@code first}. */
	List<Generated> generate(int first, int n) {
		List<Generated> articles = new ArrayList<>(n);
		for (int i = first; i < first + n; i++) {
			articles.add(article(i));
		}
		return articles;
	}

	private Generated article(int number) {
		String slug = String.format(Locale.ROOT, "synthetic-%06d", number);
		String title = pick(TOPICS) + " continue as sides dig in, report " + number;
		List<String> names = new ArrayList<>();
		int speakerCount = 3 + this.random.nextInt(4);
		while (names.size() < speakerCount) {
			String name = pick(FIRST) + " " + pick(LAST);
			if (!names.contains(name)) {
				names.add(name);
			}
		}
		List<Block> blocks = new ArrayList<>();
		List<Quote> quotes = new ArrayList<>();
		Map<String, Integer> quoteCounts = new LinkedHashMap<>();
		int paragraphs = 8 + this.random.nextInt(10);
		for (int index = 0; index < paragraphs; index++) {
			StringBuilder text = new StringBuilder();
			String name = names.get(this.random.nextInt(names.size()));
			String speakerId = id(name);
			switch (this.random.nextInt(5)) {
				case 0 -> {
					quotes.add(quote(index, text, "“", pick(CLAIMS) + ",", "”", speakerId));
					text.append(' ').append(name).append(' ').append(pick(CUES)).append('.');
				}
				case 1 -> {
					text.append(name).append(", ").append(pick(ROLES)).append(", said: ");
					quotes.add(quote(index, text, "“", pick(CLAIMS) + ".", "”", speakerId));
				}
				case 2 -> {
					quotes.add(quote(index, text, "“", pick(CLAIMS) + ",", "”", speakerId));
					text.append(" said ").append(name).append(", ").append(pick(ROLES)).append(". ");
					quotes.add(quote(index, text, "“", pick(CLAIMS) + ".", "”", speakerId));
				}
				case 3 -> {
					text.append(pick(NARRATION)).append(' ').append(name).append(" called it ");
					quotes.add(quote(index, text, "“", pick(PHRASES), "”", speakerId, QuoteKind.PARTIAL));
					text.append('.');
				}
				default -> {
					text.append(pick(NARRATION)).append(' ').append(pick(NARRATION));
					speakerId = null;
				}
			}
			if (speakerId != null) {
				quoteCounts.merge(speakerId,
						(int) quotes.stream().filter((q) -> q.block() != null && q.block() == blocks.size()).count(),
						Integer::sum);
			}
			blocks.add(new Block(index, BlockKind.PARAGRAPH, text.toString()));
		}
		List<Speaker> speakers = new ArrayList<>();
		for (String name : names) {
			Integer count = quoteCounts.get(id(name));
			if (count != null) {
				speakers.add(new Speaker(id(name), name, null, SpeakerKind.PERSON, List.of(name), count));
			}
		}
		speakers.sort((a, b) -> Integer.compare(b.quoteCount(), a.quoteCount()));
		StringBuilder file = new StringBuilder(title).append("\n\n");
		blocks.forEach((block) -> file.append(block.text()).append("\n\n"));
		Article article = new Article(slug, title, null, blocks, ArticleMetadata.ofFile(slug + ".txt"));
		return new Generated(slug, file.toString(), article, new ExtractedQuotes(speakers, quotes));
	}

	private Quote quote(int block, StringBuilder text, String open, String words, String close, String speakerId) {
		return quote(block, text, open, words, close, speakerId, QuoteKind.DIRECT);
	}

	/** Appends a quotation to the paragraph and returns it, at its offsets. */
	private Quote quote(int block, StringBuilder text, String open, String words, String close, String speakerId,
			QuoteKind kind) {
		text.append(open);
		int start = text.length();
		text.append(words);
		int end = text.length();
		text.append(close);
		return new Quote("q-" + block + "-" + start, words, kind, speakerId, Section.BODY, block, start, end, null,
				Attribution.withoutCue("synthetic"));
	}

	static String id(String name) {
		return TextFolding.withoutAccents(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
	}

	private String pick(String[] values) {
		return values[this.random.nextInt(values.length)];
	}

}

package dev.articlequotes.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.articlequotes.article.Article;
import dev.articlequotes.article.ArticleMetadata;
import dev.articlequotes.article.Block;
import dev.articlequotes.article.BlockKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Extracts seeded random articles made of words, names, cue verbs, pronouns, every kind
 * of quote mark, apostrophes, unclosed marks, tiny and huge paragraphs and unicode, and
 * checks that the pipeline never throws and that its result is consistent. Each case
 * prints its seed; replay one with {@code -Dextraction.fuzz.seed=SEED}, run more with
 * {@code -Dextraction.fuzz.cases=N}.
 */
class ExtractionFuzzTests {

	private static final int CASES = Integer.getInteger("extraction.fuzz.cases", 300);

	private static final String[] WORDS = { "the", "plan", "was", "a", "new", "bridge", "and", "of", "to", "in",
			"council", "money", "it", "would", "never", "work", "yesterday", "police", "report", "people", "that", "is",
			"not", "but", "we", "I", "you", "very", "good", "bad", "on", "Monday", "as", "called", "dubbed", "campaign",
			"according", "to", "spokesman", "spokeswoman", "mother", "his", "her", "their", "company", "government",
			"who", "for", "Mr", "Ms", "Dr", "BBC", "Radio", "4's", "Today", "programme", "told", "(AP)", "—", "-", ":",
			";", ",", ".", "?", "!", "…", "(", ")", "don't", "it’s", "O'Brien", "soldiers’", "’90s", "'em",
			"rock'n'roll", "Müller", "Zoë", "Łódź", "東京", "🙂", "\u00a0", "\t", "e\u0301", "x̧", "ß", "İstanbul",
			"U.S.", "a.m.", "123", "3.5%", "$10", "#hashtag", "@handle", "http://x.y/z", "\u200b", "\uFEFF" };

	private static final String[] NAMES = { "Ana Lima", "Tom Baker", "Lima", "Baker", "Mr Baker", "Ms Lima",
			"Acme Corp", "the Transport Ministry", "Ravi Patel", "Patel", "Sister Jo", "Greta", "The Company",
			"Green Party", "NASA", "Jean-Luc O'Neill", "Dr Ola Ade", "Ade", "He", "She", "They", "It", "His", "Her" };

	private static final String[] CUES = { "said", "says", "told", "added", "asked", "warned", "argues", "noted",
			"explained", "insisted", "said in a statement", "told reporters", "wrote", "thought", "pointing out",
			"according to", "may say", "might think", "frowns", "replied", "said:", "asks,", "recalled" };

	private static final String[] PRONOUNS = { "he", "she", "they", "it", "his", "her", "He", "She", "They", "It", "I",
			"we", "his mother", "her son", "the man", "the woman", "a spokesman", "another man", "the company" };

	private static final String[] MARKS = { "“", "”", "‘", "’", "\"", "'", "«", "»", "„", "‚", "‹", "›", "「", "」", "`",
			"´" };

	static Stream<Long> seeds() {
		String fixed = System.getProperty("extraction.fuzz.seed");
		if (fixed != null) {
			return Stream.of(Long.parseLong(fixed));
		}
		long base = new Random().nextLong();
		return LongStream.range(0, CASES).mapToObj((n) -> base + n);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void extractingARandomArticleShouldNeverThrowAndStayConsistent(long seed) {
		System.out.println("extraction fuzz seed " + seed + " (replay with -Dextraction.fuzz.seed=" + seed + ")");
		Article article = randomArticle(new Random(seed));
		QuoteExtractor extractor = new QuoteExtractor();
		ExtractedQuotes[] results = new ExtractedQuotes[2];
		assertThatCode(() -> {
			results[0] = extractor.extract(article);
			results[1] = new QuoteExtractor().extract(article);
		}).as("seed %d", seed).doesNotThrowAnyException();
		assertConsistent(article, results[0], seed);
		assertThat(results[1]).as("seed %d: same input, same result", seed).isEqualTo(results[0]);
	}

	@ParameterizedTest(name = "{1} quotations per paragraph")
	@CsvSource({ "10000, 5", "10000, 10000" })
	void anArticleWithTenThousandQuotationsShouldBeExtractedQuickly(int quotes, int perParagraph) {
		QuoteExtractor extractor = new QuoteExtractor();
		long smallMillis = timed(extractor, quotationsArticle(quotes / 10, perParagraph), quotes / 10);
		Article article = quotationsArticle(quotes, perParagraph);
		long millis = timed(extractor, article, quotes);
		System.out.printf("%nExtracting %d quotations (%d per paragraph) took %d ms; a tenth of them %d ms%n", quotes,
				perParagraph, millis, smallMillis);
		assertThat(millis).isLessThan(5_000);
	}

	private static long timed(QuoteExtractor extractor, Article article, int quotes) {
		long start = System.nanoTime();
		ExtractedQuotes extracted = extractor.extract(article);
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(extracted.quotes()).hasSizeGreaterThanOrEqualTo(quotes);
		assertConsistent(article, extracted, 0);
		return millis;
	}

	/**
	 * An article of the given number of sentences with quotations, attributed in the
	 * common ways, with one nested quotation in each fourth sentence.
	 */
	private static Article quotationsArticle(int quotes, int perParagraph) {
		List<String> paragraphs = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		for (int i = 0; i < quotes; i++) {
			String speaker = "Person" + (char) ('A' + i % 26) + " Speaker" + (char) ('A' + (i / 26) % 26);
			String sentence = switch (i % 4) {
				case 0 -> "“We counted item " + i + " today,” said " + speaker + ". ";
				case 1 -> speaker + " said: “The total was " + i + ".” ";
				case 2 -> "“It rose again,” he added. “Then it fell ‘sharply’ for " + i + ".” ";
				default -> "The board called it a \"fair plan " + i + "\" on Monday. ";
			};
			paragraph.append(sentence);
			if (i % perParagraph == perParagraph - 1 || i == quotes - 1) {
				paragraphs.add(paragraph.toString().trim());
				paragraph.setLength(0);
			}
		}
		return TestArticles.article("Many quotations", paragraphs.toArray(String[]::new));
	}

	@Test
	void aHugeParagraphWithOneUnclosedQuotationShouldBeExtractedQuickly() {
		StringBuilder text = new StringBuilder("“");
		for (int i = 0; i < 20_000; i++) {
			text.append("word").append(i).append((i % 17 == 0) ? ", he said, " : " ");
		}
		Article article = TestArticles.article("One long paragraph", text.toString());
		long start = System.nanoTime();
		ExtractedQuotes extracted = new QuoteExtractor().extract(article);
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("%nExtracting one paragraph of %d characters took %d ms%n", text.length(), millis);
		assertThat(extracted.quotes()).hasSize(1);
		assertConsistent(article, extracted, 0);
		assertThat(millis).isLessThan(10_000);
	}

	static void assertConsistent(Article article, ExtractedQuotes extracted, long seed) {
		Map<String, Quote> byId = new HashMap<>();
		for (Quote quote : extracted.quotes()) {
			assertThat(byId.put(quote.id(), quote)).as("seed %d: unique id %s", seed, quote.id()).isNull();
		}
		Map<String, Integer> counts = new HashMap<>();
		Set<String> speakerIds = new HashSet<>();
		for (Speaker speaker : extracted.speakers()) {
			assertThat(speakerIds.add(speaker.id())).as("seed %d: unique speaker id %s", seed, speaker.id()).isTrue();
			assertThat(speaker.name().toLowerCase(Locale.ROOT).strip()).as("seed %d: speaker name", seed)
				.isNotIn("he", "she", "they", "his", "her", "it", "him", "its", "their", "them", "i", "we");
		}
		for (Quote quote : extracted.quotes()) {
			String source = passageText(article, quote);
			assertThat(quote.end()).as("seed %d: end of %s", seed, quote.id()).isLessThanOrEqualTo(source.length());
			assertThat(quote.text()).as("seed %d: text of %s", seed, quote.id())
				.isEqualTo(source.substring(quote.start(), quote.end()));
			if (quote.speakerId() != null) {
				assertThat(speakerIds).as("seed %d: speaker of %s", seed, quote.id()).contains(quote.speakerId());
				counts.merge(quote.speakerId(), 1, Integer::sum);
			}
			if (quote.parentId() != null) {
				Quote parent = byId.get(quote.parentId());
				assertThat(parent).as("seed %d: parent of %s", seed, quote.id()).isNotNull();
				assertThat(parent.section()).isEqualTo(quote.section());
				assertThat(parent.block()).isEqualTo(quote.block());
				assertThat(parent.start()).as("seed %d: parent encloses %s", seed, quote.id())
					.isLessThanOrEqualTo(quote.start());
				assertThat(parent.end()).as("seed %d: parent encloses %s", seed, quote.id())
					.isGreaterThanOrEqualTo(quote.end());
				assertThat(parent.parentId()).as("seed %d: parent of %s is top-level", seed, quote.id()).isNull();
			}
			if (quote.attribution().cue() != null) {
				Quote cued = quote;
				String cueSource = switch (cued.attribution().cueSection()) {
					case TITLE -> article.title();
					case DEK -> article.dek();
					case BODY -> article.blocks().get(cued.attribution().cueBlock()).text();
				};
				assertThat(cued.attribution().cue()).as("seed %d: cue of %s", seed, quote.id())
					.isEqualTo(cueSource.substring(cued.attribution().cueStart(), cued.attribution().cueEnd()));
			}
		}
		for (Speaker speaker : extracted.speakers()) {
			assertThat(speaker.quoteCount()).as("seed %d: quoteCount of %s", seed, speaker.id())
				.isEqualTo(counts.getOrDefault(speaker.id(), 0));
		}
	}

	private static String passageText(Article article, Quote quote) {
		return switch (quote.section()) {
			case TITLE -> article.title();
			case DEK -> article.dek();
			case BODY -> article.blocks().get(quote.block()).text();
		};
	}

	private static Article randomArticle(Random random) {
		String title = paragraph(random, 1 + random.nextInt(12));
		String dek = random.nextInt(3) == 0 ? paragraph(random, 1 + random.nextInt(30)) : null;
		int count = random.nextInt(8);
		List<Block> blocks = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int size = switch (random.nextInt(10)) {
				case 0 -> 1;
				case 1 -> 2000 + random.nextInt(3000);
				default -> 1 + random.nextInt(80);
			};
			BlockKind kind = random.nextInt(10) == 0 ? BlockKind.EMBED : BlockKind.PARAGRAPH;
			blocks.add(new Block(blocks.size(), kind, paragraph(random, size)));
		}
		return new Article("fuzz", title, dek, blocks, ArticleMetadata.ofFile("fuzz.txt"));
	}

	private static String paragraph(Random random, int pieces) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < pieces; i++) {
			if (random.nextInt(4) != 0 && text.length() > 0) {
				text.append(' ');
			}
			text.append(piece(random));
		}
		String result = text.toString();
		return result.isBlank() ? "“" : result;
	}

	private static String piece(Random random) {
		return switch (random.nextInt(10)) {
			case 0, 1 -> pick(random, MARKS);
			case 2 -> pick(random, NAMES);
			case 3 -> pick(random, CUES);
			case 4 -> pick(random, PRONOUNS);
			case 5 -> pick(random, MARKS) + pick(random, WORDS) + " " + pick(random, WORDS) + pick(random, MARKS);
			case 6 -> String.valueOf((char) random.nextInt(0x3000));
			default -> pick(random, WORDS);
		};
	}

	private static String pick(Random random, String[] pool) {
		return pool[random.nextInt(pool.length)];
	}

}

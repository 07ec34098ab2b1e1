package dev.articlequotes.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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
 * checks that the pipeline never throws and that its result is consistent. A run prints
 * its one seed, from which every case's generator is derived, and a failure names it with
 * the case: replay the run with {@code -Dextraction.fuzz.seed=SEED}, run more cases with
 * {@code -Dextraction.fuzz.cases=N}. How long large articles take is measured by
 * {@code LargeArticleBenchmark} (src/jmh), not here.
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

	/** The run's seed: every case's generator is derived from it. */
	static final long SEED = Long.getLong("extraction.fuzz.seed", new Random().nextLong());

	private static final String REPLAY = "seed " + SEED + ", replay with -Dextraction.fuzz.seed=" + SEED;

	static {
		System.out.println("ExtractionFuzzTests seed: " + SEED + " (replay with -Dextraction.fuzz.seed=" + SEED + ")");
	}

	/** The seeds of the run's cases, derived from {@link #SEED}. */
	static Stream<Arguments> cases() {
		long[] seeds = new Random(SEED).longs(CASES).toArray();
		return IntStream.range(0, CASES).mapToObj((n) -> Arguments.of(n, seeds[n]));
	}

	@ParameterizedTest(name = "case {0}")
	@MethodSource("cases")
	void extractingARandomArticleShouldNeverThrowAndStayConsistent(int number, long caseSeed) {
		String replay = "case " + number + " of " + REPLAY;
		Article article = randomArticle(new Random(caseSeed));
		QuoteExtractor extractor = new QuoteExtractor();
		ExtractedQuotes[] results = new ExtractedQuotes[2];
		assertThatCode(() -> {
			results[0] = extractor.extract(article);
			results[1] = new QuoteExtractor().extract(article);
		}).as(replay).doesNotThrowAnyException();
		assertConsistent(article, results[0], replay);
		assertThat(results[1]).as("%s: same input, same result", replay).isEqualTo(results[0]);
	}

	@ParameterizedTest(name = "{1} quotations per paragraph")
	@CsvSource({ "10000, 5", "10000, 10000" })
	void anArticleWithTenThousandQuotationsShouldFindThemAllConsistently(int quotes, int perParagraph) {
		Article article = LargeArticles.quotations(quotes, perParagraph);
		ExtractedQuotes extracted = new QuoteExtractor().extract(article);
		assertThat(extracted.quotes()).hasSizeGreaterThanOrEqualTo(quotes);
		assertConsistent(article, extracted, "%d quotations, %d per paragraph".formatted(quotes, perParagraph));
	}

	@Test
	void aHugeParagraphWithOneUnclosedQuotationShouldFindItConsistently() {
		Article article = LargeArticles.oneUnclosedQuotation(20_000);
		ExtractedQuotes extracted = new QuoteExtractor().extract(article);
		assertThat(extracted.quotes()).hasSize(1);
		assertConsistent(article, extracted, "one unclosed quotation");
	}

	static void assertConsistent(Article article, ExtractedQuotes extracted, String replay) {
		Map<String, Quote> byId = new HashMap<>();
		for (Quote quote : extracted.quotes()) {
			assertThat(byId.put(quote.id(), quote)).as("%s: unique id %s", replay, quote.id()).isNull();
		}
		Map<String, Integer> counts = new HashMap<>();
		Set<String> speakerIds = new HashSet<>();
		for (Speaker speaker : extracted.speakers()) {
			assertThat(speakerIds.add(speaker.id())).as("%s: unique speaker id %s", replay, speaker.id()).isTrue();
			assertThat(speaker.name().toLowerCase(Locale.ROOT).strip()).as("%s: speaker name", replay)
				.isNotIn("he", "she", "they", "his", "her", "it", "him", "its", "their", "them", "i", "we");
		}
		for (Quote quote : extracted.quotes()) {
			String source = passageText(article, quote);
			assertThat(quote.end()).as("%s: end of %s", replay, quote.id()).isLessThanOrEqualTo(source.length());
			assertThat(quote.text()).as("%s: text of %s", replay, quote.id())
				.isEqualTo(source.substring(quote.start(), quote.end()));
			if (quote.speakerId() != null) {
				assertThat(speakerIds).as("%s: speaker of %s", replay, quote.id()).contains(quote.speakerId());
				counts.merge(quote.speakerId(), 1, Integer::sum);
			}
			if (quote.parentId() != null) {
				Quote parent = byId.get(quote.parentId());
				assertThat(parent).as("%s: parent of %s", replay, quote.id()).isNotNull();
				assertThat(parent.section()).isEqualTo(quote.section());
				assertThat(parent.block()).isEqualTo(quote.block());
				assertThat(parent.start()).as("%s: parent encloses %s", replay, quote.id())
					.isLessThanOrEqualTo(quote.start());
				assertThat(parent.end()).as("%s: parent encloses %s", replay, quote.id())
					.isGreaterThanOrEqualTo(quote.end());
				assertThat(parent.parentId()).as("%s: parent of %s is top-level", replay, quote.id()).isNull();
			}
			assertThat(quote.attribution().source() != null).as("%s: source of %s", replay, quote.id())
				.isEqualTo(quote.speakerId() != null);
			for (Excerpt excerpt : Arrays.asList(quote.attribution().cue(), quote.attribution().source())) {
				if (excerpt != null) {
					String passage = switch (excerpt.section()) {
						case TITLE -> article.title();
						case DEK -> article.dek();
						case BODY -> article.blocks().get(excerpt.block()).text();
					};
					assertThat(excerpt.text()).as("%s: cue or source of %s", replay, quote.id())
						.isEqualTo(passage.substring(excerpt.start(), excerpt.end()));
				}
			}
		}
		for (Speaker speaker : extracted.speakers()) {
			assertThat(speaker.quoteCount()).as("%s: quoteCount of %s", replay, speaker.id())
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

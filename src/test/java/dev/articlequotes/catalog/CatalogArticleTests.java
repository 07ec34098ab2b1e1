package dev.articlequotes.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.articlequotes.article.Article;
import dev.articlequotes.article.ArticleFormatException;
import dev.articlequotes.article.ArticleMetadata;
import dev.articlequotes.article.Block;
import dev.articlequotes.article.ArticleReader;
import dev.articlequotes.article.BlockKind;
import dev.articlequotes.extraction.Attribution;
import dev.articlequotes.extraction.Excerpt;
import dev.articlequotes.extraction.ExtractedQuotes;
import dev.articlequotes.extraction.Quote;
import dev.articlequotes.extraction.QuoteExtractor;
import dev.articlequotes.extraction.QuoteKind;
import dev.articlequotes.extraction.Section;
import dev.articlequotes.extraction.Speaker;
import dev.articlequotes.extraction.SpeakerKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogArticleTests {

	private static final Path DEV_SET = Path.of("..", "shared", "dev");

	private static final String TEXT = "“Café prices are rising,” said Zoë Martin. “We can’t keep up,” she added. "
			+ "The mayor called it “a passing storm”.";

	private final CatalogArticle article = catalogArticle(
			new Article("a", "Title", null, List.of(new Block(0, BlockKind.PARAGRAPH, TEXT)),
					ArticleMetadata.ofFile("a.txt")),
			new ExtractedQuotes(
					List.of(new Speaker("zoe-martin", "Zoë Martin", null, SpeakerKind.PERSON, List.of("Zoë Martin"), 2),
							new Speaker("the-mayor", "The mayor", null, SpeakerKind.DESCRIBED_PERSON,
									List.of("The mayor"), 1)),
					List.of(quote("Café prices are rising,", QuoteKind.DIRECT, "zoe-martin"),
							quote("We can’t keep up,", QuoteKind.DIRECT, "zoe-martin"),
							quote("a passing storm", QuoteKind.PARTIAL, "the-mayor"))));

	private static Quote quote(String text, QuoteKind kind, String speaker) {
		int start = TEXT.indexOf(text);
		return new Quote("q-0-" + start, text, kind, speaker, Section.BODY, 0, start, start + text.length(), null,
				Attribution.withoutCue("test"));
	}

	@Test
	void quotesWhenFilteredBySpeakerIdShouldReturnOnlyThatSpeaker() {
		assertThat(texts(new QuoteQuery("the-mayor", null, null))).containsExactly("a passing storm");
	}

	@Test
	void quotesWhenFilteredByPartOfANameShouldIgnoreCaseAndAccents() {
		assertThat(texts(new QuoteQuery("ZOE", null, null))).hasSize(2);
		assertThat(texts(new QuoteQuery("mart", null, null))).hasSize(2);
		assertThat(texts(new QuoteQuery("nobody", null, null))).isEmpty();
	}

	@Test
	void quotesWhenSearchedShouldMatchEveryWordOrWordStartIgnoringCaseAndAccents() {
		assertThat(texts(new QuoteQuery(null, "cafe", null))).containsExactly("Café prices are rising,");
		assertThat(texts(new QuoteQuery(null, "PRICE RIS", null))).containsExactly("Café prices are rising,");
		assertThat(texts(new QuoteQuery(null, "can't", null))).containsExactly("We can’t keep up,");
		assertThat(texts(new QuoteQuery(null, "prices storm", null))).isEmpty();
	}

	@Test
	void quotesWhenFilteredByKindAndSpeakerShouldCombine() {
		assertThat(texts(new QuoteQuery("zoe", null, QuoteKind.PARTIAL))).isEmpty();
		assertThat(texts(new QuoteQuery(null, null, QuoteKind.PARTIAL))).containsExactly("a passing storm");
	}

	@Test
	void blankFiltersShouldMatchEverything() {
		assertThat(texts(new QuoteQuery(" ", "", null))).hasSize(3);
	}

	@Test
	void storedArticlesShouldGiveBackTheArticleSpeakersAndQuotationsAsReadAndExtracted() throws IOException {
		List<Path> files = new ArrayList<>();
		files.add(Path.of("src/main/resources/articles", BundledArticle.SLUG + ".txt"));
		try (Stream<Path> generalisation = Files.list(Path.of("src/test/resources/generalisation"))) {
			generalisation.filter((file) -> file.toString().endsWith(".txt")).sorted().forEach(files::add);
		}
		if (Files.isDirectory(DEV_SET)) {
			try (Stream<Path> dev = Files.list(DEV_SET)) {
				dev.filter((file) -> file.toString().matches(".*/\\d\\d-.*\\.txt")).sorted().forEach(files::add);
			}
		}
		ArticleReader reader = new ArticleReader();
		QuoteExtractor extractor = new QuoteExtractor();
		int nested = 0;
		for (Path file : files) {
			String name = file.getFileName().toString();
			Article read = reader
				.read(name.substring(0, name.length() - 4), name, reader.decode(name, Files.readAllBytes(file)))
				.orElseThrow();
			ExtractedQuotes extracted = extractor.extract(read);
			assertStoredAsGiven(read, extracted);
			nested += (int) extracted.quotes().stream().filter((quote) -> quote.parentId() != null).count();
		}
		assertThat(files).hasSizeGreaterThan(9);
		assertThat(nested).isPositive();
		for (SyntheticArticles.Generated generated : new SyntheticArticles(3).generate(0, 20)) {
			assertStoredAsGiven(generated.article(), generated.planted());
		}
	}

	@Test
	void quotationsOutsideTheBodyEmbedsAndUnusualAttributionsShouldBeStoredAsGiven() {
		String text = "“One,” she said. “Two ‘three’ four,” he said.";
		Article read = new Article("b", "A “headline” quote", "The “dek”",
				List.of(new Block(0, BlockKind.PARAGRAPH, text), new Block(1, BlockKind.EMBED, "An embed\nline")),
				new ArticleMetadata("b.md", "Ana", "2024-01-01", null));
		Speaker she = new Speaker("she", "She", "a role", SpeakerKind.GROUP, List.of("She", "she"), 1);
		ExtractedQuotes extracted = new ExtractedQuotes(List.of(she),
				List.of(new Quote("q-title-3", "headline", QuoteKind.DIRECT, null, Section.TITLE, null, 3, 11, null,
						Attribution.withoutCue("headline")),
						new Quote("q-dek-5", "dek", QuoteKind.PARTIAL, "nobody", Section.DEK, null, 5, 8, null,
								new Attribution("cue-elsewhere", new Excerpt("said", Section.BODY, 0, 11, 15),
										new Excerpt("she", Section.BODY, 0, 7, 10))),
						new Quote("q-0-1", "One,", QuoteKind.DIRECT, "she", Section.BODY, 0, 1, 5, null,
								new Attribution("reporting-clause-after", new Excerpt("said", Section.BODY, 0, 11, 15),
										new Excerpt("she", Section.BODY, 0, 7, 10))),
						new Quote("q-0-18", "Two ‘three’ four,", QuoteKind.DIRECT, null, Section.BODY, 0, 18, 35, null,
								new Attribution("rule", new Excerpt("he said", Section.BODY, 0, 37, 44), null)),
						new Quote("q-0-23", "three", QuoteKind.NESTED, null, Section.BODY, 0, 23, 28, "q-0-18",
								Attribution.withoutCue("nested")),
						new Quote("q-0-24", "hree", QuoteKind.NESTED, null, Section.BODY, 0, 24, 28, "q-0-23",
								new Attribution("odd", null, new Excerpt("A", Section.TITLE, null, 0, 1)))));
		assertStoredAsGiven(read, extracted);
		CatalogArticle article = catalogArticle(read, extracted);
		assertThat(article.quote("q-0-23")).contains(extracted.quotes().get(4));
		assertThat(article.quote("q-0-19")).isEmpty();
		assertThat(article.quote("q-00-1")).isEmpty();
		assertThat(article.quote("q-0-+1")).isEmpty();
		assertThat(article.quote("q-title-")).isEmpty();
		assertThat(article.speaker("nobody")).isEmpty();
		assertThat(article.quotes(new QuoteQuery("she", null, null))).containsExactly(extracted.quotes().get(2));
	}

	@Test
	void quotationsTheirArticleDoesNotGiveShouldFailThePackingNamingTheFileAndTheQuotation() {
		String text = "“One,” she said. “Two ‘three’ four,” he said.";
		Article read = new Article("c", "Title", null, List.of(new Block(0, BlockKind.PARAGRAPH, text)),
				ArticleMetadata.ofFile("c.txt"));
		Quote one = new Quote("q-0-1", "One,", QuoteKind.DIRECT, null, Section.BODY, 0, 1, 5, null,
				new Attribution("reporting-clause-after", new Excerpt("said", Section.BODY, 0, 11, 15),
						new Excerpt("she", Section.BODY, 0, 7, 10)));
		assertThat(packingFailure(read,
				new Quote("q-0-1", "Once,", QuoteKind.DIRECT, null, Section.BODY, 0, 1, 5, null,
						Attribution.withoutCue("rule"))))
			.isEqualTo("c.txt: quotation q-0-1 (\"Once,\") is not the article's text at its offsets 1 to 5");
		assertThat(packingFailure(read,
				new Quote("q-1-1", "One,", QuoteKind.DIRECT, null, Section.BODY, 1, 1, 5, null,
						Attribution.withoutCue("rule"))))
			.isEqualTo("c.txt: quotation q-1-1 (\"One,\") is not the article's text at its offsets 1 to 5");
		assertThat(packingFailure(read,
				new Quote("q-dek-1", "One,", QuoteKind.DIRECT, null, Section.DEK, null, 1, 5, null,
						Attribution.withoutCue("rule"))))
			.isEqualTo("c.txt: quotation q-dek-1 (\"One,\") is not the article's text at its offsets 1 to 5");
		assertThat(packingFailure(read,
				new Quote("first", "One,", QuoteKind.DIRECT, null, Section.BODY, 0, 1, 5, null,
						Attribution.withoutCue("rule"))))
			.isEqualTo("c.txt: quotation first (\"One,\") does not have the id its position gives, q-0-1");
		assertThat(packingFailure(read, one,
				new Quote("q-0-23", "three", QuoteKind.NESTED, null, Section.BODY, 0, 23, 28, "q-0-18",
						Attribution.withoutCue("nested"))))
			.isEqualTo("c.txt: quotation q-0-23 (\"three\") has a parent, q-0-18, "
					+ "that is no quotation of the same passage");
		assertThat(packingFailure(read,
				new Quote("q-0-1", "One,", QuoteKind.DIRECT, null, Section.BODY, 0, 1, 5, null,
						new Attribution("rule", new Excerpt("says", Section.BODY, 0, 11, 15), null))))
			.isEqualTo("c.txt: quotation q-0-1 (\"One,\") has a cue, \"says\", "
					+ "that is not the article's text at the cue's offsets");
		assertThat(packingFailure(read,
				new Quote("q-0-1", "One,", QuoteKind.DIRECT, null, Section.BODY, 0, 1, 5, null,
						new Attribution("rule", null, new Excerpt("him", Section.BODY, 0, 7, 10)))))
			.isEqualTo("c.txt: quotation q-0-1 (\"One,\") has a source, \"him\", "
					+ "that is not the article's text at the source's offsets");
		assertThat(packingFailure(read,
				new Quote("q-0-1", "One,", QuoteKind.DIRECT, null, Section.BODY, 0, 1, 5, null,
						new Attribution("rule", null, new Excerpt("she", Section.BODY, 2, 7, 10)))))
			.isEqualTo("c.txt: quotation q-0-1 (\"One,\") has a source, \"she\", "
					+ "that is not the article's text at the source's offsets");
		assertThat(packingFailure(read, one)).isNull();
	}

	/** The message of the failure to pack the article with these quotations, or null. */
	private static String packingFailure(Article read, Quote... quotes) {
		try {
			new PackedArticle(read, new ExtractedQuotes(List.of(), List.of(quotes)));
			return null;
		}
		catch (ArticleFormatException ex) {
			assertThat(ex.getFile()).isEqualTo(read.metadata().file());
			return ex.getMessage();
		}
	}

	static CatalogArticle catalogArticle(Article read, ExtractedQuotes extracted) {
		return new Catalog(List.of(new PackedArticle(read, extracted))).articles().get(0);
	}

	private static void assertStoredAsGiven(Article read, ExtractedQuotes extracted) {
		CatalogArticle article = catalogArticle(read, extracted);
		assertThat(article.article()).isEqualTo(read);
		assertThat(article.title()).isEqualTo(read.title());
		assertThat(article.dek()).isEqualTo(read.dek());
		assertThat(article.speakers()).isEqualTo(extracted.speakers());
		assertThat(article.quotes()).isEqualTo(extracted.quotes());
		for (Speaker speaker : extracted.speakers()) {
			assertThat(article.speaker(speaker.id())).contains(speaker);
		}
		for (Quote quote : extracted.quotes()) {
			assertThat(article.quote(quote.id())).as(quote.id()).contains(quote);
		}
	}

	private List<String> texts(QuoteQuery query) {
		return this.article.quotes(query).stream().map(Quote::text).toList();
	}

}

package dev.articlequotes.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import dev.articlequotes.article.Article;
import dev.articlequotes.article.ArticleReader;
import dev.articlequotes.extraction.QuoteExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Each kind of broken article file, with what the load does about it: by default the load
 * fails naming the file and the reason; with {@code on-error=skip} the file is skipped
 * with a warning and the rest is served. Never a half-loaded catalog.
 */
@ExtendWith(OutputCaptureExtension.class)
class BrokenArticleFilesTests {

	private static final String GOOD = "A good title\n\nA paragraph of the good article.\n";

	private static final String SKIP_HINT = " (set articles.on-error=skip to skip such files)";

	@TempDir
	private Path folder;

	private final CatalogLoader loader = new CatalogLoader(new PathMatchingResourcePatternResolver());

	@Test
	void emptyFileShouldFailNamingIt() throws IOException {
		Files.writeString(this.folder.resolve("empty.txt"), "");
		assertFailsWith("Cannot load article empty.txt: has no text: an article needs at least a title" + SKIP_HINT);
	}

	@Test
	void blankFileShouldFailNamingIt() throws IOException {
		Files.writeString(this.folder.resolve("blank.md"), "---\n---\n\n   \n");
		assertFailsWith("Cannot load article blank.md, line 1: front matter has no 'title' and the body no '# ' "
				+ "heading" + SKIP_HINT);
	}

	@Test
	void binaryFileShouldFailNamingItAndTheLineOfTheFirstNulByte() throws IOException {
		// The first bytes of a PNG image: its first NUL byte is on the third line
		Files.write(this.folder.resolve("photo.txt"),
				new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' });
		assertFailsWith("Cannot load article photo.txt, line 3: is a binary file (NUL byte), not text" + SKIP_HINT);
	}

	@Test
	void invalidUtf8ShouldFailNamingTheLine() throws IOException {
		// "café" in ISO-8859-1 on the third line
		Files.write(this.folder.resolve("latin1.txt"), "Title\n\nA caf\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1));
		assertFailsWith("Cannot load article latin1.txt, line 3: is not valid UTF-8" + SKIP_HINT);
	}

	@Test
	void fiftyMegabyteFileShouldFailWithoutBeingReadWhole() throws IOException {
		Path big = this.folder.resolve("huge.txt");
		byte[] line = "A paragraph that goes on and on, as no real article does.\n".getBytes(StandardCharsets.UTF_8);
		try (OutputStream out = Files.newOutputStream(big)) {
			for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
				out.write(line);
			}
		}
		assertThat(Files.size(big)).isGreaterThanOrEqualTo(50L * 1024 * 1024);
		assertFailsWith("Cannot load article huge.txt: is larger than 5 MB" + SKIP_HINT);
	}

	@Test
	@Timeout(value = 30, unit = TimeUnit.SECONDS)
	void articleWithTenThousandQuotesShouldLoadWholeAndQuickly() throws IOException {
		String paragraph = "“We will not go back there, whatever they order,” said Anna Petrova, a soldier's mother.";
		StringBuilder text = new StringBuilder("Ten thousand quotes\n\n");
		for (int i = 0; i < 10_000; i++) {
			text.append(paragraph).append('\n');
		}
		Files.writeString(this.folder.resolve("many-quotes.txt"), text);
		Catalog catalog = load(ArticlesProperties.OnError.FAIL);
		CatalogArticle article = catalog.article("many-quotes").orElseThrow();
		assertThat(article.paragraphCount()).isEqualTo(10_000);
		// Whatever the pipeline finds in one such paragraph, it finds in each of them
		int perParagraph = quotesIn("Ten thousand quotes\n\n" + paragraph + "\n");
		assertThat(article.quotes()).hasSize(perParagraph * 10_000);
	}

	@Test
	void unbalancedQuoteMarksShouldLoadWithoutQuotesCrossingParagraphs() throws IOException {
		Files.writeString(this.folder.resolve("unbalanced.txt"), """
				Unbalanced “marks
				“She never closed this one, said the officer.
				He said: "nor this one.
				” And ‘a stray closing mark’’ and » « and "" here.
				""");
		CatalogArticle article = load(ArticlesProperties.OnError.FAIL).article("unbalanced").orElseThrow();
		assertThat(article.paragraphCount()).isEqualTo(3);
		assertThat(article.quotes()).allSatisfy((quote) -> {
			assertThat(quote.text()).isNotBlank().doesNotContain("\n");
			assertThat(quote.end()).isGreaterThan(quote.start());
		});
	}

	@Test
	void fileNameThatMakesNoSlugShouldFailNamingIt() throws IOException {
		Files.writeString(this.folder.resolve("café au lait.txt"), GOOD);
		assertFailsWith("Cannot load article café au lait.txt: makes no valid slug: a file name must be letters, "
				+ "digits, '-' or '_' before its extension" + SKIP_HINT);
	}

	@Test
	void twoFilesWithTheSameSlugShouldFailNamingBoth() throws IOException {
		Files.writeString(this.folder.resolve("story.txt"), GOOD);
		Files.writeString(this.folder.resolve("story.md"), "---\ntitle: The same story\n---\nBody.\n");
		assertFailsWith("Cannot load article story.txt: has the same slug 'story' as story.md" + SKIP_HINT);
	}

	@Test
	void unreadableFileShouldFailNamingIt() throws IOException {
		Path file = this.folder.resolve("locked.txt");
		Files.writeString(file, GOOD);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
		assumeThat(Files.isReadable(file)).as("a file without read permission is readable by root").isFalse();
		assertFailsWith("Cannot load article locked.txt: cannot be read (" + file + ")" + SKIP_HINT);
	}

	@Test
	void folderNamedAsAnArticleShouldFailAsUnreadable() throws IOException {
		// Unreadable whoever runs the test, root included
		Files.createDirectory(this.folder.resolve("chapter.txt"));
		assertThatExceptionOfType(ArticleLoadException.class).isThrownBy(() -> load(ArticlesProperties.OnError.FAIL))
			.withMessageStartingWith("Cannot load article chapter.txt: cannot be read (")
			.withMessageEndingWith(SKIP_HINT);
	}

	@Test
	void folderWithNoArticlesShouldFailNamingIt() throws IOException {
		Files.writeString(this.folder.resolve("notes.json"), "{}");
		assertFailsWith("articles.location " + location() + " holds no .txt or .md file");
	}

	@Test
	void locationThatDoesNotExistShouldFailNamingIt() {
		String location = "file:" + this.folder.resolve("nowhere") + "/";
		assertThatExceptionOfType(ArticleLoadException.class)
			.isThrownBy(() -> this.loader.load(new ArticlesProperties(location, ArticlesProperties.OnError.SKIP)))
			.withMessage("articles.location " + location + " does not exist");
	}

	@Test
	void oneBrokenFileAmongGoodOnesShouldFailTheWholeLoad() throws IOException {
		Files.writeString(this.folder.resolve("a-good.txt"), GOOD);
		Files.writeString(this.folder.resolve("m-empty.txt"), "");
		Files.writeString(this.folder.resolve("z-good.txt"), GOOD);
		assertFailsWith("Cannot load article m-empty.txt: has no text: an article needs at least a title" + SKIP_HINT);
	}

	@Test
	void skipShouldServeTheGoodArticlesAndWarnOncePerBrokenFile(CapturedOutput output) throws IOException {
		Files.writeString(this.folder.resolve("good.txt"), GOOD);
		Files.writeString(this.folder.resolve("empty.txt"), "");
		Files.write(this.folder.resolve("photo.txt"), new byte[] { 'x', 0 });
		Files.write(this.folder.resolve("latin1.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
		Files.writeString(this.folder.resolve("bad slug.txt"), GOOD);
		// Files are read in name order: good.md is served, good.txt is the duplicate
		Files.writeString(this.folder.resolve("good.md"), "---\ntitle: The good article\n---\nBody.\n");
		Files.createDirectory(this.folder.resolve("chapter.md"));
		Catalog catalog = load(ArticlesProperties.OnError.SKIP);
		assertThat(catalog.articles()).extracting(CatalogArticle::slug).containsExactly("good");
		assertThat(catalog.article("good")).get()
			.satisfies((article) -> assertThat(article.article().title()).isEqualTo("The good article"));
		assertThat(output.getOut().lines().filter((line) -> line.contains("Skipping article"))).hasSize(6)
			.anyMatch((line) -> line.contains("Skipping article empty.txt: has no text"))
			.anyMatch((line) -> line.contains("Skipping article photo.txt, line 1: is a binary file"))
			.anyMatch((line) -> line.contains("Skipping article latin1.txt, line 1: is not valid UTF-8"))
			.anyMatch((line) -> line.contains("Skipping article bad slug.txt: makes no valid slug"))
			.anyMatch((line) -> line.contains("Skipping article good.txt: has the same slug 'good' as good.md"))
			.anyMatch((line) -> line.contains("Skipping article chapter.md: cannot be read"));
	}

	@Test
	void skipWithNothingLeftShouldFailSayingWhy() throws IOException {
		Files.writeString(this.folder.resolve("empty.txt"), "");
		Files.writeString(this.folder.resolve("README.md"), "# Not an article\n");
		assertThatExceptionOfType(ArticleLoadException.class).isThrownBy(() -> load(ArticlesProperties.OnError.SKIP))
			.withMessage("No article could be loaded from " + location() + ": none of its 2 file(s) is a readable "
					+ "article (each skipped one is named in a warning above), and the service does not start "
					+ "without an article");
	}

	private void assertFailsWith(String message) {
		assertThatExceptionOfType(ArticleLoadException.class).isThrownBy(() -> load(ArticlesProperties.OnError.FAIL))
			.withMessage(message);
	}

	private Catalog load(ArticlesProperties.OnError onError) {
		return this.loader.load(new ArticlesProperties(location(), onError));
	}

	private String location() {
		return "file:" + this.folder + "/";
	}

	private static int quotesIn(String text) {
		Article article = new ArticleReader().read("one", "one.txt", text).orElseThrow();
		return new QuoteExtractor().extract(article).quotes().size();
	}

}

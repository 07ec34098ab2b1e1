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
	@Timeout(value = 20, unit = TimeUnit.SECONDS)
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
	void twoFileNamesThatMakeTheSameSlugShouldFailNamingBoth() throws IOException {
		Files.writeString(this.folder.resolve("Café au lait.txt"), GOOD);
		Files.writeString(this.folder.resolve("cafe-au-lait.md"), "---\ntitle: The same slug\n---\nBody.\n");
		assertFailsWith("Cannot load article cafe-au-lait.md: has the same slug 'cafe-au-lait' as Café au lait.txt"
				+ SKIP_HINT);
	}

	@Test
	void webPageWithoutArticleBodyShouldFailNamingIt() throws IOException {
		StringBuilder index = new StringBuilder("<html><head><title>Archive</title></head><body><ul>");
		for (int i = 0; i < 30; i++) {
			index.append("<li><a href=\"/story/")
				.append(i)
				.append("\">A story about the news, number ")
				.append(i)
				.append("</a></li>");
		}
		Files.writeString(this.folder.resolve("index.html"), index.append("</ul></body></html>"));
		assertFailsWith("Cannot load article index.html: has no article body: 100% of its text is links, as in an "
				+ "index or a menu" + SKIP_HINT);
	}

	@Test
	void signInPageShouldFailNamingIt() throws IOException {
		Files.writeString(this.folder.resolve("login.html"), """
				<html><head><title>Sign in</title></head><body><form action="/login">
				<h1>Sign in to your account</h1><p>Welcome back. Enter your email and password.</p>
				<label>Email <input type="email" name="email"></label>
				<label>Password <input type="password" name="password"></label>
				<button>Sign in</button><a href="/forgot">Forgot your password?</a></form></body></html>
				""");
		assertThatExceptionOfType(ArticleLoadException.class).isThrownBy(() -> load(ArticlesProperties.OnError.FAIL))
			.withMessageStartingWith("Cannot load article login.html: has no article body: it is a sign-in form")
			.withMessageEndingWith(SKIP_HINT);
	}

	@Test
	void binaryFileNamedAsWebPageShouldFailNamingIt() throws IOException {
		Files.write(this.folder.resolve("photo.html"),
				new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' });
		assertFailsWith("Cannot load article photo.html: is a binary file (NUL byte), not a web page" + SKIP_HINT);
	}

	@Test
	void emptyWebPageShouldFailNamingIt() throws IOException {
		Files.writeString(this.folder.resolve("empty.htm"), "");
		assertFailsWith("Cannot load article empty.htm: is empty" + SKIP_HINT);
	}

	@Test
	void webPageInAnUnknownCharsetShouldFailNamingIt() throws IOException {
		Files.writeString(this.folder.resolve("klingon.html"),
				"<html><head><meta charset=\"x-klingon-7\"><title>Story</title></head><body><p>Text.</p></body></html>");
		assertFailsWith("Cannot load article klingon.html: declares the charset 'x-klingon-7', which is not a known "
				+ "charset" + SKIP_HINT);
	}

	@Test
	@Timeout(value = 20, unit = TimeUnit.SECONDS)
	void fiveMegabytesOfNestedDivsShouldFailNamingItWithoutHanging() throws IOException {
		Path page = this.folder.resolve("nested.html");
		try (OutputStream out = Files.newOutputStream(page)) {
			out.write("<html><body>".getBytes(StandardCharsets.US_ASCII));
			byte[] open = "<div>".getBytes(StandardCharsets.US_ASCII);
			for (long written = 12; written + open.length < CatalogLoader.MAX_FILE_SIZE; written += open.length) {
				out.write(open);
			}
		}
		assertThat(Files.size(page)).isLessThanOrEqualTo(CatalogLoader.MAX_FILE_SIZE);
		assertThatExceptionOfType(ArticleLoadException.class).isThrownBy(() -> load(ArticlesProperties.OnError.FAIL))
			.withMessageStartingWith("Cannot load article nested.html: has ")
			.withMessageEndingWith(" elements, more than the 100000 an article page could need" + SKIP_HINT);
	}

	@Test
	void badWebPagesShouldBeSkippedWhenConfigured(CapturedOutput output) throws IOException {
		Files.writeString(this.folder.resolve("good.html"), "<html><head><title>A good page title</title></head>"
				+ "<body><article><p>A paragraph of the good page, long enough to read.</p></article></body></html>");
		Files.writeString(this.folder.resolve("empty.html"), "");
		Files.write(this.folder.resolve("photo.html"), new byte[] { 'x', 0 });
		Catalog catalog = load(ArticlesProperties.OnError.SKIP);
		assertThat(catalog.articles()).extracting(CatalogArticle::slug).containsExactly("good");
		assertThat(output.getOut().lines().filter((line) -> line.contains("Skipping article"))).hasSize(2)
			.anyMatch((line) -> line.contains("Skipping article empty.html: is empty"))
			.anyMatch((line) -> line.contains("Skipping article photo.html: is a binary file"));
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
		assertFailsWith("articles.location " + location() + " holds no .txt, .md, .html or .htm file");
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
		// Files are read in name order: good.md is served, good.txt is the duplicate
		Files.writeString(this.folder.resolve("good.md"), "---\ntitle: The good article\n---\nBody.\n");
		Files.createDirectory(this.folder.resolve("chapter.md"));
		Catalog catalog = load(ArticlesProperties.OnError.SKIP);
		assertThat(catalog.articles()).extracting(CatalogArticle::slug).containsExactly("good");
		assertThat(catalog.article("good")).get()
			.satisfies((article) -> assertThat(article.article().title()).isEqualTo("The good article"));
		assertThat(output.getOut().lines().filter((line) -> line.contains("Skipping article"))).hasSize(5)
			.anyMatch((line) -> line.contains("Skipping article empty.txt: has no text"))
			.anyMatch((line) -> line.contains("Skipping article photo.txt, line 1: is a binary file"))
			.anyMatch((line) -> line.contains("Skipping article latin1.txt, line 1: is not valid UTF-8"))
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

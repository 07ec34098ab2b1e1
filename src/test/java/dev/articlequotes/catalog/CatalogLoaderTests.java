package dev.articlequotes.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import dev.articlequotes.Requirements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CatalogLoaderTests {

	private static final Path DEV_SET = Path.of("..", "shared", "dev");

	private final CatalogLoader loader = new CatalogLoader(new PathMatchingResourcePatternResolver());

	@Test
	void defaultLocationShouldLoadTheBundledArticle() {
		Catalog catalog = load(BundledArticle.LOCATION);
		assertThat(catalog.articles()).extracting(CatalogArticle::slug).containsExactly(BundledArticle.SLUG);
		assertThat(catalog.onlyArticle()).isPresent();
		assertThat(catalog.paragraphCount()).isEqualTo(17);
	}

	@Test
	void folderShouldLoadTextAndFrontMatterArticlesAndIgnoreOtherFiles(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("b-story.txt"), "B title\n\nBody of b.\n");
		Files.writeString(folder.resolve("a-story.md"), "---\ntitle: A title\n---\nBody of a.\n");
		Files.writeString(folder.resolve("README.md"), "# About this folder\n");
		Files.writeString(folder.resolve("notes.json"), "{}");
		Catalog catalog = load("file:" + folder + "/");
		assertThat(catalog.articles()).extracting(CatalogArticle::slug).containsExactly("a-story", "b-story");
		assertThat(catalog.onlyArticle()).isEmpty();
	}

	@Test
	void devSetFolderShouldServeItsEightArticlesAndIgnoreSources() {
		Requirements.assumeOrFail(Files.isDirectory(DEV_SET), "the dev set at " + DEV_SET.toAbsolutePath());
		Catalog catalog = load("file:" + DEV_SET.toAbsolutePath().normalize());
		assertThat(catalog.articles()).hasSize(8)
			.extracting(CatalogArticle::slug)
			.startsWith("01-eu-referendum-question")
			.doesNotContain("SOURCES");
		assertThat(catalog.article("07-vatican-nuns-report")).get()
			.satisfies((article) -> assertThat(article.paragraphCount()).isEqualTo(12));
	}

	@Test
	void missingLocationShouldFailNamingIt(@TempDir Path folder) {
		String location = "file:" + folder.resolve("nowhere");
		assertThatExceptionOfType(ArticleLoadException.class).isThrownBy(() -> load(location))
			.withMessage("articles.location " + location + " does not exist");
	}

	@Test
	void brokenFileShouldFailTheLoadNamingFileAndLine(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("good.txt"), "Title\n\nBody.\n");
		Files.write(folder.resolve("bad.txt"), new byte[] { 'T', '\n', (byte) 0xFF, '\n' });
		assertThatExceptionOfType(ArticleLoadException.class).isThrownBy(() -> load("file:" + folder + "/"))
			.withMessageStartingWith("Cannot load article bad.txt, line 2: is not valid UTF-8");
	}

	@Test
	void brokenFileShouldBeSkippedWhenConfigured(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("good.txt"), "Title\n\nBody.\n");
		Files.write(folder.resolve("bad.txt"), new byte[] { 'T', '\n', (byte) 0xFF, '\n' });
		Catalog catalog = this.loader
			.load(new ArticlesProperties("file:" + folder + "/", ArticlesProperties.OnError.SKIP));
		assertThat(catalog.articles()).extracting(CatalogArticle::slug).containsExactly("good");
	}

	@Test
	void twoFilesWithTheSameSlugShouldFail(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("same.txt"), "Title\n\nBody.\n");
		Files.writeString(folder.resolve("same.md"), "---\ntitle: Other\n---\nBody.\n");
		assertThatExceptionOfType(ArticleLoadException.class).isThrownBy(() -> load("file:" + folder + "/"))
			.withMessageContaining("has the same slug 'same' as");
	}

	@Test
	void anyFileNameShouldServeUnderASlugDerivedFromIt(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("A story!.txt"), "Title\n\nBody.\n");
		Files.writeString(folder.resolve("Élections à Zürich.md"), "---\ntitle: Other\n---\nBody.\n");
		Files.writeString(folder.resolve("ends-with-hyphen-.html"),
				"<html><head><title>A page title here</title></head><body><p>The page's only paragraph.</p></body></html>");
		Catalog catalog = load("file:" + folder + "/");
		assertThat(catalog.articles()).extracting(CatalogArticle::slug)
			.containsExactlyInAnyOrder("a-story", "elections-a-zurich", "ends-with-hyphen");
	}

	@Test
	void slugShouldBeLowerCaseAsciiWithRunsOfOtherCharactersMadeOneHyphen() {
		assertThat(CatalogLoader.slugOf("story.txt")).isEqualTo("story");
		assertThat(CatalogLoader.slugOf("Café au lait.html")).isEqualTo("cafe-au-lait");
		assertThat(CatalogLoader.slugOf("news -- 2024 (final)!.htm")).isEqualTo("news-2024-final");
		assertThat(CatalogLoader.slugOf("-draft-.md")).isEqualTo("draft");
		assertThat(CatalogLoader.slugOf("snake_case_name.txt")).isEqualTo("snake_case_name");
		assertThat(CatalogLoader.slugOf("Straße.txt")).isEqualTo("stra-e");
		assertThat(CatalogLoader.slugOf("x".repeat(300) + ".txt")).hasSize(CatalogLoader.MAX_SLUG_LENGTH);
	}

	@Test
	void nameWithNoLatinLetterOrDigitShouldStillMakeAValidSlug() {
		assertThat(CatalogLoader.slugOf("新闻.html")).matches("article-[0-9a-f]{8}")
			.isEqualTo(CatalogLoader.slugOf("新闻.html"))
			.isNotEqualTo(CatalogLoader.slugOf("报道.html"));
	}

	@Test
	void htmlFileShouldBeTheOnlyArticleWhenItIsTheLocation(@TempDir Path folder) throws IOException {
		Path page = folder.resolve("page.htm");
		Files.writeString(page, "<html><head><title>One page, one story</title></head>"
				+ "<body><nav><a href=\"/\">Home</a></nav><article><p>The story.</p></article></body></html>");
		Catalog catalog = load("file:" + page);
		assertThat(catalog.onlyArticle()).get().satisfies((article) -> {
			assertThat(article.slug()).isEqualTo("page");
			assertThat(article.article().title()).isEqualTo("One page, one story");
		});
	}

	private Catalog load(String location) {
		return this.loader.load(new ArticlesProperties(location, ArticlesProperties.OnError.FAIL));
	}

}

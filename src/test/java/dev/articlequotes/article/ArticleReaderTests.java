package dev.articlequotes.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ArticleReaderTests {

	private final ArticleReader reader = new ArticleReader();

	@Test
	void bundledArticleShouldHaveTitleDekSeventeenParagraphsAndOneEmbed() throws IOException {
		Article article = readBundled();
		assertThat(article.slug()).isEqualTo("russian-soldiers-who-dont-want-to-fight");
		assertThat(article.title()).isEqualTo("The Viral Stories of the Russian Soldiers Who Don’t Want to Fight");
		assertThat(article.dek()).isEqualTo("Across social media, videos of Russian soldiers lamenting the invasion — "
				+ "and their role in it — has lifted the fog of war to reveal a force that mostly just wants to go home");
		assertThat(article.paragraphs()).hasSize(17);
		assertThat(article.blocks()).filteredOn((block) -> block.kind() == BlockKind.EMBED)
			.singleElement()
			.satisfies((embed) -> {
				assertThat(embed.text()).startsWith("A Ukrainian driver pulls up")
					.contains("#Ukraine\n♬ original sound");
				assertThat(embed.index()).isEqualTo(14);
			});
		assertThat(article.blocks())
			.allSatisfy((block) -> assertThat(block.text()).doesNotContain("Article Thumbnail"));
		assertThat(article.metadata().file()).isEqualTo("russian-soldiers-who-dont-want-to-fight.txt");
	}

	@Test
	void bundledArticleParagraphsShouldBeTrimmedOfNoBreakSpaces() throws IOException {
		assertThat(readBundled().paragraphs())
			.allSatisfy((block) -> assertThat(block.text()).doesNotEndWith("\u00A0").isEqualTo(block.text().strip()));
	}

	@Test
	void plainTextWhoseSecondLineEndsInAPeriodShouldHaveNoDek() {
		Article article = read("a.txt", "Title here\n\nThe first paragraph is a sentence.\n\nThe second one.\n");
		assertThat(article.dek()).isNull();
		assertThat(article.paragraphs()).extracting(Block::text)
			.containsExactly("The first paragraph is a sentence.", "The second one.");
	}

	@Test
	void plainTextShouldTreatAShortUnpunctuatedSecondLineAsDek() {
		Article article = read("a.txt", "Title\nA short standfirst without a stop\nBody text.\n");
		assertThat(article.dek()).isEqualTo("A short standfirst without a stop");
		assertThat(article.paragraphs()).hasSize(1);
	}

	@Test
	void placeholderLinesShouldBeDroppedAnywhere() {
		Article article = read("a.txt", "Image\nTitle\n\nPhoto\n\nBody text.\n");
		assertThat(article.title()).isEqualTo("Title");
		assertThat(article.blocks()).extracting(Block::text).containsExactly("Body text.");
	}

	@Test
	void windowsLineEndingsShouldReadLikeUnixOnes() {
		Article article = read("a.txt", "Title\r\n\r\nOne.\r\n\r\nTwo.\r\n");
		assertThat(article.blocks()).extracting(Block::text).containsExactly("One.", "Two.");
	}

	@Test
	void markdownWithFrontMatterShouldReadMetadataAndJoinParagraphLines() {
		String text = """
				---
				title: "A headline: with a colon"
				dek: The standfirst
				author: Jane Doe
				published: 2024-12-06
				source: https://example.com/a
				---

				First paragraph
				continues here.

				## A subheading

				![a photo](photo.jpg)

				Second paragraph.
				""";
		Article article = read("story.md", text);
		assertThat(article.title()).isEqualTo("A headline: with a colon");
		assertThat(article.dek()).isEqualTo("The standfirst");
		assertThat(article.metadata())
			.isEqualTo(new ArticleMetadata("story.md", "Jane Doe", "2024-12-06", "https://example.com/a"));
		assertThat(article.blocks()).extracting(Block::text)
			.containsExactly("First paragraph continues here.", "Second paragraph.");
	}

	@Test
	void markdownWithoutFrontMatterShouldNotBeAnArticle() {
		assertThat(this.reader.read("README", "README.md", "# Sources\n\nSome notes.\n")).isEmpty();
	}

	@Test
	void markdownWithUnclosedFrontMatterShouldNameFileAndLine() {
		assertThatExceptionOfType(ArticleFormatException.class)
			.isThrownBy(() -> read("story.md", "---\ntitle: x\n\nBody.\n"))
			.withMessage("story.md, line 1: front matter opened with '---' is never closed");
	}

	@Test
	void markdownWithInvalidYamlShouldNameTheLine() {
		assertThatExceptionOfType(ArticleFormatException.class)
			.isThrownBy(() -> read("story.md", "---\ntitle: x\nauthor: [unclosed\n---\nBody.\n"))
			.satisfies((ex) -> assertThat(ex.getLine()).isGreaterThan(1))
			.withMessageStartingWith("story.md, line ");
	}

	@Test
	void emptyFileShouldBeRefused() {
		assertThatExceptionOfType(ArticleFormatException.class).isThrownBy(() -> read("empty.txt", " \n\n"))
			.withMessage("empty.txt: has no text: an article needs at least a title");
	}

	@Test
	void invalidUtf8ShouldNameTheLineOfTheBadByte() {
		byte[] bytes = { 'T', 'i', 't', 'l', 'e', '\n', '\n', 'o', 'k', '\n', (byte) 0xC3, (byte) 0x28, '\n' };
		assertThatExceptionOfType(ArticleFormatException.class).isThrownBy(() -> this.reader.decode("bad.txt", bytes))
			.withMessage("bad.txt, line 4: is not valid UTF-8");
	}

	@Test
	void binaryFileShouldBeRefused() {
		byte[] bytes = { 'T', '\n', 0, 1, 2 };
		assertThatExceptionOfType(ArticleFormatException.class).isThrownBy(() -> this.reader.decode("image.txt", bytes))
			.withMessage("image.txt, line 2: is a binary file (NUL byte), not text");
	}

	@Test
	void byteOrderMarkShouldBeDropped() {
		byte[] bytes = "\uFEFFTitle\n\nBody.\n".getBytes(StandardCharsets.UTF_8);
		assertThat(read("a.txt", this.reader.decode("a.txt", bytes)).title()).isEqualTo("Title");
	}

	private Article read(String fileName, String content) {
		return this.reader.read("a", fileName, content).orElseThrow();
	}

	private Article readBundled() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/articles/russian-soldiers-who-dont-want-to-fight.txt")) {
			String text = this.reader.decode("russian-soldiers-who-dont-want-to-fight.txt", in.readAllBytes());
			return this.reader
				.read("russian-soldiers-who-dont-want-to-fight", "russian-soldiers-who-dont-want-to-fight.txt", text)
				.orElseThrow();
		}
	}

}

package dev.articlequotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.articlequotes.article.ArticleFormatException;
import dev.articlequotes.catalog.ArticleLoadException;
import dev.articlequotes.catalog.Catalog;
import dev.articlequotes.catalog.CatalogArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatRuntimeException;

/**
 * The whole application started on a folder with a broken article: it refuses to start
 * and says which file and why in one log line, or, with {@code articles.on-error=skip},
 * starts and serves the rest.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupWithBrokenArticlesTests {

	@TempDir
	private Path folder;

	@Test
	void brokenArticleShouldStopTheStartWithOneLineNamingFileAndReason(CapturedOutput output) throws IOException {
		writeGoodAndBrokenArticles();
		assertThatRuntimeException().isThrownBy(() -> start("fail").close())
			.withRootCauseInstanceOf(ArticleFormatException.class);
		// The failure analysis' description: the line to look for in the log
		assertThat(output.getOut().lines())
			.contains("Cannot load article latin1.txt, line 3: is not valid UTF-8 (set articles.on-error=skip "
					+ "to skip such files)");
		assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
			.doesNotContain("\tat dev.articlequotes")
			.doesNotContain("Application run failed");
	}

	@Test
	void skipShouldStartAndServeTheOtherArticles(CapturedOutput output) throws IOException {
		writeGoodAndBrokenArticles();
		try (ConfigurableApplicationContext context = start("skip")) {
			assertThat(context.getBean(Catalog.class).articles()).extracting(CatalogArticle::slug)
				.containsExactly("good");
		}
		assertThat(output.getOut().lines()).filteredOn((line) -> line.contains("WARN"))
			.singleElement()
			.asString()
			.endsWith("Skipping article latin1.txt, line 3: is not valid UTF-8");
	}

	@Test
	void skipWithNothingLeftShouldStopTheStartSayingWhy(CapturedOutput output) throws IOException {
		Files.writeString(this.folder.resolve("empty.txt"), "");
		assertThatRuntimeException().isThrownBy(() -> start("skip").close())
			.withRootCauseInstanceOf(ArticleLoadException.class);
		assertThat(output.getOut()).contains("No article could be loaded from file:" + this.folder
				+ "/: none of its 1 file(s) is a readable article");
	}

	private void writeGoodAndBrokenArticles() throws IOException {
		Files.writeString(this.folder.resolve("good.txt"), "A good title\n\nA paragraph.\n");
		Files.write(this.folder.resolve("latin1.txt"), "Title\n\nA caf\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1));
	}

	private ConfigurableApplicationContext start(String onError) {
		return new SpringApplicationBuilder(ArticleQuotesApplication.class).web(WebApplicationType.NONE)
			.run("--articles.location=file:" + this.folder + "/", "--articles.on-error=" + onError,
					"--spring.main.banner-mode=off");
	}

}

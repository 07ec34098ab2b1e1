package dev.articlequotes.web;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader page at {@code /} in headless Chromium showing an article read from a web
 * page: its headings, its embed, its quotes, and its author, date and a link to the
 * original.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "articles.location=classpath:html-articles/old-bridge.html")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageReaderPageTests {

	@LocalServerPort
	private int port;

	private Chromium chromium;

	private WebDriver browser;

	private JsonNode article;

	@BeforeAll
	void startBrowser() throws IOException {
		this.chromium = Chromium.startIfInstalled();
		this.browser = (this.chromium != null) ? this.chromium.driver() : null;
		this.article = RestClient.create("http://localhost:" + this.port)
			.get()
			.uri("/api/articles/{slug}", "old-bridge")
			.retrieve()
			.body(JsonNode.class);
	}

	@AfterAll
	void stopBrowser() throws IOException {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@Test
	void webPageArticleShouldShowItsHeadingEmbedQuotesAndByline() throws IOException {
		Chromium.assumeInstalled();
		this.browser.manage().window().setSize(new Dimension(1280, 1000));
		this.browser.get("http://localhost:" + this.port + "/");
		this.chromium.waiting()
			.until((driver) -> "false".equals(driver.findElement(By.id("article")).getDomAttribute("aria-busy")));
		this.chromium.screenshot("reader-page-web-article");
		assertThat(this.browser.findElement(By.id("article-title")).getText()).isEqualTo("Old bridge closed to cars");
		assertThat(this.browser.findElements(By.cssSelector("#article-body > h2.body-heading")))
			.extracting(WebElement::getText)
			.containsExactly("What happens next");
		assertThat(this.browser.findElements(By.cssSelector("#article-body > figure.embed blockquote")))
			.extracting(WebElement::getText)
			.containsExactly("The bridge is closed from today.\n— City Council (@council) May 6, 2024");
		assertThat(this.browser.findElements(By.cssSelector("#article-body > *")))
			.hasSize(this.article.get("blocks").size());
		assertThat(this.browser.findElements(By.cssSelector("mark[data-quote-id]"))).isNotEmpty()
			.hasSize(this.article.get("quotes").size());
		assertThat(this.browser.findElement(By.className("byline-author")).getText()).isEqualTo("By Jane Doe");
		assertThat(this.browser.findElement(By.className("byline-date")).getDomAttribute("datetime"))
			.isEqualTo("2024-05-06T09:30:00+02:00");
		WebElement source = this.browser.findElement(By.className("byline-source"));
		assertThat(source.getDomAttribute("href")).isEqualTo("https://example.com/news/old-bridge");
		assertThat(source.getDomAttribute("target")).isEqualTo("_blank");
		assertThat(source.getDomAttribute("rel")).isEqualTo("noopener noreferrer");
		assertThat(source.getText()).isEqualTo("Original on The Daily Example");
	}

}

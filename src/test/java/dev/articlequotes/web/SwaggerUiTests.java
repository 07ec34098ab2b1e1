package dev.articlequotes.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI in headless Chromium against the running service: it renders every operation
 * of the OpenAPI document, and "Try it out" calls the API. Screenshots go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SwaggerUiTests {

	@LocalServerPort
	private int port;

	private Chromium chromium;

	private WebDriver browser;

	@BeforeAll
	void startBrowser() throws IOException {
		this.chromium = Chromium.startIfInstalled();
		this.browser = (this.chromium != null) ? this.chromium.driver() : null;
	}

	@BeforeEach
	void needsBrowser() {
		Chromium.assumeInstalled();
	}

	@AfterAll
	void stopBrowser() throws IOException {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@Test
	void swaggerUiShouldListEveryOperationWithItsSummaryUnderTagsInOrder() throws IOException {
		JsonNode document = RestClient.create("http://localhost:" + this.port)
			.get()
			.uri("/v3/api-docs")
			.retrieve()
			.body(JsonNode.class);
		List<String> operations = new ArrayList<>();
		List<String> summaries = new ArrayList<>();
		document.get("paths").forEach((path) -> path.forEach((operation) -> {
			operations.add(operation.get("operationId").asString());
			summaries.add(operation.get("summary").asString());
		}));
		openSwaggerUi();
		this.chromium.waiting()
			.until((driver) -> driver.findElements(By.cssSelector(".opblock")).size() == operations.size());
		this.chromium.screenshot("swagger-ui");
		assertThat(this.browser.findElement(By.cssSelector(".info .title")).getText())
			.startsWith(document.get("info").get("title").asString())
			.contains(document.get("info").get("version").asString());
		assertThat(this.browser.findElement(By.cssSelector(".info__license")).getText()).contains("Apache-2.0");
		assertThat(this.browser.findElements(By.cssSelector(".opblock-tag")))
			.extracting((tag) -> tag.getDomAttribute("data-tag"))
			.containsExactly("Articles", "Speakers", "Quotes");
		assertThat(this.browser.findElements(By.cssSelector(".opblock .opblock-summary-description")))
			.extracting(WebElement::getText)
			.containsExactlyInAnyOrderElementsOf(summaries);
		for (String operationId : operations) {
			assertThat(this.browser.findElements(By.cssSelector("[id$='-" + operationId + "']"))).hasSize(1);
		}
	}

	@Test
	void tryItOutOnQuotesBySpeakerShouldAnswer200() throws IOException {
		openSwaggerUi();
		WebElement operation = this.chromium.waiting()
			.until((driver) -> driver.findElement(By.id("operations-Quotes-listArticleQuotes")));
		operation.findElement(By.cssSelector(".opblock-summary-control")).click();
		WebElement tryItOut = this.chromium.waiting()
			.until((driver) -> operation.findElement(By.cssSelector(".try-out__btn")));
		if (tryItOut.getText().contains("Try it out")) {
			tryItOut.click();
		}
		WebElement slug = operation.findElement(By.cssSelector("tr[data-param-name='slug'] input"));
		slug.clear();
		slug.sendKeys("russian-soldiers-who-dont-want-to-fight");
		WebElement speaker = operation.findElement(By.cssSelector("tr[data-param-name='speaker'] input"));
		speaker.clear();
		speaker.sendKeys("mother");
		operation.findElement(By.cssSelector(".execute")).click();
		WebElement status = this.chromium.waiting()
			.until((driver) -> operation
				.findElement(By.cssSelector(".live-responses-table tr.response .response-col_status")));
		this.chromium.screenshot("swagger-ui-try-it-out");
		assertThat(status.getText()).isEqualTo("200");
		assertThat(operation.findElement(By.cssSelector(".request-url pre")).getText())
			.isEqualTo("http://localhost:" + this.port
					+ "/api/articles/russian-soldiers-who-dont-want-to-fight/quotes?speaker=mother&page=0&size=20");
		assertThat(operation.findElement(By.cssSelector(".live-responses-table tr.response .microlight")).getText())
			.contains("\"totalElements\"");
	}

	private void openSwaggerUi() {
		this.browser.get("http://localhost:" + this.port + "/swagger-ui.html");
	}

}

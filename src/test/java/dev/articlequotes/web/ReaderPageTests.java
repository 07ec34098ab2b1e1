package dev.articlequotes.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.articlequotes.catalog.BundledArticle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader page at {@code /} in headless Chromium against the running service: it must
 * show what the JSON API says about the bundled article. Screenshots go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderPageTests {

	private static final String SLUG = BundledArticle.SLUG;

	/** What the extraction finds in the bundled article, as an editor would. */
	private static final int BUNDLED_QUOTES = 15;

	private static final int BUNDLED_SPEAKERS = 6;

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
			.uri("/api/articles/{slug}", SLUG)
			.retrieve()
			.body(JsonNode.class);
	}

	@AfterAll
	void stopBrowser() throws IOException {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@BeforeEach
	void openReaderPage() {
		Chromium.assumeInstalled();
		this.browser.manage().window().setSize(new Dimension(1280, 1000));
		this.browser.get("http://localhost:" + this.port + "/");
		this.chromium.waiting()
			.until((driver) -> "false".equals(driver.findElement(By.id("article")).getDomAttribute("aria-busy")));
	}

	@Test
	void readerPageShouldHighlightEveryQuoteTheApiReturnsInItsSpeakersColour() throws IOException {
		this.chromium.screenshot("reader-page");
		assertThat(this.browser.findElement(By.id("article-title")).getText())
			.isEqualTo(this.article.get("title").asString());
		assertThat(this.browser.findElement(By.id("article-dek")).getText())
			.isEqualTo(this.article.get("dek").asString());
		assertThat(this.browser.findElements(By.cssSelector("#article-body > p, #article-body > figure")))
			.hasSize(this.article.get("blocks").size());
		assertThat(this.browser.findElements(By.cssSelector("#article-body > figure.embed")))
			.hasSize(blocksOfKind("embed"));
		Map<String, String> speakerByQuote = new LinkedHashMap<>();
		for (JsonNode quote : this.article.get("quotes")) {
			speakerByQuote.put(quote.get("id").asString(),
					quote.has("speaker") ? quote.get("speaker").get("id").asString() : "");
		}
		List<WebElement> highlights = highlights();
		assertThat(highlights).hasSize(this.article.get("quotes").size()).hasSize(BUNDLED_QUOTES);
		assertThat(highlights.stream()
			.collect(Collectors.toMap((mark) -> mark.getDomAttribute("data-quote-id"),
					(mark) -> mark.getDomAttribute("data-speaker-id"))))
			.isEqualTo(speakerByQuote);
		for (JsonNode quote : this.article.get("quotes")) {
			WebElement mark = highlight(quote.get("id").asString());
			assertThat(mark.getDomProperty("textContent")).isEqualTo(quote.get("text").asString());
			if (quote.has("parentId")) {
				assertThat(mark.findElement(By.xpath("parent::mark")).getDomAttribute("data-quote-id"))
					.isEqualTo(quote.get("parentId").asString());
			}
		}
	}

	@Test
	void legendShouldListEverySpeakerWithTheirQuoteCount() {
		List<WebElement> legend = this.browser
			.findElements(By.cssSelector("#legend .legend-button:not([data-speaker-id=''])"));
		assertThat(legend).hasSize(this.article.get("speakers").size()).hasSize(BUNDLED_SPEAKERS);
		for (int i = 0; i < legend.size(); i++) {
			JsonNode speaker = this.article.get("speakers").get(i);
			assertThat(legend.get(i).getDomAttribute("data-speaker-id")).isEqualTo(speaker.get("id").asString());
			assertThat(legend.get(i).getText()).contains(speaker.get("name").asString())
				.contains(speaker.get("quoteCount").asInt() + " quote");
		}
	}

	@Test
	void legendClickShouldShowOnlyThatSpeakersQuotes() throws IOException {
		assertThat(this.article.get("speakers").size()).as("speakers to filter by").isPositive();
		JsonNode speaker = this.article.get("speakers").get(0);
		String speakerId = speaker.get("id").asString();
		WebElement button = this.browser.findElement(By.cssSelector("#legend [data-speaker-id='" + speakerId + "']"));
		button.click();
		assertThat(button.getDomAttribute("aria-pressed")).isEqualTo("true");
		this.chromium.screenshot("reader-page-one-speaker");
		List<WebElement> shown = shownHighlights();
		assertThat(shown).hasSize(speaker.get("quoteCount").asInt());
		assertThat(shown)
			.allSatisfy((mark) -> assertThat(mark.getDomAttribute("data-speaker-id")).isEqualTo(speakerId));
		button.click();
		assertThat(shownHighlights()).hasSize(this.article.get("quotes").size());
	}

	@Test
	void searchShouldNarrowTheHighlightsToTheQuotesContainingTheWords() throws IOException {
		assertThat(this.article.get("quotes").size()).as("quotes to narrow").isGreaterThan(1);
		String word = rarestWord();
		List<String> expected = new ArrayList<>();
		quotes(word).get("content").forEach((quote) -> expected.add(quote.get("id").asString()));
		assertThat(expected).isNotEmpty().hasSizeLessThan(this.article.get("quotes").size());
		this.browser.findElement(By.id("quote-search")).sendKeys(word, Keys.ENTER);
		this.chromium.waiting().until((driver) -> shownHighlights().size() == expected.size());
		this.chromium.screenshot("reader-page-search");
		assertThat(shownHighlights()).extracting((mark) -> mark.getDomAttribute("data-quote-id"))
			.containsExactlyInAnyOrderElementsOf(expected);
		assertThat(this.browser.findElement(By.id("search-result")).getText()).startsWith(expected.size() + " quote");
		this.browser.findElement(By.id("quote-search")).clear();
		this.browser.findElement(By.id("quote-search")).sendKeys(Keys.ENTER);
		this.chromium.waiting().until((driver) -> shownHighlights().size() == this.article.get("quotes").size());
	}

	@Test
	void focusingAQuoteWithTheKeyboardShouldShowWhoSaidItAndWhy() throws IOException {
		assertThat(this.article.get("quotes").size()).as("quotes to focus").isPositive();
		JsonNode first = this.article.get("quotes").get(0);
		for (int i = 0; i < 20 && !isHighlight(activeElement()); i++) {
			new Actions(this.browser).sendKeys(Keys.TAB).perform();
		}
		assertThat(activeElement().getDomAttribute("data-quote-id")).isEqualTo(first.get("id").asString());
		this.chromium.screenshot("reader-page-details");
		assertThat(this.browser.findElement(By.id("details-text")).getText()).isEqualTo(first.get("text").asString());
		assertThat(this.browser.findElement(By.id("details-speaker")).getText())
			.isEqualTo(first.has("speaker") ? first.get("speaker").get("name").asString() : "Unknown");
		assertThat(this.browser.findElement(By.id("details-kind")).getText()).isEqualTo(first.get("kind").asString());
		assertThat(this.browser.findElement(By.id("details-rule")).getText())
			.isEqualTo(first.get("attribution").get("rule").asString());
		assertEvidenceShown(first);
	}

	@Test
	void clickingAQuoteShouldShowItsDetails() {
		assertThat(this.article.get("quotes").size()).as("quotes to click").isPositive();
		JsonNode last = this.article.get("quotes").get(this.article.get("quotes").size() - 1);
		highlight(last.get("id").asString()).click();
		assertThat(this.browser.findElement(By.id("details-text")).getText()).isEqualTo(last.get("text").asString());
		assertEvidenceShown(last);
	}

	@Test
	void everyQuoteWithASpeakerShouldShowTheWordsThatNameIt() {
		JsonNode quotes = this.article.get("quotes");
		int shown = 0;
		for (JsonNode quote : quotes) {
			if (quote.has("speaker")) {
				WebElement mark = highlight(quote.get("id").asString());
				((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
						mark);
				mark.click();
				assertThat(this.browser.findElement(By.id("details-text")).getText())
					.isEqualTo(quote.get("text").asString());
				assertEvidenceShown(quote);
				shown++;
			}
		}
		assertThat(shown).as("quotes with a speaker").isPositive();
	}

	/** The details show the quote's source words and cue words as the API gives them. */
	private void assertEvidenceShown(JsonNode quote) {
		JsonNode attribution = quote.get("attribution");
		assertThat(attribution.has("source")).as("source of %s", quote.get("id")).isEqualTo(quote.has("speaker"));
		assertThat(this.browser.findElement(By.id("details-source")).getText())
			.isEqualTo(attribution.has("source") ? attribution.get("source").get("text").asString() : "None");
		assertThat(this.browser.findElement(By.id("details-cue")).getText())
			.isEqualTo(attribution.has("cue") ? attribution.get("cue").get("text").asString() : "None");
	}

	@Test
	void readerPageShouldFitAPhoneScreenWithoutSideways() throws IOException {
		this.browser.manage().window().setSize(new Dimension(390, 844));
		this.chromium.screenshot("reader-page-phone");
		Number overflow = (Number) ((JavascriptExecutor) this.browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
	}

	@Test
	void onAPhoneAQuotesDetailsShouldOpenOverTheScreenUntilEscape() throws IOException {
		assertThat(this.article.get("quotes").size()).as("quotes to click").isPositive();
		this.browser.manage().window().setSize(new Dimension(390, 844));
		JsonNode first = this.article.get("quotes").get(0);
		WebElement mark = highlight(first.get("id").asString());
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", mark);
		mark.click();
		WebElement details = this.browser.findElement(By.id("details"));
		this.chromium.screenshot("reader-page-phone-details");
		assertThat(details.getCssValue("position")).isEqualTo("fixed");
		assertThat(details.isDisplayed()).isTrue();
		assertThat(this.browser.findElement(By.id("details-text")).getText()).isEqualTo(first.get("text").asString());
		new Actions(this.browser).sendKeys(Keys.ESCAPE).perform();
		assertThat(details.getCssValue("position")).isEqualTo("static");
		assertThat(activeElement().getDomAttribute("data-quote-id")).isEqualTo(first.get("id").asString());
	}

	@Test
	void readerPageShouldLoadOnlyItsOwnFilesWithoutInlineScriptsOrStyles() {
		String base = "http://localhost:" + this.port + "/";
		@SuppressWarnings("unchecked")
		List<String> resources = (List<String>) ((JavascriptExecutor) this.browser)
			.executeScript("return performance.getEntriesByType('resource').map((entry) => entry.name);");
		assertThat(resources).isNotEmpty().allSatisfy((url) -> assertThat(url).startsWith(base));
		assertThat(this.browser.findElements(By.cssSelector("script:not([src]), style, [style]"))).isEmpty();
		assertThat(this.browser.findElements(By.cssSelector("script[src]")))
			.extracting((script) -> script.getDomAttribute("src"))
			.containsExactly("reader.js");
	}

	@Test
	void highlightsAndLegendShouldHaveTextContrastOfAtLeastFourAndAHalf() {
		String contrast = """
				const luminance = (colour) => {
					const [r, g, b] = colour.match(/[\\d.]+/g).slice(0, 3).map((v) => {
						const c = v / 255;
						return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
					});
					return 0.2126 * r + 0.7152 * g + 0.0722 * b;
				};
				const background = (element) => {
					for (let e = element; e; e = e.parentElement) {
						const colour = getComputedStyle(e).backgroundColor;
						if (!colour.startsWith('rgba(0, 0, 0, 0)') && colour !== 'transparent') {
							return colour;
						}
					}
					return 'rgb(255, 255, 255)';
				};
				return [...document.querySelectorAll(arguments[0])].map((element) => {
					const [a, b] = [luminance(getComputedStyle(element).color), luminance(background(element))];
					return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
				});
				""";
		JavascriptExecutor script = (JavascriptExecutor) this.browser;
		List<?> ratios = (List<?>) script.executeScript(contrast,
				"mark.quote, .legend-name, .legend-count, .hint, .status, .dek, a, label");
		assertThat(ratios).isNotEmpty()
			.allSatisfy((ratio) -> assertThat(((Number) ratio).doubleValue()).isGreaterThanOrEqualTo(4.5));
	}

	private List<WebElement> highlights() {
		return this.browser.findElements(By.cssSelector("mark.quote[data-quote-id][data-speaker-id]"));
	}

	private List<WebElement> shownHighlights() {
		return this.browser.findElements(By.cssSelector("mark.quote:not(.is-dimmed)"));
	}

	private WebElement highlight(String quoteId) {
		return this.browser.findElement(By.cssSelector("mark.quote[data-quote-id='" + quoteId + "']"));
	}

	private WebElement activeElement() {
		return this.browser.switchTo().activeElement();
	}

	private static boolean isHighlight(WebElement element) {
		return "mark".equalsIgnoreCase(element.getTagName()) && element.getDomAttribute("data-quote-id") != null;
	}

	private int blocksOfKind(String kind) {
		int count = 0;
		for (JsonNode block : this.article.get("blocks")) {
			count += kind.equals(block.get("kind").asString()) ? 1 : 0;
		}
		return count;
	}

	/** The word of the article's quotes that the fewest quotes contain. */
	private String rarestWord() {
		List<String> words = new ArrayList<>();
		for (JsonNode quote : this.article.get("quotes")) {
			for (String word : quote.get("text").asString().split("[^\\p{L}]+")) {
				if (word.length() >= 4) {
					words.add(word);
				}
			}
		}
		return words.stream()
			.distinct()
			.min(Comparator.comparingInt((String word) -> quotes(word).get("page").get("totalElements").asInt()))
			.orElseThrow();
	}

	private JsonNode quotes(String words) {
		return RestClient.create("http://localhost:" + this.port)
			.get()
			.uri("/api/articles/{slug}/quotes?size=100&q={q}", SLUG, words)
			.retrieve()
			.body(JsonNode.class);
	}

}

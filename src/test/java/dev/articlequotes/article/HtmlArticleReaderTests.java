package dev.articlequotes.article;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class HtmlArticleReaderTests {

	private static final String BODY = """
			<p>The council voted on Tuesday to close the old bridge to cars, after engineers found cracks in two of
			its piers, and to open it again only once repairs are done, which could take a year.</p>
			<h2>What happens next</h2>
			<p>"We cannot take the risk," said the mayor, Ana Lopes, adding that buses would run a detour and that
			the ferry, which stopped running in 2019, would return for the summer, at least.</p>
			<blockquote class="twitter-tweet"><p>The bridge is closed from today.</p>&mdash; City Council (@council)
			<a href="https://twitter.com/council/status/1">May 6, 2024</a></blockquote>
			<ul><li>Buses every ten minutes, on the detour through the old town.</li>
			<li>The ferry, from June, every half hour.</li></ul>
			<figure><img src="bridge.jpg"><figcaption>The old bridge, closed since Tuesday.</figcaption></figure>
			<p>Repairs will be paid for by the region, the council said, and by a fund for the city's bridges.</p>
			""";

	private static final String PAGE = """
			<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
			<title>Old bridge closed to cars | The Daily Example</title>
			<meta property="og:site_name" content="The Daily Example">
			<meta property="og:description" content="Engineers found cracks in two piers.">
			<link rel="canonical" href="https://example.com/news/old-bridge">
			<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
			"headline": "Old bridge closed to cars", "author": {"@type": "Person", "name": "Jane Doe"},
			"datePublished": "2024-05-06T09:30:00+02:00"}</script>
			<script>document.write("never run")</script>
			</head><body>
			<nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
			<article><h1>Old bridge closed to cars</h1>
			""" + BODY + """
			<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share by email</a></div>
			<p hidden>Hidden teaser that no reader sees.</p>
			</article>
			<aside class="related"><h3>Related</h3><a href="/a">Another story about bridges</a></aside>
			<div id="comments" class="comments"><p>First comment: what a shame, I used that bridge daily.</p></div>
			<footer>Copyright The Daily Example</footer>
			</body></html>
			""";

	private final HtmlArticleReader reader = new HtmlArticleReader();

	@Test
	void pageShouldYieldItsBodyAsBlocksWithoutBoilerplate() {
		Article article = read(PAGE);
		assertThat(article.blocks()).extracting(Block::kind, Block::text)
			.containsExactly(tuple(BlockKind.PARAGRAPH,
					"The council voted on Tuesday to close the old bridge to cars, after engineers found cracks in "
							+ "two of its piers, and to open it again only once repairs are done, which could take a year."),
					tuple(BlockKind.HEADING, "What happens next"),
					tuple(BlockKind.PARAGRAPH,
							"\"We cannot take the risk,\" said the mayor, Ana Lopes, adding that buses would run a "
									+ "detour and that the ferry, which stopped running in 2019, would return for the "
									+ "summer, at least."),
					tuple(BlockKind.EMBED, "The bridge is closed from today.\n— City Council (@council) May 6, 2024"),
					tuple(BlockKind.PARAGRAPH, "Buses every ten minutes, on the detour through the old town."),
					tuple(BlockKind.PARAGRAPH, "The ferry, from June, every half hour."),
					tuple(BlockKind.PARAGRAPH,
							"Repairs will be paid for by the region, the council said, and by a fund for the city's "
									+ "bridges."));
	}

	@Test
	void pageShouldYieldItsTitleDekAndMetadata() {
		Article article = read(PAGE);
		assertThat(article.slug()).isEqualTo("bridge");
		assertThat(article.title()).isEqualTo("Old bridge closed to cars");
		assertThat(article.dek()).isEqualTo("Engineers found cracks in two piers.");
		assertThat(article.metadata()).isEqualTo(new ArticleMetadata("bridge.html", "Jane Doe",
				"2024-05-06T09:30:00+02:00", "https://example.com/news/old-bridge", "The Daily Example", "en-GB"));
	}

	@Test
	void descriptionThatCopiesTheFirstParagraphShouldNotBeTheDek() {
		String page = PAGE.replace("Engineers found cracks in two piers.",
				"The council voted on Tuesday to close the old bridge to cars...");
		assertThat(read(page).dek()).isNull();
	}

	@Test
	void bylineInTheBodyShouldBeTheAuthorWithoutBy() {
		String page = PAGE.replace("\"author\": {\"@type\": \"Person\", \"name\": \"Jane Doe\"},", "")
			.replace("<h1>Old bridge closed to cars</h1>",
					"<h1>Old bridge closed to cars</h1><p class=\"byline\">By  John Smith</p>");
		Article article = read(page);
		assertThat(article.metadata().author()).isEqualTo("John Smith");
		assertThat(article.blocks()).extracting(Block::text).noneMatch((text) -> text.contains("John Smith"));
	}

	@Test
	void publishedDateShouldComeFromMetaOrTimeInThePagesOwnOffset() {
		String withoutJsonLd = PAGE.replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "");
		String meta = withoutJsonLd.replace("<head>",
				"<head><meta property=\"article:published_time\" content=\"2024-05-06T09:30:00-0400\">");
		assertThat(read(meta).metadata().published()).isEqualTo("2024-05-06T09:30:00-04:00");
		String time = withoutJsonLd.replace("<h1>Old bridge closed to cars</h1>",
				"<h1>Old bridge closed to cars</h1><time datetime=\"2024-05-07\">7 May</time>");
		assertThat(read(time).metadata().published()).isEqualTo("2024-05-07");
	}

	@Test
	void declaredCharsetShouldBeHonoured() {
		String page = PAGE.replace("<meta charset=\"utf-8\">", "<meta charset=\"windows-1252\">")
			.replace("Ana Lopes", "Ana L\u00f3pes");
		Article article = read(page.getBytes(Charset.forName("windows-1252")));
		assertThat(article.blocks().get(2).text()).contains("Ana L\u00f3pes");
	}

	@Test
	void byteOrderMarkShouldBeHonoured() {
		byte[] utf16 = ("\uFEFF" + PAGE.replace("<meta charset=\"utf-8\">", "")).getBytes(StandardCharsets.UTF_16LE);
		assertThat(read(utf16).title()).isEqualTo("Old bridge closed to cars");
	}

	@Test
	void malformedMarkupShouldBeTolerated() {
		String page = "<html><head><title>Unclosed tags everywhere</title><body><div><p>First paragraph of a "
				+ "story with <b>bold <i>and italic</b> text, never closed, and a <span>stray span."
				+ "<p>Second paragraph, also never closed, about the same story and its people.</div></div></td>";
		assertThat(read(page).blocks()).extracting(Block::text)
			.containsExactly("First paragraph of a story with bold and italic text, never closed, and a stray span.",
					"Second paragraph, also never closed, about the same story and its people.");
	}

	@Test
	void undeclaredCharsetShouldReadUtf8AndFallBackToWindows1252() {
		String page = "<html><head><title>Caf\u00e9 prices rise again</title></head><body><p>Prices at the "
				+ "caf\u00e9 rose again this week, the owners said.</p></body></html>";
		assertThat(read(page.getBytes(StandardCharsets.UTF_8)).title()).isEqualTo("Caf\u00e9 prices rise again");
		assertThat(read(page.getBytes(StandardCharsets.ISO_8859_1)).title()).isEqualTo("Caf\u00e9 prices rise again");
	}

	@Test
	void pageWithOnlyMenusShouldBeRefused() {
		String page = "<html><head><title>Home</title></head><body><nav><a href=\"/a\">News</a> <a href=\"/b\">"
				+ "Sport</a> <a href=\"/c\">Weather</a></nav></body></html>";
		assertThatExceptionOfType(ArticleFormatException.class).isThrownBy(() -> read(page))
			.withMessageStartingWith("bridge.html: has no article body");
	}

	private Article read(String page) {
		return read(page.getBytes(StandardCharsets.UTF_8));
	}

	private Article read(byte[] page) {
		return this.reader.read("bridge", "bridge.html", page);
	}

	@Test
	void authorShouldBeTheNameWithoutWhatTheBylineRunsInto() {
		assertThat(HtmlArticleReader.author("By Jane Doe")).isEqualTo("Jane Doe");
		assertThat(HtmlArticleReader.author("Jane Doe22 Mar 2019314")).isEqualTo("Jane Doe");
		assertThat(HtmlArticleReader.author("By Jane Doe | Staff writer")).isEqualTo("Jane Doe");
		assertThat(HtmlArticleReader.author("By Jane Doe • 5 min read")).isEqualTo("Jane Doe");
		assertThat(HtmlArticleReader.author("By Jane Doe, Oct. 4, 2021")).isEqualTo("Jane Doe");
		assertThat(HtmlArticleReader.author("By Jane Doe on March 3, 2020")).isEqualTo("Jane Doe");
		assertThat(HtmlArticleReader.author("Jane Doe and 3 others")).isEqualTo("Jane Doe");
		assertThat(HtmlArticleReader.author("By Jane Doe Updated 10:42 AM")).isEqualTo("Jane Doe");
		assertThat(HtmlArticleReader.author("Theresa Mayfield, Omar Al-Sayed"))
			.isEqualTo("Theresa Mayfield, Omar Al-Sayed");
		assertThat(HtmlArticleReader.author("Brian May")).isEqualTo("Brian May");
		assertThat(HtmlArticleReader.author("By Jane Doe, Last updated: May 2")).isEqualTo("Jane Doe");
		assertThat(HtmlArticleReader.author("12 March 2020")).isEqualTo("12 March 2020");
	}

}

package dev.articlequotes.article;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a web page says about its article besides the text: from schema.org JSON-LD first,
 * then {@code <meta>} tags (Open Graph, Dublin Core, Twitter, Parse.ly), then the page's
 * {@code <title>}, headings, {@code <link rel=canonical>}, {@code <time>} and
 * {@code lang}, in the order of precedence of Readability.js. Read before scripts are
 * removed, since JSON-LD lives in {@code <script>}.
 *
 * @param title the headline
 * @param byline the author as the page writes it
 * @param excerpt the page's own summary ({@code og:description} and the like)
 * @param siteName the publication
 * @param published the publication date as written, or {@code null}
 * @param url the canonical address of the page
 * @param language the page's language ({@code <html lang>})
 */
record PageMetadata(String title, String byline, String excerpt, String siteName, String published, String url,
		String language) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern ARTICLE_TYPES = Pattern
		.compile("^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle"
				+ "|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report"
				+ "|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting"
				+ "|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference$");

	private static final Pattern SCHEMA_ORG = Pattern.compile("^https?://schema\\.org/?$");

	private static final Pattern PROPERTY = Pattern.compile(
			"(?i)\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|site_name)\\s*");

	private static final Pattern NAME = Pattern.compile(
			"(?i)^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\\s*[-.:]\\s*)?(author|creator|pub-date|description|title|site_name)\\s*$");

	private static final Pattern SEPARATOR = Pattern.compile(" [|\\-–—\\\\/>»] ");

	private static final Pattern HIERARCHICAL_SEPARATOR = Pattern.compile(" [\\\\/>»] ");

	private static final Pattern URL = Pattern.compile("(?i)^https?://\\S+$");

	/** Reads the metadata of a parsed page (scripts still in it). */
	static PageMetadata of(Document doc) {
		JsonLd jsonLd = jsonLd(doc);
		Map<String, String> values = metaValues(doc);
		String title = first(jsonLd.title, values.get("dc:title"), values.get("dcterm:title"), values.get("og:title"),
				values.get("weibo:article:title"), values.get("weibo:webpage:title"), values.get("title"),
				values.get("twitter:title"), values.get("parsely-title"));
		if (title == null) {
			title = articleTitle(doc);
		}
		String articleAuthor = values.get("article:author");
		if (articleAuthor != null && URL.matcher(articleAuthor).matches()) {
			articleAuthor = null;
		}
		String byline = first(jsonLd.byline, values.get("dc:creator"), values.get("dcterm:creator"),
				values.get("author"), values.get("parsely-author"), articleAuthor);
		String excerpt = first(jsonLd.excerpt, values.get("dc:description"), values.get("dcterm:description"),
				values.get("og:description"), values.get("weibo:article:description"),
				values.get("weibo:webpage:description"), values.get("description"), values.get("twitter:description"));
		String siteName = first(jsonLd.siteName, values.get("og:site_name"));
		String published = first(jsonLd.datePublished, values.get("article:published_time"),
				values.get("parsely-pub-date"), timeDatetime(doc));
		String url = first(attr(doc.selectFirst("link[rel~=(?i)^canonical$][href]"), "abs:href"), values.get("og:url"));
		Element html = doc.selectFirst("html");
		String language = (html != null) ? blankToNull(html.attr("lang")) : null;
		return new PageMetadata(unescape(title), unescape(byline), unescape(excerpt), unescape(siteName), published,
				url, language);
	}

	/**
	 * The {@code <meta>} values that can name the title, author, description, site and
	 * date, keyed by their lower-case property or name.
	 */
	private static Map<String, String> metaValues(Document doc) {
		Map<String, String> values = new HashMap<>();
		for (Element meta : doc.getElementsByTag("meta")) {
			String content = meta.attr("content");
			if (content.isEmpty()) {
				continue;
			}
			String property = meta.attr("property");
			boolean matched = false;
			if (!property.isEmpty()) {
				Matcher matcher = PROPERTY.matcher(property);
				if (matcher.find()) {
					matched = true;
					values.put(matcher.group().toLowerCase(Locale.ROOT).replaceAll("\\s", ""), content.strip());
				}
			}
			String name = meta.attr("name");
			if (!matched && !name.isEmpty() && NAME.matcher(name).matches()) {
				values.put(name.toLowerCase(Locale.ROOT).replaceAll("\\s", "").replace('.', ':'), content.strip());
			}
			if ("og:url".equalsIgnoreCase(property.strip())) {
				values.putIfAbsent("og:url", content.strip());
			}
		}
		return values;
	}

	/** The {@code datetime} of the page's first {@code <time>} that carries a date. */
	private static String timeDatetime(Document doc) {
		Element time = doc.selectFirst("time[datetime~=^\\d{4}-\\d{2}-\\d{2}]");
		return (time != null) ? time.attr("datetime").strip() : null;
	}

	/** The page's {@code <title>}, without the site name that pages add to it. */
	static String articleTitle(Document doc) {
		String origTitle = doc.title().strip();
		String curTitle = origTitle;
		boolean hadHierarchicalSeparators = false;
		Matcher separators = SEPARATOR.matcher(curTitle);
		int lastSeparator = -1;
		while (separators.find()) {
			lastSeparator = separators.start();
		}
		if (lastSeparator >= 0) {
			hadHierarchicalSeparators = HIERARCHICAL_SEPARATOR.matcher(curTitle).find();
			curTitle = origTitle.substring(0, lastSeparator);
			if (wordCount(curTitle) < 3) {
				curTitle = origTitle.replaceFirst("^[^|\\-–—\\\\/>»]*[|\\-–—\\\\/>»]", "");
			}
		}
		else if (curTitle.contains(": ")) {
			String trimmed = curTitle.strip();
			boolean match = doc.select("h1, h2").stream().anyMatch((h) -> h.wholeText().strip().equals(trimmed));
			if (!match) {
				curTitle = origTitle.substring(origTitle.lastIndexOf(':') + 1);
				if (wordCount(curTitle) < 3) {
					curTitle = origTitle.substring(origTitle.indexOf(':') + 1);
				}
				else if (wordCount(origTitle.substring(0, origTitle.indexOf(':'))) > 5) {
					curTitle = origTitle;
				}
			}
		}
		else if (curTitle.length() > 150 || curTitle.length() < 15) {
			List<Element> h1s = doc.getElementsByTag("h1");
			if (h1s.size() == 1) {
				curTitle = Readability.innerText(h1s.get(0), true);
			}
		}
		curTitle = curTitle.strip().replaceAll("\\s{2,}", " ");
		int count = wordCount(curTitle);
		if (count <= 4 && (!hadHierarchicalSeparators
				|| count != wordCount(origTitle.replaceAll("[|\\-–—\\\\/>»]+", "")) - 1)) {
			curTitle = origTitle;
		}
		return curTitle;
	}

	private static int wordCount(String text) {
		return text.split("\\s+", -1).length;
	}

	/** What the page's schema.org JSON-LD says about an article, where it has one. */
	private static JsonLd jsonLd(Document doc) {
		for (Element script : doc.select("script[type=application/ld+json]")) {
			String content = script.data().replaceAll("^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$", "");
			try {
				JsonNode parsed = JSON.readTree(content);
				if (parsed.isArray()) {
					parsed = findArticle(parsed);
					if (parsed == null) {
						continue;
					}
				}
				JsonNode context = parsed.path("@context");
				boolean schemaOrg = (context.isString() && SCHEMA_ORG.matcher(context.asString()).find())
						|| (context.isObject() && context.path("@vocab").isString()
								&& SCHEMA_ORG.matcher(context.path("@vocab").asString()).find());
				if (!schemaOrg) {
					continue;
				}
				if (parsed.path("@type").isMissingNode() && parsed.path("@graph").isArray()) {
					parsed = findArticle(parsed.path("@graph"));
				}
				if (parsed == null || !isArticle(parsed)) {
					continue;
				}
				return JsonLd.of(parsed, doc);
			}
			catch (JacksonException | IllegalArgumentException ex) {
				// a page's broken JSON-LD is ignored, as browsers ignore it
			}
		}
		return new JsonLd(null, null, null, null, null);
	}

	private static JsonNode findArticle(JsonNode array) {
		for (JsonNode item : array) {
			if (isArticle(item)) {
				return item;
			}
		}
		return null;
	}

	private static boolean isArticle(JsonNode node) {
		JsonNode type = node.path("@type");
		return type.isString() && ARTICLE_TYPES.matcher(type.asString()).find();
	}

	private record JsonLd(String title, String byline, String excerpt, String siteName, String datePublished) {

		static JsonLd of(JsonNode parsed, Document doc) {
			String name = text(parsed.path("name"));
			String headline = text(parsed.path("headline"));
			String title;
			if (name != null && headline != null && !name.equals(headline)) {
				String pageTitle = articleTitle(doc);
				boolean nameMatches = Readability.textSimilarity(name, pageTitle) > 0.75;
				boolean headlineMatches = Readability.textSimilarity(headline, pageTitle) > 0.75;
				title = (headlineMatches && !nameMatches) ? headline : name;
			}
			else {
				title = (name != null) ? name.strip() : (headline != null) ? headline.strip() : null;
			}
			String byline = null;
			JsonNode author = parsed.path("author");
			if (text(author.path("name")) != null) {
				byline = text(author.path("name")).strip();
			}
			else if (author.isArray() && author.size() > 0 && text(author.get(0).path("name")) != null) {
				StringBuilder names = new StringBuilder();
				for (JsonNode one : author) {
					String authorName = text(one.path("name"));
					if (authorName != null) {
						names.append((names.length() > 0) ? ", " : "").append(authorName.strip());
					}
				}
				byline = names.toString();
			}
			String excerpt = text(parsed.path("description"));
			String siteName = text(parsed.path("publisher").path("name"));
			String datePublished = text(parsed.path("datePublished"));
			return new JsonLd(title, byline, (excerpt != null) ? excerpt.strip() : null,
					(siteName != null) ? siteName.strip() : null,
					(datePublished != null) ? datePublished.strip() : null);
		}

		private static String text(JsonNode node) {
			return node.isString() ? node.asString() : null;
		}

	}

	private static String first(String... values) {
		for (String value : values) {
			if (value != null && !value.isEmpty()) {
				return value;
			}
		}
		return null;
	}

	private static String attr(Element element, String attribute) {
		return (element != null) ? blankToNull(element.attr(attribute)) : null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String unescape(String value) {
		return (value != null) ? Parser.unescapeEntities(value, false) : null;
	}

	/**
	 * A publication date as ISO-8601, in the page's own offset when it gives one: the
	 * forms pages use (ISO with or without offset, colon or fraction, a space for the
	 * {@code T}, RFC 1123), or {@code null} when it is none of them.
	 */
	static String isoDate(String value) {
		if (value == null) {
			return null;
		}
		String text = value.strip();
		String iso = text.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) (\\d)", "$1T$2")
			.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
		try {
			return OffsetDateTime.parse(iso).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}
		catch (DateTimeParseException ex) {
			// not with an offset: try the other forms
		}
		try {
			return LocalDateTime.parse(iso).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
		}
		catch (DateTimeParseException ex) {
			// not a local date-time either
		}
		try {
			return LocalDate.parse(iso).toString();
		}
		catch (DateTimeParseException ex) {
			// nor a date
		}
		try {
			return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
				.toOffsetDateTime()
				.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}
		catch (DateTimeParseException ex) {
			// nor RFC 1123
		}
		Matcher date = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})").matcher(text);
		return date.find() ? date.group(1) : null;
	}

}

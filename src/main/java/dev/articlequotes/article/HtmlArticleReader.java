package dev.articlequotes.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a web page saved from a browser or exported from a CMS ({@code .html},
 * {@code .htm}) into an {@link Article}: the body found as a reader view finds it
 * ({@link Readability}), its blocks ({@link HtmlBlocks}) and the page's metadata
 * ({@link PageMetadata}). The page is parsed with jsoup, which tolerates malformed markup
 * and runs or fetches nothing: no script, image, frame or style sheet is loaded. The
 * rules are written down in {@code docs/article-format.md}.
 */
public final class HtmlArticleReader {

	/**
	 * Largest share of a body's text that may be link text: more is an index or a menu.
	 */
	static final double MAX_LINK_DENSITY = 0.5;

	/**
	 * Fewest characters of body text on a page with a password field: less is a sign-in
	 * form, not an article.
	 */
	static final int MIN_SIGN_IN_PAGE_BODY = 500;

	/**
	 * Deepest element nesting the parser builds: its guard against pages nested to
	 * overflow the stack.
	 */
	static final int MAX_DEPTH = 256;

	/**
	 * Most elements a page may have: real article pages have tens of thousands at most,
	 * and the reader view's work grows faster than the element count.
	 */
	static final int MAX_ELEMENTS = 100_000;

	/** How far into the file a {@code <meta charset>} is looked for, as browsers do. */
	private static final int CHARSET_PRESCAN_BYTES = 1024 * 4;

	private static final Pattern META_CHARSET = Pattern
		.compile("(?i)<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([^\\s\"'/>;]+)");

	private static final Pattern BY = Pattern.compile("(?i)^(?:by|par|von|por)\\b\\s*:?\\s*");

	/**
	 * Where a byline stops being a name: a separator, a digit (a date, a time, a count
	 * glued to the name), a month before a day, "updated", "published", "posted".
	 */
	private static final Pattern BYLINE_TAIL = Pattern.compile("(?i)\\s*(?:[|•·]|\\d"
			+ "|\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
			+ "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s+\\d|\\b(?:last\\s+)?(?:updated|published|posted)\\b).*$");

	/** What a cut byline may still end with: "on", "and", "at", punctuation. */
	private static final Pattern TRAILING_WORDS = Pattern.compile("(?i)(?:[\\s,;:–—-]+|\\s+(?:on|and|at))+$");

	/** Whether a file name is that of a web page. */
	public static boolean isHtml(String fileName) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		return lower.endsWith(".html") || lower.endsWith(".htm");
	}

	/**
	 * Reads a web page.
	 * @param slug the article's slug
	 * @param fileName the file's name, for messages and metadata
	 * @param bytes the file's content
	 * @return the article
	 * @throws ArticleFormatException when the page is empty, binary, in an unknown
	 * charset or has no article body
	 */
	public Article read(String slug, String fileName, byte[] bytes) {
		int tags = startTags(bytes);
		if (tags > MAX_ELEMENTS) {
			throw new ArticleFormatException(fileName, 0,
					"has " + tags + " elements, more than the " + MAX_ELEMENTS + " an article page could need");
		}
		String html = decode(fileName, bytes);
		Document doc = parse(html);
		if (doc.body() == null || !Readability.hasText(doc.body())) {
			throw new ArticleFormatException(fileName, 0, "has no article body: no text was found");
		}
		boolean hasPasswordField = doc.selectFirst("input[type=password]") != null;
		PageMetadata page = PageMetadata.of(doc);
		prepare(doc);
		Readability readability = new Readability(doc, page.title(), page.byline() != null,
				() -> prepare(parse(html)).body());
		Element content = readability.grabArticle();
		List<Block> blocks = (content != null) ? HtmlBlocks.of(content) : List.of();
		checkBody(fileName, content, blocks, hasPasswordField);
		String title = HtmlBlocks.clean((page.title() != null) ? page.title() : "");
		if (title.isEmpty()) {
			title = slug;
		}
		String author = author((page.byline() != null) ? page.byline() : readability.byline());
		ArticleMetadata metadata = new ArticleMetadata(fileName, author, PageMetadata.isoDate(page.published()),
				page.url(), page.siteName(), page.language());
		return new Article(slug, title, dek(page.excerpt(), blocks), blocks, metadata);
	}

	/**
	 * How many start tags the page has, counted on its bytes before it is parsed: a
	 * {@code <} followed by an ASCII letter.
	 */
	private static int startTags(byte[] bytes) {
		int tags = 0;
		for (int i = 0; i + 1 < bytes.length; i++) {
			int next = bytes[i + 1] | 0x20;
			if (bytes[i] == '<' && next >= 'a' && next <= 'z') {
				tags++;
			}
		}
		return tags;
	}

	private static Document parse(String html) {
		return Parser.htmlParser().setMaxDepth(MAX_DEPTH).parseInput(html, "");
	}

	/**
	 * Takes out what is never text (scripts, templates, styles) and prepares the tree.
	 */
	private static Document prepare(Document doc) {
		doc.select("script, noscript, template").remove();
		Readability.prepare(doc);
		return doc;
	}

	/** Decodes the bytes in the charset the page declares. */
	private static String decode(String fileName, byte[] bytes) {
		if (bytes.length == 0) {
			throw new ArticleFormatException(fileName, 0, "is empty");
		}
		Charset bom = bomCharset(bytes);
		if (bom == null) {
			for (int i = 0; i < bytes.length; i++) {
				if (bytes[i] == 0) {
					throw new ArticleFormatException(fileName, 0, "is a binary file (NUL byte), not a web page");
				}
			}
		}
		Charset charset = (bom != null) ? bom : charsetOf(fileName, bytes);
		String text = new String(bytes, charset);
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw new ArticleFormatException(fileName, 0, "is empty");
		}
		return text;
	}

	private static Charset bomCharset(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			return StandardCharsets.UTF_8;
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
			return StandardCharsets.UTF_16BE;
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
			return StandardCharsets.UTF_16LE;
		}
		return null;
	}

	/**
	 * The charset to read a page without a byte-order mark in: UTF-8 when the bytes are
	 * valid UTF-8 (a page saved or exported again is UTF-8 whatever its old
	 * {@code <meta charset>} still says), otherwise the charset declared by a
	 * {@code <meta charset>} or {@code http-equiv} near its start, otherwise
	 * windows-1252, the web's legacy default. A declared charset that does not exist is
	 * refused.
	 */
	private static Charset charsetOf(String fileName, byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
		Matcher matcher = META_CHARSET.matcher(head);
		Charset declared = null;
		if (matcher.find()) {
			String name = matcher.group(1);
			try {
				declared = Charset.forName(name);
			}
			catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
				throw new ArticleFormatException(fileName, 0,
						"declares the charset '" + name + "', which is not a known charset");
			}
		}
		if (isUtf8(bytes)) {
			return StandardCharsets.UTF_8;
		}
		// a page that says UTF-16 without a byte-order mark is not UTF-16, as browsers
		// know
		return (declared != null && !declared.name().startsWith("UTF-16")) ? declared : Charset.forName("windows-1252");
	}

	private static boolean isUtf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/**
	 * Refuses a page whose body is no article: no text, text that is mostly links (an
	 * index, a menu), or a short body beside a password field (a sign-in page).
	 */
	private static void checkBody(String fileName, Element content, List<Block> blocks, boolean hasPasswordField) {
		if (content == null || blocks.isEmpty()) {
			throw new ArticleFormatException(fileName, 0, "has no article body: no text was found");
		}
		int total = Readability.innerText(content, true).length();
		int links = 0;
		for (Element link : Readability.descendants(content, "a")) {
			if (!link.attr("href").isBlank() && !link.attr("href").startsWith("javascript:")) {
				links += Readability.innerText(link, true).length();
			}
		}
		if (links > total * MAX_LINK_DENSITY) {
			throw new ArticleFormatException(fileName, 0, "has no article body: " + Math.round(100.0 * links / total)
					+ "% of its text is links, as in an index or a menu");
		}
		if (hasPasswordField && total < MIN_SIGN_IN_PAGE_BODY) {
			throw new ArticleFormatException(fileName, 0,
					"has no article body: it is a sign-in form (a password field and " + total
							+ " characters of text)");
		}
	}

	/**
	 * The author's name from a byline: without "By", with spaces made single, and without
	 * what a byline element runs into after the name: a separator ({@code |}, a bullet),
	 * a date or a time, a count glued to the name, "updated", "and N others".
	 */
	static String author(String byline) {
		if (byline == null) {
			return null;
		}
		String written = BY.matcher(HtmlBlocks.clean(byline)).replaceFirst("");
		String name = TRAILING_WORDS.matcher(BYLINE_TAIL.matcher(written).replaceFirst("")).replaceFirst("");
		// a byline with no name before its date is kept as written rather than lost
		String author = name.isEmpty() ? written : name;
		return author.isEmpty() ? null : author;
	}

	/**
	 * The page's summary as the dek, unless it only repeats the start of the body (a CMS
	 * often copies the first paragraph into {@code og:description}).
	 */
	static String dek(String excerpt, List<Block> blocks) {
		if (excerpt == null) {
			return null;
		}
		String dek = HtmlBlocks.clean(excerpt);
		if (dek.isEmpty()) {
			return null;
		}
		String stem = comparable(dek.replaceFirst("(?:\\.\\.\\.|…)$", ""));
		for (Block block : blocks) {
			if (block.kind() == BlockKind.PARAGRAPH) {
				String first = comparable(block.text());
				return (stem.isEmpty() || first.startsWith(stem) || stem.startsWith(first)) ? null : dek;
			}
		}
		return dek;
	}

	private static String comparable(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

}

package dev.articlequotes.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns an article body found in a web page into blocks: each block-level element
 * (paragraph, list item, block quote, table cell) a paragraph, each heading a heading,
 * each social-post embed (a tweet, Instagram or TikTok blockquote, a video iframe) one
 * embed block; captions are left out.
 */
final class HtmlBlocks {

	private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "center", "dd",
			"details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figure", "footer", "form", "header", "hgroup",
			"hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
			"th", "thead", "tr", "ul");

	private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

	private static final Set<String> LEFT_OUT = Set.of("figcaption", "caption", "script", "style", "noscript",
			"template", "button", "select", "textarea", "input");

	private static final Pattern EMBED_CLASS = Pattern
		.compile("(?i)\\b(twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-post|reddit-embed-bq)\\b");

	private static final Pattern EMBED_SOURCE = Pattern.compile(
			"(?i)//(www\\.)?((youtube|youtube-nocookie|player\\.vimeo|dailymotion|twitter|x|instagram|tiktok|facebook)\\.com|youtu\\.be|platform\\.twitter\\.com)/");

	private final List<Block> blocks = new ArrayList<>();

	private final StringBuilder current = new StringBuilder();

	private HtmlBlocks() {
	}

	/** The blocks of an article body, in reading order. */
	static List<Block> of(Element content) {
		HtmlBlocks reader = new HtmlBlocks();
		reader.walk(content);
		reader.flush();
		return reader.blocks;
	}

	private void walk(Node node) {
		for (int i = 0; i < node.childNodeSize(); i++) {
			Node child = node.childNode(i);
			if (child instanceof TextNode text) {
				this.current.append(text.getWholeText());
			}
			else if (child instanceof Element element) {
				visit(element);
			}
		}
	}

	private void visit(Element element) {
		String tag = element.normalName();
		if (LEFT_OUT.contains(tag)) {
			return;
		}
		if (isEmbed(element)) {
			flush();
			String lines = embedText(element);
			if (!lines.isBlank()) {
				add(BlockKind.EMBED, lines);
			}
			return;
		}
		if (HEADINGS.contains(tag)) {
			flush();
			String text = clean(Readability.textContent(element));
			if (!text.isEmpty()) {
				add(BlockKind.HEADING, text);
			}
			return;
		}
		if (tag.equals("br")) {
			this.current.append(' ');
			return;
		}
		boolean block = BLOCK_TAGS.contains(tag);
		if (block) {
			flush();
		}
		walk(element);
		if (block) {
			flush();
		}
	}

	private static boolean isEmbed(Element element) {
		String tag = element.normalName();
		if ((tag.equals("blockquote") || tag.equals("div")) && EMBED_CLASS.matcher(element.className()).find()) {
			return true;
		}
		return (tag.equals("iframe") || tag.equals("embed") || tag.equals("object"))
				&& (EMBED_SOURCE.matcher(element.attr("src")).find() || Readability.isAllowedVideo(element));
	}

	/**
	 * An embed's lines: a post's text and credit line, or a video's title or address.
	 */
	private static String embedText(Element element) {
		if (element.normalName().equals("blockquote") || element.normalName().equals("div")) {
			HtmlBlocks inner = new HtmlBlocks();
			inner.walk(element);
			inner.flush();
			return String.join("\n", inner.blocks.stream().map(Block::text).toList());
		}
		String title = clean(element.attr("title"));
		return title.isEmpty() ? clean(element.attr("src")) : title;
	}

	private void flush() {
		String text = clean(this.current.toString());
		this.current.setLength(0);
		if (!text.isEmpty()) {
			add(BlockKind.PARAGRAPH, text);
		}
	}

	private void add(BlockKind kind, String text) {
		this.blocks.add(new Block(this.blocks.size(), kind, text));
	}

	/**
	 * Whether a character is whitespace to JavaScript or to Java: JavaScript's spaces and
	 * the four information separators ({@code U+001C} to {@code U+001F}) that Java's
	 * {@link Character#isWhitespace} adds.
	 */
	static boolean isSpace(char c) {
		return Readability.isJsSpace(c) || (c >= '\u001C' && c <= '\u001F');
	}

	/** Text with every run of whitespace one space, trimmed. */
	static String clean(String text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isSpace(c)) {
				space = out.length() > 0;
			}
			else {
				if (space) {
					out.append(' ');
					space = false;
				}
				out.append(c);
			}
		}
		return out.toString();
	}

}

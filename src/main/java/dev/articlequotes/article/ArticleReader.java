package dev.articlequotes.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an article file into an {@link Article}: plain text with one paragraph per line,
 * or Markdown with YAML front matter. The rules are written down in
 * {@code docs/article-format.md}.
 */
public final class ArticleReader {

	/** Longest dek, in words: anything longer is a paragraph. */
	static final int MAX_DEK_WORDS = 60;

	private static final Pattern PLACEHOLDER = Pattern
		.compile("(?i)(?:(?:article|featured|lead|hero|main|header|top)\\s+)?"
				+ "(?:thumbnail|image|photo|photograph|picture|illustration|video|gallery|advertisement|advert)"
				+ "(?:\\s+(?:placeholder|thumbnail|unavailable))?");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;][\"'”’»)\\]]*$");

	private static final Pattern HASHTAG_CAPTION = Pattern
		.compile(".*\\s#\\p{L}[\\p{L}\\p{N}_]*(?:\\s+#\\p{L}[\\p{L}\\p{N}_]*)*$");

	private static final Pattern SOUND_CREDIT = Pattern.compile("^♬.*");

	private static final Pattern SOCIAL_CREDIT = Pattern.compile(
			"(?i)^(?:—|-|–)\\s*.*\\(@\\w+\\).*|^a post shared by .*|^pic\\.twitter\\.com/\\S+$|^view this post on instagram$");

	private final FrontMatterParser frontMatter = new FrontMatterParser();

	/**
	 * Decodes a file's bytes as strict UTF-8, naming the line of the first invalid byte.
	 */
	public String decode(String fileName, byte[] bytes) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				throw new ArticleFormatException(fileName, lineOf(bytes, i), "is a binary file (NUL byte), not text");
			}
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		try {
			String text = decoder.decode(buffer).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new ArticleFormatException(fileName, lineOf(bytes, buffer.position()), "is not valid UTF-8");
		}
	}

	private static int lineOf(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	/**
	 * Reads an article, or returns empty for a Markdown file without front matter (such
	 * as a folder's README), which is not an article.
	 * @param slug the article's slug
	 * @param fileName the file's name, for messages and metadata
	 * @param content the file's text
	 * @return the article, or empty when the file is not an article
	 */
	public Optional<Article> read(String slug, String fileName, String content) {
		List<String> lines = content.lines().toList();
		if (fileName.toLowerCase(Locale.ROOT).endsWith(".md")) {
			if (lines.isEmpty() || !FrontMatterParser.DELIMITER.equals(lines.get(0).strip())) {
				return Optional.empty();
			}
			return Optional.of(readMarkdown(slug, fileName, lines));
		}
		return Optional.of(readPlainText(slug, fileName, lines));
	}

	private Article readPlainText(String slug, String fileName, List<String> lines) {
		List<Line> substantive = substantiveLines(lines, 0);
		if (substantive.isEmpty()) {
			throw new ArticleFormatException(fileName, 0, "has no text: an article needs at least a title");
		}
		String title = substantive.get(0).text();
		int next = 1;
		String dek = null;
		if (next < substantive.size() && isDek(substantive.get(next).text())) {
			dek = substantive.get(next).text();
			next++;
		}
		List<Block> blocks = toBlocks(substantive.subList(next, substantive.size()));
		return new Article(slug, title, dek, blocks, ArticleMetadata.ofFile(fileName));
	}

	private Article readMarkdown(String slug, String fileName, List<String> lines) {
		FrontMatterParser.FrontMatter matter = this.frontMatter.parse(fileName, lines);
		List<Line> paragraphs = markdownParagraphs(lines, matter.bodyStart());
		String title = matter.value("title");
		if (title == null && !paragraphs.isEmpty() && paragraphs.get(0).text().startsWith("# ")) {
			title = paragraphs.get(0).text().substring(2).strip();
			paragraphs = paragraphs.subList(1, paragraphs.size());
		}
		if (title == null || title.isBlank()) {
			throw new ArticleFormatException(fileName, 1, "front matter has no 'title' and the body no '# ' heading");
		}
		List<Line> body = paragraphs.stream().filter((line) -> !line.text().startsWith("#")).toList();
		ArticleMetadata metadata = new ArticleMetadata(fileName, matter.value("author"), matter.value("published"),
				matter.value("source"));
		return new Article(slug, title, matter.value("dek"), toBlocks(body), metadata);
	}

	/** Non-blank lines from {@code from}, trimmed, without image placeholders. */
	private static List<Line> substantiveLines(List<String> lines, int from) {
		List<Line> result = new ArrayList<>();
		for (int i = from; i < lines.size(); i++) {
			String text = clean(lines.get(i));
			if (!text.isEmpty() && !isPlaceholder(text)) {
				result.add(new Line(i + 1, text));
			}
		}
		return result;
	}

	/**
	 * Markdown paragraphs: runs of non-blank lines joined with spaces, images dropped.
	 */
	private static List<Line> markdownParagraphs(List<String> lines, int from) {
		List<Line> result = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		int start = 0;
		for (int i = from; i <= lines.size(); i++) {
			String text = (i < lines.size()) ? clean(lines.get(i)) : "";
			boolean heading = text.startsWith("#");
			if ((text.isEmpty() || heading) && paragraph.length() > 0) {
				result.add(new Line(start, paragraph.toString()));
				paragraph.setLength(0);
			}
			if (heading) {
				result.add(new Line(i + 1, text));
			}
			else if (!text.isEmpty() && !isPlaceholder(text) && !text.startsWith("![")) {
				if (paragraph.length() == 0) {
					start = i + 1;
				}
				else {
					paragraph.append(' ');
				}
				paragraph.append(text);
			}
		}
		return result;
	}

	private static String clean(String line) {
		return line.replace('\u00A0', ' ').strip();
	}

	static boolean isPlaceholder(String line) {
		return PLACEHOLDER.matcher(line).matches();
	}

	static boolean isDek(String line) {
		return line.split("\\s+").length <= MAX_DEK_WORDS && !SENTENCE_END.matcher(line).find() && !isEmbedLine(line);
	}

	static boolean isEmbedLine(String line) {
		return SOUND_CREDIT.matcher(line).matches() || HASHTAG_CAPTION.matcher(line).matches()
				|| SOCIAL_CREDIT.matcher(line).matches();
	}

	/** Turns lines into blocks; consecutive embed lines become one embed block. */
	private static List<Block> toBlocks(List<Line> lines) {
		List<Block> blocks = new ArrayList<>();
		List<String> embed = new ArrayList<>();
		for (Line line : lines) {
			if (isEmbedLine(line.text())) {
				embed.add(line.text());
				continue;
			}
			if (!embed.isEmpty()) {
				blocks.add(new Block(blocks.size(), BlockKind.EMBED, String.join("\n", embed)));
				embed.clear();
			}
			blocks.add(new Block(blocks.size(), BlockKind.PARAGRAPH, line.text()));
		}
		if (!embed.isEmpty()) {
			blocks.add(new Block(blocks.size(), BlockKind.EMBED, String.join("\n", embed)));
		}
		return blocks;
	}

	private record Line(int number, String text) {
	}

}

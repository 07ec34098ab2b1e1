package dev.articlequotes.extraction;

import java.util.ArrayList;
import java.util.List;

import dev.articlequotes.article.Article;

/**
 * Made-up articles far larger than news articles, for the fuzz tests (which check the
 * result) and the large-input benchmark in {@code src/jmh} (which times it).
 */
final class LargeArticles {

	private LargeArticles() {
	}

	/**
	 * An article of the given number of sentences with quotations, attributed in the
	 * common ways, with one nested quotation in each fourth sentence,
	 * {@code perParagraph} sentences to a paragraph.
	 */
	static Article quotations(int quotes, int perParagraph) {
		List<String> paragraphs = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		for (int i = 0; i < quotes; i++) {
			String speaker = "Person" + (char) ('A' + i % 26) + " Speaker" + (char) ('A' + (i / 26) % 26);
			String sentence = switch (i % 4) {
				case 0 -> "“We counted item " + i + " today,” said " + speaker + ". ";
				case 1 -> speaker + " said: “The total was " + i + ".” ";
				case 2 -> "“It rose again,” he added. “Then it fell ‘sharply’ for " + i + ".” ";
				default -> "The board called it a \"fair plan " + i + "\" on Monday. ";
			};
			paragraph.append(sentence);
			if (i % perParagraph == perParagraph - 1 || i == quotes - 1) {
				paragraphs.add(paragraph.toString().trim());
				paragraph.setLength(0);
			}
		}
		return TestArticles.article("Many quotations", paragraphs.toArray(String[]::new));
	}

	/**
	 * One paragraph of the given number of words opened by a quote mark that is never
	 * closed, with a reporting clause every 17 words.
	 */
	static Article oneUnclosedQuotation(int words) {
		StringBuilder text = new StringBuilder("“");
		for (int i = 0; i < words; i++) {
			text.append("word").append(i).append((i % 17 == 0) ? ", he said, " : " ");
		}
		return TestArticles.article("One long paragraph", text.toString());
	}

}

package dev.articlequotes.extraction;

import java.util.ArrayList;
import java.util.List;

import dev.articlequotes.article.Article;
import dev.articlequotes.article.Block;

/**
 * A piece of an article that is searched for quotations: the title, the dek or one
 * paragraph.
 *
 * @param ordinal the position of the passage in reading order, from 0
 * @param section where the passage stands
 * @param block the index of its block when it is in the body, otherwise {@code null}
 * @param text the passage's text
 */
record Passage(int ordinal, Section section, Integer block, String text) {

	private static final int HEADING_MIN_WORDS = 3;

	private static final int HEADING_MAX_WORDS = 15;

	private static final int HEADING_MAX_CHARS = 160;

	/** The passages of an article in reading order: title, dek, then paragraphs. */
	static List<Passage> of(Article article) {
		List<Passage> passages = new ArrayList<>();
		passages.add(new Passage(0, Section.TITLE, null, article.title()));
		if (article.dek() != null && !article.dek().isBlank()) {
			passages.add(new Passage(passages.size(), Section.DEK, null, article.dek()));
		}
		for (Block block : article.paragraphs()) {
			passages.add(new Passage(passages.size(), Section.BODY, block.index(), block.text()));
		}
		return passages;
	}

	/** The stable id of a quotation starting at the given offset of this passage. */
	String quoteId(int start) {
		return Quote.id(this.section, this.block, start);
	}

	/** Whether this passage is body text rather than the headline or dek. */
	boolean isBody() {
		return this.section == Section.BODY;
	}

	/**
	 * Whether the passage is a headline: the title, the dek, or a short body paragraph in
	 * title case (a subheading: "Mayor Wins Budget Vote"), whose capitals are style.
	 */
	boolean readsAsHeading() {
		if (!isBody()) {
			return true;
		}
		if (this.text.length() > HEADING_MAX_CHARS) {
			return false;
		}
		String[] words = SourceWords.words(this.text);
		if (words.length < HEADING_MIN_WORDS || words.length > HEADING_MAX_WORDS) {
			return false;
		}
		for (String word : words) {
			String letters = word.replaceAll("^[^\\p{L}\\p{N}]+", "");
			if (!letters.isEmpty() && !Character.isUpperCase(letters.charAt(0)) && !Character.isDigit(letters.charAt(0))
					&& !SourceWords.TITLE_SMALL_WORDS.contains(letters.toLowerCase(java.util.Locale.ROOT))) {
				return false;
			}
		}
		return true;
	}

}

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

}

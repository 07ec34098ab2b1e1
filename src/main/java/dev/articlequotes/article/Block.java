package dev.articlequotes.article;

import java.util.Objects;

/**
 * One block of an article's body: a paragraph of text, a heading or the residue of an
 * embed.
 *
 * @param index the block's position in the article, from 0
 * @param kind whether the block is body text, a heading or an embed
 * @param text the block's text; an embed's lines are joined with line breaks
 */
public record Block(int index, BlockKind kind, String text) {

	public Block {
		if (index < 0) {
			throw new IllegalArgumentException("'index' must not be negative");
		}
		Objects.requireNonNull(kind, "'kind' must not be null");
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("'text' must not be blank");
		}
	}

}

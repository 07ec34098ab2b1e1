package dev.articlequotes.article;

import java.util.List;
import java.util.Objects;

/**
 * A news article as read from its file: title, optional dek, body blocks in order, and
 * metadata.
 *
 * @param slug the article's identifier, its file name without the extension
 * @param title the headline
 * @param dek the standfirst under the headline, or {@code null} when the article has none
 * @param blocks the body blocks in reading order, indexed from 0
 * @param metadata what the file says about the article besides its text
 */
public record Article(String slug, String title, String dek, List<Block> blocks, ArticleMetadata metadata) {

	public Article {
		if (slug == null || slug.isBlank()) {
			throw new IllegalArgumentException("'slug' must not be blank");
		}
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("'title' must not be blank");
		}
		blocks = List.copyOf(blocks);
		for (int i = 0; i < blocks.size(); i++) {
			if (blocks.get(i).index() != i) {
				throw new IllegalArgumentException("block " + i + " has index " + blocks.get(i).index());
			}
		}
		Objects.requireNonNull(metadata, "'metadata' must not be null");
	}

	/** The blocks that are body text, in order. */
	public List<Block> paragraphs() {
		return this.blocks.stream().filter((block) -> block.kind() == BlockKind.PARAGRAPH).toList();
	}

}

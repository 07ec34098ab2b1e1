package dev.articlequotes.article;

/**
 * What an article file says about the article besides its text. Every field but
 * {@code file} may be {@code null}.
 *
 * @param file the name of the file the article was read from
 * @param author the byline
 * @param published when the article was published, as written in the file
 * @param source the publication or address the article comes from
 */
public record ArticleMetadata(String file, String author, String published, String source) {

	public ArticleMetadata {
		if (file == null || file.isBlank()) {
			throw new IllegalArgumentException("'file' must not be blank");
		}
	}

	/** Metadata that only names the file. */
	public static ArticleMetadata ofFile(String file) {
		return new ArticleMetadata(file, null, null, null);
	}

}

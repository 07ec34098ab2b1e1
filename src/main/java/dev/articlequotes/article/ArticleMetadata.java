package dev.articlequotes.article;

/**
 * What an article file says about the article besides its text. Every field but
 * {@code file} may be {@code null}.
 *
 * @param file the name of the file the article was read from
 * @param author the byline: the author's name
 * @param published when the article was published: as written in a Markdown file,
 * ISO-8601 (in the page's own offset) for a web page
 * @param source the publication or address the article comes from: a web page's canonical
 * URL
 * @param siteName the name of the publication, when a web page gives it
 * @param language the language of the article (a BCP 47 tag such as {@code en}), when a
 * web page gives it
 */
public record ArticleMetadata(String file, String author, String published, String source, String siteName,
		String language) {

	public ArticleMetadata {
		if (file == null || file.isBlank()) {
			throw new IllegalArgumentException("'file' must not be blank");
		}
	}

	/** Metadata without a site name or language, as text and Markdown files give it. */
	public ArticleMetadata(String file, String author, String published, String source) {
		this(file, author, published, source, null, null);
	}

	/** Metadata that only names the file. */
	public static ArticleMetadata ofFile(String file) {
		return new ArticleMetadata(file, null, null, null);
	}

}

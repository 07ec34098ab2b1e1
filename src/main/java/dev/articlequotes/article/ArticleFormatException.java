package dev.articlequotes.article;

/**
 * Thrown when an article file cannot be read as an article. The message names the file
 * and, where there is one, the line at fault.
 */
public class ArticleFormatException extends RuntimeException {

	private final String file;

	private final int line;

	/**
	 * Creates an exception for a problem at a line of a file.
	 * @param file the file's name
	 * @param line the 1-based line at fault, or 0 when the problem is with the whole file
	 * @param reason what is wrong, as a sentence fragment
	 */
	public ArticleFormatException(String file, int line, String reason) {
		super(file + ((line > 0) ? ", line " + line : "") + ": " + reason);
		this.file = file;
		this.line = line;
	}

	public String getFile() {
		return this.file;
	}

	/** The 1-based line at fault, or 0 when the problem is with the whole file. */
	public int getLine() {
		return this.line;
	}

}

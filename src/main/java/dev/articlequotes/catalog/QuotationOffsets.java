package dev.articlequotes.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.articlequotes.article.Article;
import dev.articlequotes.article.ArticleFormatException;
import dev.articlequotes.extraction.Attribution;
import dev.articlequotes.extraction.Excerpt;
import dev.articlequotes.extraction.Quote;
import dev.articlequotes.extraction.Section;

/**
 * The check that lets {@link PackedArticle} store a quotation as offsets alone: its text
 * is the article's text at its offsets, its id the one its position gives, its parent a
 * quotation of the same passage, and its cue and source the article's text at their
 * offsets.
 */
final class QuotationOffsets {

	private QuotationOffsets() {
	}

	/**
	 * Checks every quotation of an article.
	 * @throws ArticleFormatException naming the article's file and the first quotation
	 * that fails the check
	 */
	static void check(Article article, List<Quote> quotes) {
		Map<String, Quote> quotesById = new HashMap<>();
		quotes.forEach((quote) -> quotesById.putIfAbsent(quote.id(), quote));
		for (Quote quote : quotes) {
			String problem = problem(article, quote, quotesById.get(quote.parentId()));
			if (problem != null) {
				throw new ArticleFormatException(article.metadata().file(), 0,
						"quotation " + quote.id() + " (\"" + quote.text() + "\") " + problem);
			}
		}
	}

	/** What is wrong with the quotation, or {@code null}. */
	private static String problem(Article article, Quote quote, Quote parent) {
		String id = Quote.id(quote.section(), quote.block(), quote.start());
		Attribution attribution = quote.attribution();
		if (!quote.text().equals(text(article, quote.section(), quote.block(), quote.start(), quote.end()))) {
			return "is not the article's text at its offsets " + quote.start() + " to " + quote.end();
		}
		if (!quote.id().equals(id)) {
			return "does not have the id its position gives, " + id;
		}
		if (quote.parentId() != null && (parent == null || parent.section() != quote.section()
				|| !Objects.equals(parent.block(), quote.block()))) {
			return "has a parent, " + quote.parentId() + ", that is no quotation of the same passage";
		}
		if (!givenAtItsOffsets(article, attribution.cue())) {
			return "has a cue, \"" + attribution.cue().text()
					+ "\", that is not the article's text at the cue's offsets";
		}
		if (!givenAtItsOffsets(article, attribution.source())) {
			return "has a source, \"" + attribution.source().text()
					+ "\", that is not the article's text at the source's offsets";
		}
		return null;
	}

	/** Whether an excerpt is absent or the article's text at its offsets. */
	private static boolean givenAtItsOffsets(Article article, Excerpt excerpt) {
		return excerpt == null || excerpt.text()
			.equals(text(article, excerpt.section(), excerpt.block(), excerpt.start(), excerpt.end()));
	}

	/**
	 * The text between two offsets of a passage (the title, the dek or a block of the
	 * body), or {@code null} when there is no such passage or range.
	 */
	private static String text(Article article, Section section, Integer block, int start, int end) {
		String passage = switch (section) {
			case TITLE -> article.title();
			case DEK -> article.dek();
			case BODY -> (block != null && block >= 0 && block < article.blocks().size())
					? article.blocks().get(block).text() : null;
		};
		return (passage != null && 0 <= start && start <= end && end <= passage.length())
				? passage.substring(start, end) : null;
	}

}

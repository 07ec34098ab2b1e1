package dev.articlequotes.extraction;

import java.util.List;

/**
 * What the pipeline found in one article: its speakers, most quoted first, and its
 * quotations in reading order.
 *
 * @param speakers the speakers, most quoted first
 * @param quotes the quotations in the order they appear
 */
public record ExtractedQuotes(List<Speaker> speakers, List<Quote> quotes) {

	public ExtractedQuotes {
		speakers = List.copyOf(speakers);
		quotes = List.copyOf(quotes);
	}

}

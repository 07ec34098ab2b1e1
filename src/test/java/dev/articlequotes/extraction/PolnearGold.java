package dev.articlequotes.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The quote-level gold of one PolNeAR article ({@code NAME.quotes.json}, described in
 * {@code ../shared/polnear/README.md}): its double-quoted strings, whether the annotators
 * put each inside an attribution, and that attribution's source and cue.
 *
 * @param article the article's name, its file name without {@code .txt}
 * @param publisher the publisher, such as {@code nyt}
 * @param quotes the quoted strings in the order of the file
 */
record PolnearGold(String article, String publisher, List<Quote> quotes) {

	/** Reads a {@code NAME.quotes.json} file. */
	static PolnearGold read(Path file) throws IOException {
		JsonNode root = Gold.JSON.readTree(Files.readString(file));
		List<Quote> quotes = new ArrayList<>();
		for (JsonNode quote : root.get("quotes")) {
			quotes.add(new Quote(quote.get("text").asString(), quote.get("start").asInt(), quote.get("end").asInt(),
					quote.get("attributed").asBoolean(), span(quote.get("source")), span(quote.get("cue")),
					quote.has("sourceIsPronoun") && quote.get("sourceIsPronoun").asBoolean()));
		}
		return new PolnearGold(root.get("article").asString(), root.get("publisher").asString(), quotes);
	}

	private static Span span(JsonNode node) {
		return (node == null || node.isNull()) ? null
				: new Span(node.get("text").asString(), node.get("start").asInt(), node.get("end").asInt());
	}

	/**
	 * A double-quoted string of the article.
	 *
	 * @param text the string without its marks
	 * @param start its offset in {@code NAME.txt}
	 * @param end the offset just past it
	 * @param attributed whether it lies in an annotated attribution's content
	 * @param source that attribution's source, or {@code null}
	 * @param cue that attribution's cue, or {@code null}
	 * @param sourceIsPronoun whether the source is a lone pronoun
	 */
	record Quote(String text, int start, int end, boolean attributed, Span source, Span cue, boolean sourceIsPronoun) {

		PolnearScorer.Range range() {
			return new PolnearScorer.Range(this.start, this.end);
		}

	}

	/** An annotated span: its text and offsets in {@code NAME.txt}. */
	record Span(String text, int start, int end) {

		PolnearScorer.Range range() {
			return new PolnearScorer.Range(this.start, this.end);
		}

	}

}

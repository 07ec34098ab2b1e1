package dev.articlequotes.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A gold annotation of an article: its quotations with their speakers, the speakers'
 * aliases and the quoted strings that are not quotations.
 *
 * @param article the file name of the annotated article, or {@code null}
 * @param quotes the quotations
 * @param aliases the aliases of each speaker id, its name included
 * @param nonQuotes the quoted strings that are nobody's words
 */
record Gold(String article, List<Quote> quotes, Map<String, List<String>> aliases, List<String> nonQuotes) {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Reads a {@code *.gold.json} file. */
	static Gold read(Path file) throws IOException {
		JsonNode root = JSON.readTree(Files.readString(file));
		List<Quote> quotes = new ArrayList<>();
		for (JsonNode quote : root.get("quotes")) {
			JsonNode speaker = quote.get("speaker");
			quotes.add(new Quote(quote.get("text").asString(),
					(speaker == null || speaker.isNull()) ? null : speaker.asString()));
		}
		Map<String, List<String>> aliases = new LinkedHashMap<>();
		for (JsonNode speaker : root.get("speakers")) {
			List<String> names = new ArrayList<>();
			if (speaker.has("aliases")) {
				speaker.get("aliases").forEach((alias) -> names.add(alias.asString()));
			}
			names.add(speaker.get("name").asString());
			aliases.put(speaker.get("id").asString(), names);
		}
		List<String> nonQuotes = new ArrayList<>();
		if (root.has("non_quotes")) {
			root.get("non_quotes").forEach((text) -> nonQuotes.add(text.asString()));
		}
		String article = root.has("article") ? root.get("article").asString() : null;
		return new Gold(article, quotes, aliases, nonQuotes);
	}

	/** A gold quotation. */
	record Quote(String text, String speaker) {
	}

}

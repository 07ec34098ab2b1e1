package dev.articlequotes.article;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the YAML front matter at the top of a Markdown article, between two {@code ---}
 * lines.
 */
final class FrontMatterParser {

	static final String DELIMITER = "---";

	/** Parses the front matter of a file whose first line is {@value #DELIMITER}. */
	FrontMatter parse(String fileName, List<String> lines) {
		int end = -1;
		for (int i = 1; i < lines.size(); i++) {
			if (DELIMITER.equals(lines.get(i).strip())) {
				end = i;
				break;
			}
		}
		if (end < 0) {
			throw new ArticleFormatException(fileName, 1, "front matter opened with '---' is never closed");
		}
		String yaml = String.join("\n", lines.subList(1, end));
		Object loaded;
		try {
			loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		}
		catch (MarkedYAMLException ex) {
			Mark mark = ex.getProblemMark();
			int line = (mark != null) ? mark.getLine() + 2 : 1;
			throw new ArticleFormatException(fileName, line,
					"front matter is not valid YAML (" + ex.getProblem() + ")");
		}
		catch (YAMLException ex) {
			throw new ArticleFormatException(fileName, 1, "front matter is not valid YAML");
		}
		if (loaded != null && !(loaded instanceof Map)) {
			throw new ArticleFormatException(fileName, 2, "front matter must be 'key: value' pairs");
		}
		Map<?, ?> values = (loaded != null) ? (Map<?, ?>) loaded : Map.of();
		return new FrontMatter(values, end + 1);
	}

	/** Parsed front matter and the index of the first body line. */
	record FrontMatter(Map<?, ?> values, int bodyStart) {

		/** The value of a key as text, or {@code null}. */
		String value(String key) {
			Object value = this.values.get(key);
			if (value instanceof Date date) {
				return date.toInstant().atZone(TimeZone.getTimeZone("UTC").toZoneId()).toLocalDate().toString();
			}
			return (value != null && !value.toString().isBlank()) ? value.toString().strip() : null;
		}

	}

}

package dev.articlequotes.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds text for matching that ignores case and accents: "Zoë" and "zoe" fold alike.
 */
final class TextFolding {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");

	private TextFolding() {
	}

	/** Lower-cases the text and strips its accents. */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replace('’', '\'');
	}

	/** The folded words of a text, apostrophes kept inside words ("don't"). */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(fold(text));
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

}

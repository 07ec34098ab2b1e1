package dev.articlequotes.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds names and words for matching, the one way extraction merges speakers and the
 * catalog filters by speaker and searches words: case, accents, the curly apostrophe and
 * the "ue" spelling of "ü" are ignored, so "Müller", "Mueller" and "Muller" fold alike.
 */
public final class TextFolding {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");

	private TextFolding() {
	}

	/**
	 * The text in lower case, without accents, with ' for ’ and "u" for "ue". Folding
	 * keeps prefixes: the folding of a word's beginning begins the folding of the word.
	 */
	public static String fold(String text) {
		return withoutAccents(text).toLowerCase(Locale.ROOT).replace('’', '\'').replace("ue", "u");
	}

	/** The folded words of a text, apostrophes kept inside words ("don't"). */
	public static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(fold(text));
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

	/** The text without combining marks, after canonical decomposition ("é" → "e"). */
	public static String withoutAccents(String text) {
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
	}

}

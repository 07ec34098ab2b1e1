package dev.articlequotes.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text rules of {@code ../shared/eval/polnear.py}, written to behave as Python's
 * {@code re} and {@code str} do: a word character is a letter, a digit or {@code _}
 * ({@code \w}), whitespace is what {@code str.isspace} accepts (the no-break space
 * included), and a source's head word and a speaker's last word are found as the script
 * finds them.
 */
final class PolnearText {

	/**
	 * Python's {@code \w} on text: letters, digits (all of {@code \p{N}}) and the
	 * underscore.
	 */
	static final String W = "[\\p{L}\\p{N}_]";

	/** Python's {@code \s} on text: the characters {@code str.isspace} accepts. */
	static final String S = "[\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]";

	private static final Set<String> POSTMODIFIER = Set.of("of", "for", "at", "from", "in", "with", "on", "to", "by",
			"under", "over", "about", "behind", "inside", "within", "among", "near", "outside", "during", "after",
			"before");

	private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

	private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "la", "del");

	private static final Pattern CLAUSE = Pattern.compile("[,;:()\\[\\]]|" + S + "[-\\u2013\\u2014]+" + S
			+ "|[\\u2013\\u2014]|--|" + S + "(?:who|whom|whose|which|that|where|when)" + S);

	private static final Pattern WORD = Pattern.compile(W + "[\\p{L}\\p{N}_'.&-]*");

	private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^\\]]*\\]");

	private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|')$");

	private static final Pattern COMBINING = Pattern.compile("\\p{Mn}");

	private PolnearText() {
	}

	/** A source's head word, folded, and whether it is capitalised. */
	record Head(String word, boolean capitalised) {
	}

	/** Whether a character is whitespace to Python's {@code str.isspace}. */
	static boolean isSpace(char c) {
		return (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= ' ') || c == '\u0085' || c == '\u00A0'
				|| c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' || c == '\u202F'
				|| c == '\u205F' || c == '\u3000';
	}

	/** Python's {@code text.rstrip()}. */
	static String stripTrailingSpace(String text) {
		int end = text.length();
		while (end > 0 && isSpace(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end);
	}

	/** Python's {@code text.split()}: the runs of non-whitespace. */
	static List<String> split(String text) {
		List<String> words = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			while (i < text.length() && isSpace(text.charAt(i))) {
				i++;
			}
			int start = i;
			while (i < text.length() && !isSpace(text.charAt(i))) {
				i++;
			}
			if (i > start) {
				words.add(text.substring(start, i));
			}
		}
		return words;
	}

	/** Lower case without accents, curly apostrophes straightened. */
	static String fold(String text) {
		String s = Normalizer.normalize(((text != null) ? text : "").replace('’', '\'').replace('‘', '\''),
				Normalizer.Form.NFKD);
		return COMBINING.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
	}

	/** A word without possessive 's, trailing periods or apostrophes. */
	static String bare(String word) {
		String s = stripDots(word.replace('’', '\''));
		return stripDots(POSSESSIVE.matcher(s).replaceAll(""));
	}

	/** The head word of an annotated source: {@code head} of the script. */
	static Head head(String source) {
		String text = BRACKETED.matcher(source.replace('’', '\'')).replaceAll(" ");
		List<List<String>> segments = new ArrayList<>();
		for (String segment : CLAUSE.split(" " + text + " ", -1)) {
			List<String> words = words(segment);
			if (!words.isEmpty()) {
				segments.add(words);
			}
		}
		if (segments.isEmpty()) {
			return new Head("", false);
		}
		List<String> core = segments.get(0);
		for (int k = 0; k < core.size(); k++) {
			if (k > 0 && POSTMODIFIER.contains(core.get(k).toLowerCase(Locale.ROOT))) {
				// "Secretary of State John Kerry", "Bank of America": one word before the
				// preposition and a capitalised word at the end keep the whole
				if (!(k == 1 && startsUpper(core.get(0)) && startsUpper(core.get(core.size() - 1)))) {
					core = core.subList(0, k);
				}
				break;
			}
		}
		List<String> named = withoutSuffixes(core);
		String last = bare(named.get(named.size() - 1));
		if (!startsUpper(last) && segments.size() > 1) {
			List<String> apposition = segments.get(1);
			if (apposition.size() <= 4 && apposition.stream()
				.filter((w) -> !NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT)))
				.allMatch(PolnearText::startsUpper)) {
				List<String> names = withoutSuffixes(apposition);
				last = bare(names.get(names.size() - 1));
			}
		}
		return new Head(fold(last), startsUpper(last));
	}

	/** The last word of a speaker's name, without suffixes and possessives, folded. */
	static String lastWord(String name) {
		List<String> words = new ArrayList<>();
		for (String word : words(((name != null) ? name : "").replace('’', '\''))) {
			words.add(bare(word));
		}
		List<String> kept = words.stream()
			.filter((w) -> !w.isEmpty() && !SUFFIXES.contains(w.toLowerCase(Locale.ROOT)))
			.toList();
		if (kept.isEmpty()) {
			kept = words.stream().filter((w) -> !w.isEmpty()).toList();
		}
		return kept.isEmpty() ? "" : fold(kept.get(kept.size() - 1));
	}

	/**
	 * Whether a source's capitalised head word is a name, not a common noun capitalised
	 * only because it opens a sentence ("Officials said") and written in lower case
	 * elsewhere in the article.
	 */
	static boolean isName(String raw, String sourceText, int sourceStart, String head) {
		List<String> words = words(sourceText.replace('’', '\''));
		if (words.isEmpty() || !fold(bare(words.get(0))).equals(head)) {
			return true;
		}
		String before = stripTrailingSpace(raw.substring(0, sourceStart));
		if (!before.isEmpty() && ".!?:\"”’'\n".indexOf(before.charAt(before.length() - 1)) < 0) {
			return true;
		}
		return !wholeWord(bare(words.get(0)).toLowerCase(Locale.ROOT)).matcher(raw).find();
	}

	/** Whether a folded word is a whole word of a text, folded. */
	static boolean hasWord(String word, String text) {
		return !word.isEmpty() && wholeWord(word).matcher(fold(text)).find();
	}

	/** The words of a text as the script's {@code WORD} finds them. */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

	private static Pattern wholeWord(String word) {
		return Pattern.compile("(?<!" + W + ")" + Pattern.quote(word) + "(?!" + W + ")");
	}

	private static List<String> withoutSuffixes(List<String> words) {
		List<String> kept = words.stream().filter((w) -> !SUFFIXES.contains(bare(w).toLowerCase(Locale.ROOT))).toList();
		return kept.isEmpty() ? words : kept;
	}

	private static boolean startsUpper(String word) {
		return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
	}

	private static String stripDots(String s) {
		int end = s.length();
		while (end > 0 && s.charAt(end - 1) == '.') {
			end--;
		}
		return s.substring(0, end);
	}

}

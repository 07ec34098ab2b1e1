package dev.articlequotes.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.articlequotes.article.Article;
import dev.articlequotes.article.Block;

/**
 * Where an article's title, dek and blocks stand in the corpus's {@code NAME.txt}, found
 * as {@code polnear.py} finds them (its {@code locate} and {@code place}): in order, each
 * searched forward from the end of the one before, exactly (the first hit at a line's
 * start, else the first hit) or else with runs of whitespace matched loosely. Turns a
 * passage's offsets into offsets of the raw text ({@code to_raw}).
 *
 * <p>
 * Offsets are UTF-16 units here and code points in Python; the two agree on texts without
 * characters beyond the Basic Multilingual Plane, as all of PolNeAR's are.
 */
final class PolnearPlacement {

	private final Map<String, int[]> places = new HashMap<>();

	private int unplacedBlocks;

	private PolnearPlacement() {
	}

	/** Places the title, the dek and every block of the article in the raw text. */
	static PolnearPlacement of(String raw, Article article) {
		PolnearPlacement placement = new PolnearPlacement();
		String norm = raw.replace('\u00A0', ' ');
		List<Object[]> parts = new ArrayList<>();
		parts.add(new Object[] { key(Section.TITLE, null), article.title() });
		if (article.dek() != null && !article.dek().isEmpty()) {
			parts.add(new Object[] { key(Section.DEK, null), article.dek() });
		}
		for (Block block : article.blocks()) {
			parts.add(new Object[] { key(Section.BODY, block.index()), block.text() });
		}
		int pos = 0;
		for (Object[] part : parts) {
			String key = (String) part[0];
			int[] mapping = place(raw, norm, (String) part[1], pos);
			if (mapping == null) {
				placement.unplacedBlocks += key.startsWith("body") ? 1 : 0;
				continue;
			}
			placement.places.put(key, mapping);
			pos = mapping[mapping.length - 1];
		}
		return placement;
	}

	/** How many body blocks could not be placed. */
	int unplacedBlocks() {
		return this.unplacedBlocks;
	}

	/**
	 * The raw range of a passage's range, or {@code null} when the passage is not placed
	 * or the range does not fit it.
	 */
	PolnearScorer.Range toRaw(Section section, Integer block, Integer start, Integer end) {
		int[] m = this.places.get(key((section != null) ? section : Section.BODY, block));
		if (m == null || start == null || end == null || start < 0 || start > end || end >= m.length) {
			return null;
		}
		return (end > start) ? new PolnearScorer.Range(m[start], m[end - 1] + 1)
				: new PolnearScorer.Range(m[start], m[start]);
	}

	private static String key(Section section, Integer block) {
		return (section == Section.BODY) ? "body:" + block : section.name();
	}

	/**
	 * Where a text stands in the raw text from {@code pos}: {@code m[k]} the raw offset
	 * of its k-th character and {@code m[length]} the offset just past it; or
	 * {@code null}.
	 */
	static int[] place(String raw, String norm, String text, int pos) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		int first = -1;
		int hits = 0;
		int i = norm.indexOf(text, pos);
		while (i != -1 && hits < 50) {
			if (first < 0) {
				first = i;
			}
			hits++;
			if (atLineStart(raw, i)) {
				return identity(i, text.length());
			}
			i = norm.indexOf(text, i + 1);
		}
		if (first >= 0) {
			return identity(first, text.length());
		}
		List<String> words = PolnearText.split(text);
		if (words.isEmpty() || pos > norm.length()) {
			return null;
		}
		Pattern pattern = Pattern
			.compile(String.join(PolnearText.S + "+", words.stream().map(Pattern::quote).toList()));
		Matcher matcher = pattern.matcher(norm);
		matcher.region(pos, norm.length());
		int found = -1;
		while (matcher.find()) {
			if (found < 0) {
				found = matcher.start();
			}
			if (atLineStart(raw, matcher.start())) {
				found = matcher.start();
				break;
			}
		}
		if (found < 0) {
			return null;
		}
		int[] mapping = new int[text.length() + 1];
		int j = found;
		int k = 0;
		while (k < text.length()) {
			if (PolnearText.isSpace(text.charAt(k))) {
				int k2 = k;
				int j2 = j;
				while (k2 < text.length() && PolnearText.isSpace(text.charAt(k2))) {
					k2++;
				}
				while (j2 < norm.length() && PolnearText.isSpace(norm.charAt(j2))) {
					j2++;
				}
				for (int kk = k; kk < k2; kk++) {
					mapping[kk] = j;
				}
				k = k2;
				j = j2;
			}
			else {
				mapping[k] = j;
				k++;
				j++;
			}
		}
		mapping[text.length()] = j;
		return mapping;
	}

	private static int[] identity(int start, int length) {
		int[] mapping = new int[length + 1];
		for (int k = 0; k <= length; k++) {
			mapping[k] = start + k;
		}
		return mapping;
	}

	private static boolean atLineStart(String raw, int i) {
		int lineStart = (i > 0) ? raw.lastIndexOf('\n', i - 1) + 1 : 0;
		for (int k = lineStart; k < i; k++) {
			if (!PolnearText.isSpace(raw.charAt(k))) {
				return false;
			}
		}
		return true;
	}

}

package dev.articlequotes.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the quote marks of one passage into spans: curly double quotes with nested curly
 * singles, straight double quotes with nested straight singles, and a top-level curly
 * single quote as used in headlines, and two apostrophes as a double quote mark
 * ({@code ''like this''}, the typewriter convention of some wire and newspaper texts).
 * Apostrophes are told apart from closing single quotes, a span never closed ends with
 * its passage, and a quotation that reopens in the same line
 * ({@code … end. "Next part …}) ends the open one.
 */
final class QuoteMarkPairing {

	private static final String OPENING_CONTEXT = "([{—–-/";

	/** The quote spans of a body passage, ordered by their opening mark. */
	List<QuoteSpan> pair(String text) {
		return pair(text, false);
	}

	/**
	 * The quote spans of a passage, ordered by their opening mark. In a headline or dek a
	 * top-level straight single quote pairs too ({@code Minister 'will not' quit}).
	 */
	List<QuoteSpan> pair(String text, boolean headline) {
		Scan scan = new Scan(text, headline);
		for (int i = 0; i < text.length(); i++) {
			i += scan.accept(i, text.charAt(i));
		}
		return scan.finish();
	}

	/** The running state of one left-to-right scan of a passage. */
	private static final class Scan {

		private final String text;

		private final boolean headline;

		private final List<Raw> spans = new ArrayList<>();

		private int outer = -1;

		private boolean outerSingle;

		private boolean outerStraightSingle;

		/** The offset of the {@code >} that ends the markup tag last looked at. */
		private int tagEnd = -1;

		/** Whether the open top-level quotation opened with two apostrophes. */
		private boolean outerApostrophes;

		private int inner = -1;

		private boolean innerStraight;

		Scan(String text, boolean headline) {
			this.text = text;
			this.headline = headline;
		}

		/**
		 * Reads the character at {@code i}; returns how many characters after it the mark
		 * took as well.
		 */
		int accept(int i, char c) {
			if (c == '<') {
				return markup(i);
			}
			if (this.outerApostrophes && (c == '“' || c == '”' || c == '"')) {
				return 0;
			}
			switch (c) {
				case '“' -> openDouble(i);
				case '”' -> closeDouble(i);
				case '"' -> straightDouble(i);
				case '‘' -> openCurlySingle(i);
				case '’' -> curlyApostropheOrClose(i);
				case '\'' -> {
					return apostrophes(i);
				}
				default -> {
				}
			}
			return 0;
		}

		/**
		 * A markup tag left in the text ({@code <a href="…">},
		 * {@code <tweet author="…">}): its attribute values are not quotations, so the
		 * scan skips to its end.
		 */
		private int markup(int i) {
			boolean tag = i + 1 < this.text.length()
					&& (Character.isLetter(this.text.charAt(i + 1)) || this.text.charAt(i + 1) == '/');
			if (!tag) {
				return 0;
			}
			if (this.tagEnd < i) {
				// one search per '>' found, so a passage full of '<' stays linear
				int found = this.text.indexOf('>', i);
				this.tagEnd = (found < 0) ? this.text.length() : found;
			}
			return (this.tagEnd < this.text.length()) ? this.tagEnd - i : 0;
		}

		/**
		 * A run of straight apostrophes: two are a double quote mark; three are that mark
		 * and a single one, the single inside ({@code ''He said, 'Go.'''}); one is a
		 * single quote or an apostrophe.
		 */
		private int apostrophes(int i) {
			int run = 1;
			while (i + run < this.text.length() && this.text.charAt(i + run) == '\'' && run < 3) {
				run++;
			}
			if (run == 1) {
				straightSingle(i);
				return 0;
			}
			if (run == 3 && !isSpaceAt(i - 1)) {
				straightSingle(i);
				doubleApostrophe(i + 1);
			}
			else {
				doubleApostrophe(i);
				if (run == 3) {
					straightSingle(i + 2);
				}
			}
			return run - 1;
		}

		/**
		 * Two apostrophes at {@code i}: opening or closing like a straight double quote.
		 */
		private void doubleApostrophe(int i) {
			boolean openerLike = spaceOrStart(i - 1, OPENING_CONTEXT) && !isSpaceAt(i + 2);
			boolean closerLike = !isSpaceAt(i - 1) && (isSpaceAt(i + 2) || isPunctuationAt(i + 2));
			if (this.outer >= 0 && this.outerApostrophes) {
				if (openerLike && !closerLike) {
					endOuter(i, -1, true);
					openOuter(i, true);
				}
				else {
					endOuter(i, i + 1, false);
				}
			}
			else if (this.outer < 0 && !(closerLike && !openerLike)) {
				openOuter(i, true);
			}
		}

		private void openOuter(int i, boolean apostrophes) {
			this.outer = i;
			this.outerSingle = false;
			this.outerApostrophes = apostrophes;
		}

		private void openDouble(int i) {
			if (this.outer >= 0 && !this.outerSingle) {
				if (closerLike(i)) {
					// a mark the wrong way round where a closing one belongs: “like this“
					// here
					endOuter(i, i, false);
					return;
				}
				endOuter(i, -1, true);
			}
			if (this.outer < 0) {
				this.outer = i;
				this.outerSingle = false;
			}
		}

		private void closeDouble(int i) {
			if (this.outer >= 0 && !this.outerSingle) {
				endOuter(i, i, false);
			}
			else if (this.outer < 0 && spaceOrStart(i - 1, OPENING_CONTEXT) && (i == 0 || !isSpaceAt(i + 1))) {
				// a mark the wrong way round where an opening one belongs: ”like this”
				openOuter(i, false);
			}
		}

		private boolean closerLike(int i) {
			return !isSpaceAt(i - 1) && (isSpaceAt(i + 1) || isPunctuationAt(i + 1));
		}

		private void straightDouble(int i) {
			boolean openerLike = spaceOrStart(i - 1, OPENING_CONTEXT) && !isSpaceAt(i + 1);
			boolean closerLike = !isSpaceAt(i - 1) && (isSpaceAt(i + 1) || isPunctuationAt(i + 1));
			if (this.outer >= 0 && !this.outerSingle) {
				if (openerLike && !closerLike) {
					endOuter(i, -1, true);
					this.outer = i;
				}
				else {
					endOuter(i, i, false);
				}
			}
			else if (this.outer < 0 && !(closerLike && !openerLike)) {
				this.outer = i;
				this.outerSingle = false;
			}
		}

		private void openCurlySingle(int i) {
			if (i > 0 && Character.isLetter(this.text.charAt(i - 1))) {
				return;
			}
			if (this.outer >= 0 && !this.outerSingle && this.inner < 0) {
				this.inner = i;
				this.innerStraight = false;
			}
			else if (this.outer < 0) {
				this.outer = i;
				this.outerSingle = true;
				this.outerStraightSingle = false;
			}
		}

		private void curlyApostropheOrClose(int i) {
			if (i + 1 < this.text.length() && Character.isLetter(this.text.charAt(i + 1))) {
				return;
			}
			if (this.inner >= 0 && !this.innerStraight) {
				endInner(i, i);
			}
			else if (this.outer >= 0 && this.outerSingle && !this.outerStraightSingle) {
				endOuter(i, i, false);
			}
		}

		private void straightSingle(int i) {
			if (this.headline && (this.outer < 0 || this.outerStraightSingle)) {
				headlineSingle(i);
				return;
			}
			if (this.outer < 0 || this.outerSingle) {
				return;
			}
			if (this.inner < 0) {
				boolean afterOpening = i == 0 || isSpaceAt(i - 1) || "\"“('".indexOf(this.text.charAt(i - 1)) >= 0;
				if (afterOpening && i + 1 < this.text.length() && Character.isLetterOrDigit(this.text.charAt(i + 1))) {
					this.inner = i;
					this.innerStraight = true;
				}
			}
			else if (this.innerStraight && !isSpaceAt(i - 1)
					&& !(i + 1 < this.text.length() && Character.isLetterOrDigit(this.text.charAt(i + 1)))) {
				endInner(i, i);
			}
		}

		/**
		 * A straight single quote at the top level of a headline: it opens at the start
		 * of a word ({@code : 'We}) and closes at the end of one ({@code quit' over});
		 * between two letters it is an apostrophe, and {@code s' } with no quotation open
		 * is a possessive.
		 */
		private void headlineSingle(int i) {
			boolean letterBefore = i > 0 && Character.isLetterOrDigit(this.text.charAt(i - 1));
			boolean letterAfter = i + 1 < this.text.length() && Character.isLetterOrDigit(this.text.charAt(i + 1));
			if (letterBefore && letterAfter) {
				return;
			}
			if (this.outer < 0) {
				if (spaceOrStart(i - 1, ":—–-(") && letterAfter) {
					this.outer = i;
					this.outerSingle = true;
					this.outerStraightSingle = true;
				}
			}
			else if (!isSpaceAt(i - 1) && (isSpaceAt(i + 1) || isPunctuationAt(i + 1))) {
				endOuter(i, i, false);
				this.outerStraightSingle = false;
			}
		}

		private void endInner(int end, int close) {
			this.spans.add(new Raw(this.inner, 1, end, close, this.outer, false));
			this.inner = -1;
		}

		private void endOuter(int end, int close, boolean reopened) {
			if (this.inner >= 0) {
				// a nested quotation left open ends with its enclosing one only when that
				// one
				// closes properly; otherwise it was probably an apostrophe
				if (close >= 0) {
					endInner(end, -1);
				}
				this.inner = -1;
			}
			this.spans.add(new Raw(this.outer, this.outerApostrophes ? 2 : 1, end, close, -1, reopened));
			this.outer = -1;
			this.outerApostrophes = false;
		}

		List<QuoteSpan> finish() {
			if (this.outer >= 0) {
				if (this.outerSingle) {
					this.outer = -1;
					this.outerStraightSingle = false;
				}
				else {
					endOuter(this.text.length(), -1, false);
				}
			}
			List<Raw> raws = this.spans.stream().sorted(Comparator.comparingInt(Raw::open)).toList();
			List<QuoteSpan> result = new ArrayList<>();
			Map<Integer, Integer> indexByOpen = new HashMap<>();
			for (Raw raw : raws) {
				int start = raw.open() + raw.width();
				int end = raw.end();
				while (start < end && Character.isWhitespace(this.text.charAt(start))) {
					start++;
				}
				while (end > start && Character.isWhitespace(this.text.charAt(end - 1))) {
					end--;
				}
				if (end <= start) {
					continue;
				}
				int parent = (raw.parentOpen() >= 0) ? indexByOpen.getOrDefault(raw.parentOpen(), -1) : -1;
				if (raw.parentOpen() >= 0 && parent < 0) {
					continue;
				}
				indexByOpen.put(raw.open(), result.size());
				result.add(new QuoteSpan(raw.open(), start, end, raw.close(), parent, raw.reopened()));
			}
			return result;
		}

		private boolean spaceOrStart(int i, String extra) {
			return i < 0 || Character.isWhitespace(this.text.charAt(i)) || extra.indexOf(this.text.charAt(i)) >= 0;
		}

		private boolean isSpaceAt(int i) {
			return i < 0 || i >= this.text.length() || Character.isWhitespace(this.text.charAt(i));
		}

		private boolean isPunctuationAt(int i) {
			return i < this.text.length() && ".,;:!?)]…—'’".indexOf(this.text.charAt(i)) >= 0;
		}

	}

	/**
	 * A span before trimming, keyed by the offset of its enclosing span's mark;
	 * {@code width} is that of its opening mark, and {@code close} the offset of the last
	 * character of its closing mark.
	 */
	private record Raw(int open, int width, int end, int close, int parentOpen, boolean reopened) {
	}

}

package dev.articlequotes.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import dev.articlequotes.article.Article;

/**
 * The reference scorer {@code ../shared/eval/polnear.py} in Java, figure for figure, on
 * the pipeline's own output rather than a running service's JSON: detection (one-to-one
 * matching of predictions and gold quoted strings, largest overlap first, at least half
 * the longer span), source (the head-word rules, the evidence span, the parts of one
 * attribution sharing a verdict) and named. {@code PolnearCrossCheckTests} checks that it
 * prints what the script prints.
 */
final class PolnearScorer {

	private static final String SINGLE_MARKS = "'‘’";

	private static final String QUOTE_MARKS = SINGLE_MARKS + "\"“”‟„";

	private PolnearScorer() {
	}

	/** Scores the pipeline's output on one article against its gold. */
	static ArticleScore score(String raw, PolnearGold gold, Article article, ExtractedQuotes extracted) {
		PolnearPlacement placement = PolnearPlacement.of(raw, article);
		Map<String, Speaker> speakers = new HashMap<>();
		extracted.speakers().forEach((speaker) -> speakers.put(speaker.id(), speaker));
		List<Prediction> predictions = new ArrayList<>();
		int unplacedQuotes = 0;
		for (Quote quote : extracted.quotes()) {
			Range span = placement.toRaw(quote.section(), quote.block(), quote.start(), quote.end());
			if (span == null) {
				unplacedQuotes++;
				span = Range.NONE;
			}
			Evidence evidence = evidenceOf(quote.attribution());
			Range evidenceSpan = placement.toRaw(evidence.section(), evidence.block(), evidence.start(),
					evidence.end());
			Speaker speaker = (quote.speakerId() != null) ? speakers.get(quote.speakerId()) : null;
			List<String> forms = new ArrayList<>();
			forms.add((speaker != null) ? speaker.name() : "");
			if (speaker != null) {
				forms.addAll(speaker.mentions());
			}
			predictions.add(new Prediction(quote, span, evidenceSpan, (speaker != null) ? speaker.name() : null,
					(speaker != null) ? speaker.id() : null, forms));
		}
		List<PolnearGold.Quote> quotes = gold.quotes();
		List<int[]> pairs = new ArrayList<>();
		for (int i = 0; i < predictions.size(); i++) {
			for (int j = 0; j < quotes.size(); j++) {
				if (matchable(predictions.get(i).span(), quotes.get(j).range())) {
					pairs.add(new int[] { -predictions.get(i).span().overlap(quotes.get(j).range()),
							quotes.get(j).attributed() ? 0 : 1, i, j });
				}
			}
		}
		pairs.sort(Arrays::compare);
		Map<Integer, Integer> predictionToGold = new HashMap<>();
		Set<Integer> usedGold = new HashSet<>();
		List<Match> matches = new ArrayList<>();
		int onUnattributed = 0;
		for (int[] pair : pairs) {
			if (predictionToGold.containsKey(pair[2]) || usedGold.contains(pair[3])) {
				continue;
			}
			predictionToGold.put(pair[2], pair[3]);
			usedGold.add(pair[3]);
			if (quotes.get(pair[3]).attributed()) {
				matches.add(new Match(predictions.get(pair[2]), quotes.get(pair[3])));
			}
			else {
				onUnattributed++;
			}
		}
		List<Prediction> nested = new ArrayList<>();
		for (int i = 0; i < predictions.size(); i++) {
			Range span = predictions.get(i).span();
			if (!predictionToGold.containsKey(i) && span.start() >= 0 && nested(raw, span, quotes)) {
				nested.add(predictions.get(i));
			}
		}
		List<Judgement> judgements = judge(raw, matches);
		return new ArticleScore(gold, predictions, predictionToGold, nested, onUnattributed, matches, judgements,
				placement.unplacedBlocks(), unplacedQuotes);
	}

	/**
	 * The span that shows where the pipeline found a quotation's source, as the script
	 * reads the JSON: {@code attribution.source}, the mention the speaker was decided by;
	 * an attribution without a source points nowhere.
	 */
	static Evidence evidenceOf(Attribution attribution) {
		Excerpt source = attribution.source();
		return (source != null) ? new Evidence(source.section(), source.block(), source.start(), source.end())
				: new Evidence(null, null, null, null);
	}

	private static boolean matchable(Range span, Range gold) {
		int overlap = span.overlap(gold);
		return overlap > 0 && 2 * overlap >= Math.max(span.length(), gold.length());
	}

	/**
	 * Whether a prediction is a quotation inside a quotation, which the gold, made of
	 * top-level double-quoted strings, leaves out: it stands between single quote marks,
	 * or opens after a quote mark inside a gold quoted string and lies within it.
	 */
	private static boolean nested(String raw, Range span, List<PolnearGold.Quote> gold) {
		int s = span.start();
		int e = span.end();
		int k = s;
		while (k > 0 && SINGLE_MARKS.indexOf(raw.charAt(k - 1)) >= 0) {
			k--;
		}
		if ((s - k) % 2 == 1) {
			if (e > s && SINGLE_MARKS.indexOf(raw.charAt(e - 1)) >= 0) {
				return true;
			}
			for (int e2 = e; e2 <= e + 1; e2++) {
				k = e2;
				while (k < raw.length() && SINGLE_MARKS.indexOf(raw.charAt(k)) >= 0) {
					k++;
				}
				if ((k - e2) % 2 == 1) {
					return true;
				}
			}
		}
		String before = raw.substring(0, s);
		int end = before.length();
		while (end > 0 && before.charAt(end - 1) == ' ') {
			end--;
		}
		return end > 0 && QUOTE_MARKS.indexOf(before.charAt(end - 1)) >= 0
				&& gold.stream().anyMatch((g) -> g.start() < s && span.overlap(g.range()) >= 0.9 * (e - s));
	}

	private static List<Judgement> judge(String raw, List<Match> matches) {
		List<Judgement> judged = new ArrayList<>();
		for (Match match : matches) {
			Prediction p = match.prediction();
			PolnearGold.Quote g = match.gold();
			PolnearGold.Span s = g.source();
			if (s == null) {
				continue;
			}
			PolnearText.Head head = PolnearText.head(s.text());
			boolean pronoun = g.sourceIsPronoun();
			boolean capitalised = head.capitalised() && PolnearText.isName(raw, s.text(), s.start(), head.word());
			boolean points = p.evidence() != null && p.evidence().overlap(s.range()) > 0;
			boolean namedInForms = !pronoun && p.forms().stream().anyMatch((f) -> PolnearText.hasWord(head.word(), f));
			// a source that is a name is checked by name: evidence that points at "John
			// D.
			// Podesta" does not make a speaker called "John D" right
			boolean ok = p.name() != null && ((capitalised && !pronoun) ? namedInForms : points || namedInForms);
			judged.add(new Judgement(p, g, head.word(), capitalised, pronoun, points, ok, false));
		}
		// the quotations of one attribution (one source span: "A," he said, "B.") have
		// one
		// speaker: a part is right when it names the speaker credited for another
		Set<List<Object>> credited = new HashSet<>();
		judged.stream()
			.filter(Judgement::ok)
			.forEach((j) -> credited
				.add(Arrays.asList(j.gold().source().start(), j.gold().source().end(), j.prediction().id())));
		List<Judgement> result = new ArrayList<>();
		for (Judgement j : judged) {
			boolean ok = j.ok() || (j.prediction().name() != null && credited
				.contains(Arrays.asList(j.gold().source().start(), j.gold().source().end(), j.prediction().id())));
			boolean named = !j.pronoun() && j.prediction().name() != null && !j.head().isEmpty()
					&& PolnearText.lastWord(j.prediction().name()).equals(j.head());
			result.add(new Judgement(j.prediction(), j.gold(), j.head(), j.capitalised(), j.pronoun(), j.points(), ok,
					named));
		}
		return result;
	}

	/** Python's {@code f"{x:.3f}"}: the exact binary value rounded half to even. */
	static String format(double value) {
		return new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
	}

	/** A range of offsets in the raw text; {@link #NONE} for a quotation not placed. */
	record Range(int start, int end) {

		static final Range NONE = new Range(-1, -1);

		int overlap(Range other) {
			return Math.max(0, Math.min(this.end, other.end) - Math.max(this.start, other.start));
		}

		int length() {
			return this.end - this.start;
		}

	}

	/** Where the evidence for a speaker stands in the article, as the wire gives it. */
	record Evidence(Section section, Integer block, Integer start, Integer end) {
	}

	/**
	 * A quotation of the pipeline placed in the raw text.
	 *
	 * @param quote the quotation
	 * @param span its range in the raw text, {@link Range#NONE} when it could not be
	 * placed
	 * @param evidence the raw range of its evidence span, or {@code null}
	 * @param name its speaker's name, or {@code null}
	 * @param id its speaker's id, or {@code null}
	 * @param forms the speaker's name ({@code ""} when none) and mentions
	 */
	record Prediction(Quote quote, Range span, Range evidence, String name, String id, List<String> forms) {
	}

	/** A prediction matched with an attributed gold quoted string. */
	record Match(Prediction prediction, PolnearGold.Quote gold) {
	}

	/**
	 * The verdict on the source of a match whose gold has a source.
	 *
	 * @param head the source's head word, folded
	 * @param capitalised whether the source is a name
	 * @param pronoun whether the source is a pronoun
	 * @param points whether the evidence span overlaps the source
	 * @param ok whether the source is right
	 * @param named whether the speaker's name ends with the head word (never for a
	 * pronoun)
	 */
	record Judgement(Prediction prediction, PolnearGold.Quote gold, String head, boolean capitalised, boolean pronoun,
			boolean points, boolean ok, boolean named) {
	}

	/**
	 * The figures of one article, and what they were made of.
	 *
	 * @param gold the gold
	 * @param predictions the pipeline's quotations, placed
	 * @param predictionToGold the index of each matched prediction's gold quoted string
	 * @param nested the unmatched predictions nested in a quotation, not scored
	 * @param onUnattributed how many predictions matched an unattributed quoted string
	 * @param matches the matches with attributed quoted strings, in matching order
	 * @param judgements the verdicts on the matches whose gold has a source, in that
	 * order
	 * @param unplacedBlocks body blocks not placed in the raw text
	 * @param unplacedQuotes quotations not placed in the raw text
	 */
	record ArticleScore(PolnearGold gold, List<Prediction> predictions, Map<Integer, Integer> predictionToGold,
			List<Prediction> nested, int onUnattributed, List<Match> matches, List<Judgement> judgements,
			int unplacedBlocks, int unplacedQuotes) {

		int positives() {
			return (int) this.gold.quotes().stream().filter(PolnearGold.Quote::attributed).count();
		}

		int predicted() {
			return this.predictions.size() - this.nested.size();
		}

		int truePositives() {
			return this.matches.size();
		}

		int sources() {
			return this.judgements.size();
		}

		int sourcesRight() {
			return count((j) -> j.ok());
		}

		int pronouns() {
			return count(Judgement::pronoun);
		}

		int pronounsRight() {
			return count((j) -> j.pronoun() && j.ok());
		}

		int names() {
			return count((j) -> !j.pronoun() && j.capitalised());
		}

		int namesNamed() {
			return count((j) -> !j.pronoun() && j.capitalised() && j.named());
		}

		int notPronouns() {
			return count((j) -> !j.pronoun());
		}

		int notPronounsNamed() {
			return count((j) -> !j.pronoun() && j.named());
		}

		/**
		 * The wrong sources as the script's {@code --verbose} prints them, first five by
		 * offset.
		 */
		List<String> errorLines() {
			return this.judgements.stream()
				.filter((j) -> !j.ok())
				.sorted(Comparator.comparingInt((Judgement j) -> j.gold().start()))
				.limit(5)
				.map((j) -> "@" + j.gold().start() + " \"" + first(j.gold().text(), 50) + "\" gold source \""
						+ first(j.gold().source().text(), 60) + "\" (head " + (j.head().isEmpty() ? "-" : j.head())
						+ ") predicted " + repr(j.prediction().name()))
				.toList();
		}

		private int count(Predicate<Judgement> test) {
			return (int) this.judgements.stream().filter(test).count();
		}

	}

	/** The sums of several articles' figures, and the script's summary of them. */
	static final class Totals {

		int articles;

		int gold;

		int predicted;

		int truePositives;

		int onUnattributed;

		int nested;

		int unplacedBlocks;

		int unplacedQuotes;

		int sources;

		int sourcesRight;

		int pronouns;

		int pronounsRight;

		int names;

		int namesNamed;

		int notPronouns;

		int notPronounsNamed;

		void add(ArticleScore score) {
			this.articles++;
			this.gold += score.positives();
			this.predicted += score.predicted();
			this.truePositives += score.truePositives();
			this.onUnattributed += score.onUnattributed();
			this.nested += score.nested().size();
			this.unplacedBlocks += score.unplacedBlocks();
			this.unplacedQuotes += score.unplacedQuotes();
			this.sources += score.sources();
			this.sourcesRight += score.sourcesRight();
			this.pronouns += score.pronouns();
			this.pronounsRight += score.pronounsRight();
			this.names += score.names();
			this.namesNamed += score.namesNamed();
			this.notPronouns += score.notPronouns();
			this.notPronounsNamed += score.notPronounsNamed();
		}

		double precision() {
			return ratio(this.truePositives, this.predicted);
		}

		double recall() {
			return ratio(this.truePositives, this.gold);
		}

		double f1() {
			double p = precision();
			double r = recall();
			return (p + r != 0) ? 2 * p * r / (p + r) : 0.0;
		}

		double source() {
			return ratio(this.sourcesRight, this.sources);
		}

		double pronoun() {
			return ratio(this.pronounsRight, this.pronouns);
		}

		double other() {
			return ratio(this.sourcesRight - this.pronounsRight, this.sources - this.pronouns);
		}

		double named() {
			return ratio(this.namesNamed, this.names);
		}

		/** The script's last two lines: the counts, then the summary. */
		List<String> summary() {
			return List.of(
					"served " + this.articles + "/" + this.articles + " articles; predictions on unattributed quoted "
							+ "strings " + this.onUnattributed + "; nested in a quotation, not scored " + this.nested
							+ "; blocks not placed " + this.unplacedBlocks + ", quotes not placed "
							+ this.unplacedQuotes + "; sources " + this.sources + " (pronoun " + this.pronouns
							+ ", name " + this.names + "); named over all sources but pronouns "
							+ format(ratio(this.notPronounsNamed, this.notPronouns)) + " of " + this.notPronouns,
					this.articles + " articles: gold=" + this.gold + " predicted=" + this.predicted + " precision="
							+ format(precision()) + " recall=" + format(recall()) + " f1=" + format(f1()) + " source="
							+ format(source()) + " (pronoun " + format(pronoun()) + ", other " + format(other())
							+ ") named=" + format(named()));
		}

		private static double ratio(int a, int b) {
			return (b != 0) ? (double) a / b : 0.0;
		}

	}

	/** The first {@code n} characters of a text. */
	static String first(String text, int n) {
		return (text.length() <= n) ? text : text.substring(0, n);
	}

	/** Python's {@code repr} of a string, {@code None} for {@code null}. */
	static String repr(String text) {
		if (text == null) {
			return "None";
		}
		char quote = (text.indexOf('\'') >= 0 && text.indexOf('"') < 0) ? '"' : '\'';
		StringBuilder out = new StringBuilder().append(quote);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == quote || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c == '\n') {
				out.append("\\n");
			}
			else if (c == '\r') {
				out.append("\\r");
			}
			else if (c == '\t') {
				out.append("\\t");
			}
			else if (c != ' ' && !printable(c)) {
				out.append((c < 0x100) ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.append(quote).toString();
	}

	private static boolean printable(char c) {
		return switch (Character.getType(c)) {
			case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
					Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR ->
				false;
			default -> true;
		};
	}

}

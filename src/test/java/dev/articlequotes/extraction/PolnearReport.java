package dev.articlequotes.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What someone improving the pipeline wants to see of a PolNeAR run, in Markdown: the
 * figures per publisher, and the errors sorted into classes (a missed quotation by the
 * way it is marked, a prediction on a string nobody said, a wrong or missing speaker by
 * the kind of source, a right speaker with a bad name), each with its count and three
 * examples.
 */
final class PolnearReport {

	/** Examples per class: three, or {@code -Devaluation.examples=N}. */
	private static final int EXAMPLES = Integer.getInteger("evaluation.examples", 3);

	private static final int SHORT_PHRASE_WORDS = 3;

	private final Map<ErrorClass, List<String>> errors = new LinkedHashMap<>();

	private PolnearReport() {
		for (ErrorClass errorClass : ErrorClass.values()) {
			this.errors.put(errorClass, new ArrayList<>());
		}
	}

	/** The table per publisher, the summary lines and the error classes. */
	static List<String> of(List<PolnearEvaluation.Scored> scored) {
		PolnearReport report = new PolnearReport();
		scored.forEach(report::classify);
		List<String> lines = new ArrayList<>();
		lines.add("| publisher | articles | gold | predicted | P | R | F1 | source | pronoun | other | named |");
		lines.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		Map<String, List<PolnearEvaluation.Scored>> byPublisher = new TreeMap<>();
		scored.forEach(
				(article) -> byPublisher.computeIfAbsent(article.publisher(), (p) -> new ArrayList<>()).add(article));
		byPublisher.forEach((publisher, articles) -> lines.add(row(publisher, PolnearEvaluation.totals(articles))));
		lines.add(row("**all**", PolnearEvaluation.totals(scored)));
		lines.add("");
		PolnearEvaluation.totals(scored).summary().forEach((line) -> lines.add("    " + line));
		lines.add("");
		report.errors.forEach((errorClass, examples) -> {
			if (!examples.isEmpty()) {
				lines.add("- " + errorClass.description + ": **" + examples.size() + "**");
				spread(examples).forEach((example) -> lines.add("  - " + example));
			}
		});
		return lines;
	}

	/**
	 * Three examples, from different publishers where there are (an example starts with
	 * its article's name, which starts with the publisher).
	 */
	private static List<String> spread(List<String> examples) {
		List<String> chosen = new ArrayList<>();
		Set<String> publishers = new HashSet<>();
		for (String example : examples) {
			if (chosen.size() < EXAMPLES && publishers.add(example.substring(0, example.indexOf('_') + 1))) {
				chosen.add(example);
			}
		}
		for (String example : examples) {
			if (chosen.size() < EXAMPLES && !chosen.contains(example)) {
				chosen.add(example);
			}
		}
		return chosen;
	}

	private static String row(String publisher, PolnearScorer.Totals t) {
		return String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %s | %s | %s | %s | %s | %s |", publisher,
				t.articles, t.gold, t.predicted, PolnearScorer.format(t.precision()), PolnearScorer.format(t.recall()),
				PolnearScorer.format(t.f1()), PolnearScorer.format(t.source()), PolnearScorer.format(t.pronoun()),
				PolnearScorer.format(t.other()), PolnearScorer.format(t.named()));
	}

	private void classify(PolnearEvaluation.Scored article) {
		PolnearScorer.ArticleScore score = article.score();
		List<PolnearGold.Quote> quotes = score.gold().quotes();
		Set<Integer> matchedGold = Set.copyOf(score.predictionToGold().values());
		for (int j = 0; j < quotes.size(); j++) {
			PolnearGold.Quote gold = quotes.get(j);
			if (gold.attributed() && !matchedGold.contains(j)) {
				add(missed(article.raw(), gold, score), article, gold.start(), gold.text(), sourceOf(gold));
			}
		}
		for (int i = 0; i < score.predictions().size(); i++) {
			PolnearScorer.Prediction prediction = score.predictions().get(i);
			if (score.nested().contains(prediction)) {
				continue;
			}
			Integer j = score.predictionToGold().get(i);
			String text = prediction.quote().text();
			if (j != null && !quotes.get(j).attributed()) {
				add(wordCount(text) <= SHORT_PHRASE_WORDS ? ErrorClass.ON_UNATTRIBUTED_SHORT
						: ErrorClass.ON_UNATTRIBUTED_LONG, article, quotes.get(j).start(), text, "");
			}
			else if (j == null) {
				boolean overlaps = quotes.stream().anyMatch((g) -> prediction.span().overlap(g.range()) > 0);
				add(overlaps ? ErrorClass.PREDICTED_SPAN_DIFFERS : ErrorClass.PREDICTED_NO_STRING, article,
						prediction.span().start(), text, "");
			}
		}
		for (PolnearScorer.Judgement judgement : score.judgements()) {
			ErrorClass errorClass = judgement.ok() ? badName(judgement) : wrongSource(judgement);
			if (errorClass != null) {
				add(errorClass, article, judgement.gold().start(), judgement.gold().text(), sourceOf(judgement.gold())
						+ " → predicted " + PolnearScorer.repr(judgement.prediction().name()));
			}
		}
	}

	private static ErrorClass missed(String raw, PolnearGold.Quote gold, PolnearScorer.ArticleScore score) {
		if (score.predictions().stream().anyMatch((p) -> p.span().overlap(gold.range()) > 0)) {
			return ErrorClass.MISSED_SPAN_DIFFERS;
		}
		if (raw.lastIndexOf('\n', gold.start()) < 0) {
			return ErrorClass.MISSED_IN_HEADLINE;
		}
		if (gold.end() >= raw.length() || raw.charAt(gold.end()) == '\n') {
			return ErrorClass.MISSED_LEFT_OPEN;
		}
		String before = raw.substring(Math.max(0, gold.start() - 2), gold.start());
		if (before.equals("''")) {
			return ErrorClass.MISSED_APOSTROPHES;
		}
		boolean shortPhrase = wordCount(gold.text()) <= SHORT_PHRASE_WORDS;
		if (before.endsWith("\"")) {
			return shortPhrase ? ErrorClass.MISSED_STRAIGHT_SHORT : ErrorClass.MISSED_STRAIGHT;
		}
		return shortPhrase ? ErrorClass.MISSED_CURLY_SHORT : ErrorClass.MISSED_CURLY;
	}

	private static ErrorClass wrongSource(PolnearScorer.Judgement j) {
		if (j.prediction().name() == null) {
			return j.pronoun() ? ErrorClass.NO_SPEAKER_PRONOUN
					: j.capitalised() ? ErrorClass.NO_SPEAKER_NAME : ErrorClass.NO_SPEAKER_DESCRIPTION;
		}
		if (j.pronoun()) {
			return ErrorClass.PRONOUN_EVIDENCE_ELSEWHERE;
		}
		if (!j.capitalised()) {
			return ErrorClass.DESCRIPTION_MISSED;
		}
		String name = j.prediction().name();
		if (!Character.isUpperCase(name.codePointAt(0))) {
			return ErrorClass.NAME_GIVEN_AS_DESCRIPTION;
		}
		return j.points() ? ErrorClass.NAME_WRONG_AT_SOURCE : ErrorClass.NAME_WRONG_SPEAKER;
	}

	private static ErrorClass badName(PolnearScorer.Judgement j) {
		if (j.pronoun() || !j.capitalised() || j.named()) {
			return null;
		}
		String name = j.prediction().name();
		if (PolnearText.hasWord(j.head(), name)) {
			return ErrorClass.NAME_RUNS_ON;
		}
		return Character.isUpperCase(name.codePointAt(0)) ? ErrorClass.NAME_OTHER_FORM : ErrorClass.NAME_IS_DESCRIPTION;
	}

	private void add(ErrorClass errorClass, PolnearEvaluation.Scored article, int offset, String text, String detail) {
		this.errors.get(errorClass)
			.add(article.name() + " @" + offset + " “" + abbreviate(text, 60) + "”"
					+ (detail.isEmpty() ? "" : " " + detail));
	}

	private static String sourceOf(PolnearGold.Quote gold) {
		return (gold.source() != null) ? "source “" + abbreviate(gold.source().text(), 50) + "”" : "no source";
	}

	private static String abbreviate(String text, int length) {
		String flat = text.replace('\n', ' ');
		return (flat.length() <= length) ? flat : flat.substring(0, length) + "…";
	}

	private static int wordCount(String text) {
		return PolnearText.split(text).size();
	}

	/** The classes of error, in the order they are printed. */
	enum ErrorClass {

		MISSED_SPAN_DIFFERS("missed: a prediction overlaps the quoted string but less than half the longer span"),

		MISSED_IN_HEADLINE("missed: quotation in the headline"),

		MISSED_LEFT_OPEN("missed: quotation left open at the end of its paragraph (it runs on)"),

		MISSED_APOSTROPHES("missed: quotation in two apostrophes ''…'' (the New York Times convention)"),

		MISSED_CURLY_SHORT("missed: short phrase of " + SHORT_PHRASE_WORDS + " words or fewer in curly marks “…”"),

		MISSED_CURLY("missed: longer quotation in curly marks “…”"),

		MISSED_STRAIGHT_SHORT(
				"missed: short phrase of " + SHORT_PHRASE_WORDS + " words or fewer in straight marks \"…\""),

		MISSED_STRAIGHT("missed: longer quotation in straight marks \"…\""),

		PREDICTED_SPAN_DIFFERS("false positive: overlaps a quoted string but less than half the longer span"),

		PREDICTED_NO_STRING("false positive: no double-quoted string there"),

		ON_UNATTRIBUTED_SHORT("false positive on an unattributed string of " + SHORT_PHRASE_WORDS
				+ " words or fewer (scare quote, title, name)"),

		ON_UNATTRIBUTED_LONG("false positive on a longer unattributed string (excerpt, transcript, "
				+ "or a quotation the annotators skipped)"),

		NO_SPEAKER_NAME("no speaker: the source is a name"),

		NO_SPEAKER_DESCRIPTION("no speaker: the source is a description"),

		NO_SPEAKER_PRONOUN("no speaker: the source is a pronoun"),

		NAME_WRONG_SPEAKER("wrong speaker for a named source, evidence elsewhere"),

		NAME_WRONG_AT_SOURCE("wrong speaker for a named source, though the evidence overlaps the source "
				+ "(name cut or mis-resolved there)"),

		NAME_GIVEN_AS_DESCRIPTION("wrong speaker for a named source: a description (lower case) instead"),

		DESCRIPTION_MISSED(
				"description source missed: neither its head word in the speaker nor the " + "evidence on it"),

		PRONOUN_EVIDENCE_ELSEWHERE("pronoun source: a speaker, but the evidence does not overlap the pronoun"),

		NAME_RUNS_ON(
				"right speaker, bad name: holds the head word but does not end with it " + "(runs on, or a suffix)"),

		NAME_OTHER_FORM("credited speaker (the head word is in one of its mentions), bad name: the name lacks "
				+ "the head word (often the organisation after \"of\")"),

		NAME_IS_DESCRIPTION("right speaker, bad name: a description (lower case) where the source is named");

		private final String description;

		ErrorClass(String description) {
			this.description = description;
		}

	}

}

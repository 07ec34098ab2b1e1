package dev.articlequotes.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference scorer {@code shared/eval/score.py} in Java, figure for figure: detection
 * by normalised text or token Jaccard ≥ 0.8 (one-to-one, best first), a one-to-one
 * speaker mapping that maximises agreement (exact for up to 7 speakers, greedy
 * otherwise), attribution, and names that match the gold aliases.
 */
final class GoldScorer {

	private static final Pattern TOKEN = Pattern.compile("[a-z0-9']+");

	private static final Pattern ARTICLE = Pattern.compile("^(the|a|an)\\s+");

	private GoldScorer() {
	}

	/** Scores predictions against a gold annotation. */
	static Score score(Gold gold, List<Prediction> predictions) {
		List<Gold.Quote> quotes = gold.quotes();
		List<double[]> pairs = new ArrayList<>();
		for (int g = 0; g < quotes.size(); g++) {
			for (int p = 0; p < predictions.size(); p++) {
				String a = quotes.get(g).text();
				String b = predictions.get(p).text();
				pairs.add(new double[] { Math.max(norm(a).equals(norm(b)) ? 1 : 0, jaccard(a, b)), g, p });
			}
		}
		pairs.sort(Comparator.comparingDouble((double[] pair) -> pair[0])
			.thenComparingDouble((pair) -> pair[1])
			.thenComparingDouble((pair) -> pair[2])
			.reversed());
		Map<Integer, Integer> goldToPrediction = new LinkedHashMap<>();
		Set<Integer> usedPredictions = new HashSet<>();
		for (double[] pair : pairs) {
			int g = (int) pair[1];
			int p = (int) pair[2];
			if (pair[0] >= 0.8 && !goldToPrediction.containsKey(g) && !usedPredictions.contains(p)) {
				goldToPrediction.put(g, p);
				usedPredictions.add(p);
			}
		}
		int matched = goldToPrediction.size();
		double precision = predictions.isEmpty() ? 0.0 : (double) matched / predictions.size();
		double recall = quotes.isEmpty() ? 1.0 : (double) matched / quotes.size();
		double f1 = (precision + recall > 0) ? 2 * precision * recall / (precision + recall) : 0.0;
		List<String> nonQuotes = gold.nonQuotes()
			.stream()
			.filter((n) -> predictions.stream().anyMatch((p) -> jaccard(n, p.text()) >= 0.8))
			.toList();
		Map<List<String>, Integer> counts = new LinkedHashMap<>();
		goldToPrediction.forEach((g, p) -> {
			String goldSpeaker = quotes.get(g).speaker();
			String key = predictions.get(p).key();
			if (goldSpeaker != null && key != null) {
				counts.merge(List.of(key, goldSpeaker), 1, Integer::sum);
			}
		});
		Map<String, String> mapping = assign(counts);
		int scored = 0;
		int right = 0;
		int named = 0;
		List<String> wrong = new ArrayList<>();
		for (int g = 0; g < quotes.size(); g++) {
			String goldSpeaker = quotes.get(g).speaker();
			if (goldSpeaker == null) {
				continue;
			}
			scored++;
			Integer p = goldToPrediction.get(g);
			String key = (p != null) ? predictions.get(p).key() : null;
			if (key != null && goldSpeaker.equals(mapping.get(key))) {
				right++;
				if (labelMatches(predictions.get(p).speaker(), gold.aliases().get(goldSpeaker))) {
					named++;
				}
			}
			else {
				String text = quotes.get(g).text();
				wrong.add(text.substring(0, Math.min(50, text.length())) + " | gold " + goldSpeaker + " | predicted "
						+ ((p != null) ? predictions.get(p).speaker() : "MISSED"));
			}
		}
		return new Score(quotes.size(), predictions.size(), matched, round(precision), round(recall), round(f1),
				nonQuotes, (scored == 0) ? 1.0 : round((double) right / scored),
				(scored == 0) ? 1.0 : round((double) named / scored), wrong);
	}

	static String norm(String text) {
		String s = text.replace('\u00a0', ' ')
			.replace('’', '\'')
			.replace('‘', '\'')
			.replace('“', '"')
			.replace('”', '"');
		s = s.replaceAll("\\s+", " ").strip();
		s = strip(s, " \"'");
		s = strip(s, " ,.;:");
		return s.toLowerCase(Locale.ROOT);
	}

	static boolean labelMatches(String label, List<String> aliases) {
		if (label == null || label.isEmpty()) {
			return false;
		}
		String l = ARTICLE.matcher(norm(label)).replaceFirst("");
		for (String alias : aliases) {
			String a = ARTICLE.matcher(norm(alias)).replaceFirst("");
			if (!a.isEmpty()
					&& (a.equals(l) || containsWord(l, a) || (l.split(" ").length >= 2 && containsWord(a, l)))) {
				return true;
			}
		}
		return false;
	}

	private static boolean containsWord(String text, String word) {
		return Pattern.compile("\\b" + Pattern.quote(word) + "\\b", Pattern.UNICODE_CHARACTER_CLASS)
			.matcher(text)
			.find();
	}

	private static double jaccard(String a, String b) {
		Set<String> x = tokens(a);
		Set<String> y = tokens(b);
		Set<String> union = new HashSet<>(x);
		union.addAll(y);
		Set<String> both = new HashSet<>(x);
		both.retainAll(y);
		return (double) both.size() / Math.max(1, union.size());
	}

	private static Set<String> tokens(String text) {
		Set<String> tokens = new HashSet<>();
		Matcher matcher = TOKEN.matcher(norm(text));
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	/** The one-to-one mapping of predicted onto gold speakers with the most agreement. */
	private static Map<String, String> assign(Map<List<String>, Integer> counts) {
		List<String> predicted = new ArrayList<>(new TreeSet<>(counts.keySet().stream().map((k) -> k.get(0)).toList()));
		List<String> golds = new ArrayList<>(new TreeSet<>(counts.keySet().stream().map((k) -> k.get(1)).toList()));
		if (predicted.size() <= 7 && golds.size() <= 7) {
			boolean predictedSmall = predicted.size() <= golds.size();
			List<String> small = predictedSmall ? predicted : golds;
			List<String> big = predictedSmall ? golds : predicted;
			Map<String, String> best = new HashMap<>();
			int[] bestScore = { -1 };
			permutations(big, small.size(), new ArrayList<>(), new boolean[big.size()], (perm) -> {
				Map<String, String> mapping = new HashMap<>();
				for (int i = 0; i < small.size(); i++) {
					mapping.put(predictedSmall ? small.get(i) : perm.get(i),
							predictedSmall ? perm.get(i) : small.get(i));
				}
				int score = 0;
				for (Map.Entry<String, String> entry : mapping.entrySet()) {
					score += counts.getOrDefault(List.of(entry.getKey(), entry.getValue()), 0);
				}
				if (score > bestScore[0]) {
					bestScore[0] = score;
					best.clear();
					best.putAll(mapping);
				}
			});
			return best;
		}
		List<Map.Entry<List<String>, Integer>> entries = new ArrayList<>(counts.entrySet());
		entries.sort(Comparator.comparingInt((Map.Entry<List<String>, Integer> entry) -> -entry.getValue()));
		Map<String, String> mapping = new HashMap<>();
		Set<String> used = new HashSet<>();
		for (Map.Entry<List<String>, Integer> entry : entries) {
			String p = entry.getKey().get(0);
			String g = entry.getKey().get(1);
			if (!mapping.containsKey(p) && !used.contains(g)) {
				mapping.put(p, g);
				used.add(g);
			}
		}
		return mapping;
	}

	/** Visits the k-permutations of the items in the order of Python's itertools. */
	private static void permutations(List<String> items, int k, List<String> prefix, boolean[] used,
			Consumer<List<String>> visitor) {
		if (prefix.size() == k) {
			visitor.accept(prefix);
			return;
		}
		for (int i = 0; i < items.size(); i++) {
			if (!used[i]) {
				used[i] = true;
				prefix.add(items.get(i));
				permutations(items, k, prefix, used, visitor);
				prefix.remove(prefix.size() - 1);
				used[i] = false;
			}
		}
	}

	private static String strip(String s, String chars) {
		int start = 0;
		int end = s.length();
		while (start < end && chars.indexOf(s.charAt(start)) >= 0) {
			start++;
		}
		while (end > start && chars.indexOf(s.charAt(end - 1)) >= 0) {
			end--;
		}
		return s.substring(start, end);
	}

	private static double round(double value) {
		return new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
	}

	/** A predicted quotation as the scorer reads it. */
	record Prediction(String text, String speaker, String speakerId) {

		String key() {
			if (this.speakerId != null && !this.speakerId.isEmpty()) {
				return this.speakerId;
			}
			return (this.speaker != null && !this.speaker.isEmpty()) ? this.speaker : null;
		}

	}

	/** The figures of one article. */
	record Score(int gold, int predicted, int matched, double precision, double recall, double f1,
			List<String> nonQuotesReported, double attribution, double named, List<String> misattributed) {
	}

}

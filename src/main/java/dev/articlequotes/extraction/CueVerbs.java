package dev.articlequotes.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The verbs that report speech or thought ("said", "asks", "warned", "pointing out"), in
 * one place, with their inflections, and the words that stand around them in a reporting
 * clause.
 */
final class CueVerbs {

	/** The cue verbs in their base form; a two-word entry is a phrasal verb. */
	static final List<String> LEMMAS = List.of("say", "tell", "add", "ask", "answer", "reply", "respond", "write",
			"note", "explain", "state", "claim", "insist", "argue", "assert", "maintain", "contend", "acknowledge",
			"admit", "concede", "confirm", "deny", "announce", "declare", "warn", "urge", "suggest", "recall",
			"recount", "describe", "report", "testify", "predict", "promise", "vow", "pledge", "complain", "criticise",
			"criticize", "stress", "emphasise", "emphasize", "point out", "mention", "observe", "remark", "comment",
			"continue", "conclude", "clarify", "reiterate", "repeat", "tweet", "post", "text", "wonder", "probe",
			"inquire", "enquire", "demand", "plead", "beg", "shout", "yell", "scream", "cry", "whisper", "mutter",
			"exclaim", "joke", "quip", "muse", "sigh", "lament", "boast", "retort", "counter", "speak", "agree",
			"disagree", "believe", "fear", "hope", "worry", "estimate", "accuse", "blame", "charge", "disclose",
			"order", "recommend", "think", "reaffirm", "affirm", "reveal", "allege", "caution", "question",
			"shoot back", "fire back", "go on", "chime in", "bark", "snap", "interject", "scoff", "gush", "proclaim",
			"concur", "chide", "assure", "tout");

	/** Words that may stand between a subject and its verb ("has also said"). */
	static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of("also", "has", "had", "have", "then", "later",
			"previously", "repeatedly", "once", "again", "already", "still", "further", "just", "recently", "earlier",
			"now", "today", "yesterday", "tonight", "reportedly", "only", "even", "never", "always", "often", "both",
			"all", "himself", "herself", "themselves", "itself", "who", "and", "simply", "finally", "first", "too",
			"did", "does", "do");

	/** Auxiliaries of a passive cue ("was told"). */
	static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "been", "being", "is", "are", "be");

	/** Pronouns that open a relative clause around a cue ("who said"). */
	static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "whose");

	private static final Map<String, List<String>> IRREGULAR = Map.of("say", List.of("said"), "tell", List.of("told"),
			"write", List.of("wrote", "written"), "speak", List.of("spoke", "spoken"), "think", List.of("thought"),
			"shoot", List.of("shot"), "go", List.of("went"));

	/**
	 * Forms that only occur in the passive or perfect, never with a subject before them.
	 */
	private static final Set<String> PARTICIPLES_ONLY = Set.of("written", "spoken");

	private static final Set<String> MODALS = Set.of("might", "may", "could", "would", "will", "should", "can", "must",
			"shall", "wouldn't", "won't", "can't", "couldn't");

	private static final Pattern SIBILANT_END = Pattern.compile("(?:s|sh|ch|x|z|o)$");

	private static final Map<String, String> FORMS = forms();

	/** The particle of each phrasal cue verb ("point" → "out"). */
	private static final Map<String, String> PARTICLES = particles();

	private CueVerbs() {
	}

	/** The base form of a cue verb form ("said" → "say"), or {@code null}. */
	static String lemma(String word) {
		return FORMS.get(word.toLowerCase(Locale.ROOT));
	}

	/** Whether the word is the {@code -ing} form of a cue verb. */
	static boolean isParticiple(String word) {
		return lemma(word) != null && word.endsWith("ing");
	}

	/** Whether the form cannot have a subject of its own ("written on it"). */
	static boolean isPassiveOnly(String word) {
		return PARTICIPLES_ONLY.contains(word.toLowerCase(Locale.ROOT));
	}

	/** Whether the form is not the base form ("said", "says", "saying" but not "say"). */
	static boolean isInflected(String word) {
		String lemma = lemma(word);
		return lemma != null && !lemma.startsWith(word.toLowerCase(Locale.ROOT));
	}

	/** Whether the word is a modal verb, which makes what follows hypothetical. */
	static boolean isModal(String word) {
		return MODALS.contains(word.toLowerCase(Locale.ROOT));
	}

	/**
	 * The particle a phrasal cue verb needs after it ("point" → "out"), or {@code null}.
	 */
	static String particle(String lemma) {
		return PARTICLES.get(lemma);
	}

	private static Map<String, String> particles() {
		Map<String, String> particles = new HashMap<>();
		for (String entry : LEMMAS) {
			String[] words = SourceWords.words(entry);
			if (words.length == 2) {
				particles.putIfAbsent(words[0], words[1]);
			}
		}
		return Map.copyOf(particles);
	}

	private static Map<String, String> forms() {
		Map<String, String> forms = new HashMap<>();
		for (String entry : LEMMAS) {
			String verb = SourceWords.words(entry)[0];
			for (String form : inflections(verb)) {
				forms.putIfAbsent(form, verb);
			}
			IRREGULAR.getOrDefault(verb, List.of()).forEach((form) -> forms.put(form, verb));
		}
		return Map.copyOf(forms);
	}

	private static List<String> inflections(String verb) {
		String stem = verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
		boolean consonantY = verb.endsWith("y") && verb.length() > 1 && !isVowel(verb.charAt(verb.length() - 2));
		String third = consonantY ? verb.substring(0, verb.length() - 1) + "ies"
				: (SIBILANT_END.matcher(verb).find() ? verb + "es" : verb + "s");
		String past = consonantY ? verb.substring(0, verb.length() - 1) + "ied" : stem + "ed";
		String doubled = verb + verb.charAt(verb.length() - 1);
		return List.of(verb, third, past, stem + "ing", verb + "ing", doubled + "ed", doubled + "ing");
	}

	private static boolean isVowel(char c) {
		return "aeiou".indexOf(c) >= 0;
	}

}

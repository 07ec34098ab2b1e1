package dev.articlequotes.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the capitalised names an article treats as organisations although no word of the
 * name says so ("Westbay Ferries"): "a spokesman for X", "X's chief executive", "X's
 * shareholders", and "X said in a statement" for a one-word or plural-looking name.
 */
final class OrganisationSignals {

	private static final String NAME = "(\\p{Lu}[\\p{L}&-]*(?: \\p{Lu}[\\p{L}&-]*){0,3})";

	private static final Pattern SPOKESPERSON_FOR = Pattern.compile(
			"\\b(?:spokes(?:man|woman|person)|chief executive|shareholders|customers|employees) (?:for|of|at) (?:the )?"
					+ NAME);

	private static final Pattern POSSESSIVE = Pattern.compile(NAME + "['’]s (?:chief executive|chief operating officer"
			+ "|spokes(?:man|woman|person)|shareholders|customers|shares|profits|revenues?|headquarters|fleet"
			+ "|factory|factories|stores|shops|branches|annual results)\\b");

	private static final Pattern STATEMENT = Pattern
		.compile(NAME + " said in a statement|[Ii]n a statement,? " + NAME + " (?:said|added|told)");

	/** A last word that looks like a plural ("Ferries", "Motors"), not "Jones" alone. */
	private static final Pattern PLURAL_WORD = Pattern.compile(".*[^su]s");

	/** The first personal pronoun after a statement: he or she means a person made it. */
	private static final Pattern NEXT_PRONOUN = Pattern.compile("\\b(he|she|it|they)\\b", Pattern.CASE_INSENSITIVE);

	private OrganisationSignals() {
	}

	/** The names, in lower case, that the passages treat as organisations. */
	static Set<String> of(List<Passage> passages) {
		Set<String> names = new HashSet<>();
		for (Passage passage : passages) {
			String text = passage.text();
			add(names, SPOKESPERSON_FOR.matcher(text), false);
			add(names, POSSESSIVE.matcher(text), false);
			add(names, STATEMENT.matcher(text), true);
		}
		names.removeIf((name) -> hasPersonEvidence(passages, name));
		return names;
	}

	/**
	 * Whether the article treats a name as a person after all: a courtesy title before
	 * its last word ("Mr Davies"), a relative "who" or an age after it ("X, who runs…",
	 * "X, 42,"), or "he"/"she" as the first pronoun after its statement. Only "said in a
	 * statement" is weak enough to need this, but a person is never an organisation.
	 */
	private static boolean hasPersonEvidence(List<Passage> passages, String lowerName) {
		String[] words = lowerName.split(" ");
		Pattern title = Pattern
			.compile("\\b(?:mr|mrs|ms|miss|dr)\\.? " + Pattern.quote(words[words.length - 1]) + "\\b");
		Pattern described = Pattern.compile("\\b" + Pattern.quote(lowerName) + ",? (?:who\\b|\\d{1,3},)");
		Pattern statement = Pattern.compile("\\b" + Pattern.quote(lowerName) + " said in a statement");
		for (Passage passage : passages) {
			String text = passage.text().toLowerCase(Locale.ROOT);
			if (title.matcher(text).find() || described.matcher(text).find()) {
				return true;
			}
			Matcher made = statement.matcher(text);
			while (made.find()) {
				Matcher pronoun = NEXT_PRONOUN.matcher(text).region(made.end(), text.length());
				if (pronoun.find() && (pronoun.group(1).equals("he") || pronoun.group(1).equals("she"))) {
					return true;
				}
			}
		}
		return false;
	}

	private static void add(Set<String> names, Matcher matcher, boolean onlyOneWordOrPlural) {
		while (matcher.find()) {
			String name = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
			String[] words = SourceWords.words(name);
			if (SourceWords.NOT_NAMES.contains(words[0].toLowerCase(Locale.ROOT))
					|| SourceWords.TITLES.contains(words[0].toLowerCase(Locale.ROOT).replace(".", ""))) {
				continue;
			}
			if (onlyOneWordOrPlural && words.length > 1 && !PLURAL_WORD.matcher(words[words.length - 1]).matches()) {
				continue;
			}
			names.add(name.toLowerCase(Locale.ROOT));
		}
	}

	/** Whether the name is, or starts with, one of the organisation names. */
	static boolean isOrganisation(Set<String> organisations, String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		for (String organisation : organisations) {
			if (lower.equals(organisation) || lower.startsWith(organisation + " ")) {
				return true;
			}
		}
		return false;
	}

}

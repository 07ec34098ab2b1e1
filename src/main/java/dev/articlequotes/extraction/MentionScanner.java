package dev.articlequotes.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.articlequotes.extraction.Mention.Form;
import dev.articlequotes.extraction.Mention.Gender;

/**
 * Finds the mentions of possible sources in a run of tokens: capitalised names with the
 * roles written around them ("Acme chief executive Ana Lima"), descriptions led by a
 * determiner ("another young soldier", "his mother", "the report") and pronouns.
 */
final class MentionScanner {

	private final Set<String> knownCapitalised;

	private final Set<String> knownOrganisations;

	private final boolean objectsToo;

	private final boolean headline;

	/**
	 * Creates a scanner that knows which words the article capitalises in mid-sentence,
	 * to tell a name at the start of a sentence from a common word, and which names it
	 * treats as organisations ({@link OrganisationSignals}).
	 */
	MentionScanner(Set<String> knownCapitalised, Set<String> knownOrganisations) {
		this(knownCapitalised, knownOrganisations, false, false);
	}

	private MentionScanner(Set<String> knownCapitalised, Set<String> knownOrganisations, boolean objectsToo,
			boolean headline) {
		this.knownCapitalised = knownCapitalised;
		this.knownOrganisations = knownOrganisations;
		this.objectsToo = objectsToo;
		this.headline = headline;
	}

	/**
	 * A scanner that also keeps names after prepositions, for reading inside quotations
	 * ("I said to Ana"), where such a name is more often a person than a place.
	 */
	MentionScanner withObjects() {
		return new MentionScanner(this.knownCapitalised, this.knownOrganisations, true, this.headline);
	}

	/**
	 * A scanner for a headline or dek, where capitals may be only the headline's style
	 * ("Ana Ruiz Defends Plan"): a capitalised word is part of a name only when the body
	 * capitalises it in mid-sentence too, or it is a title.
	 */
	MentionScanner forHeadline() {
		return new MentionScanner(this.knownCapitalised, this.knownOrganisations, this.objectsToo, true);
	}

	/** The mentions in the tokens, in order. */
	List<Mention> scan(List<Token> tokens) {
		List<Mention> mentions = new ArrayList<>();
		int parentheses = 0;
		int i = skipDateline(tokens);
		while (i < tokens.size()) {
			Token token = tokens.get(i);
			if (token.is("(")) {
				parentheses++;
			}
			else if (token.is(")")) {
				parentheses = Math.max(0, parentheses - 1);
			}
			if (!token.isWord() || parentheses > 0) {
				i++;
				continue;
			}
			String lower = token.text().toLowerCase(Locale.ROOT);
			Mention mention = null;
			if (SourceWords.SUBJECT_PRONOUNS.contains(lower) || lower.equals("i") || lower.equals("we")) {
				mention = Mention.pronoun(i, token.text())
					.plural(lower.equals("they") || lower.equals("we"))
					.organisation(lower.equals("it"))
					.person(!lower.equals("it"))
					.build();
			}
			else if (SourceWords.DETERMINERS.contains(lower)) {
				mention = description(tokens, i);
				if (mention == null && i + 1 < tokens.size() && isNamePart(tokens, i + 1)) {
					i++;
					continue;
				}
			}
			else if (isNamePart(tokens, i)) {
				mention = name(tokens, i);
				if (mention.form() == Form.NAME && mention.possessive()) {
					mention = roleOfAName(tokens, mention);
				}
			}
			else if (isRoleWord(token) && (!token.isCapitalised() || Tokens.sentenceInitial(tokens, i))) {
				// "coach Maria Lopez", and at the start of a sentence "Deputy leader Rosa
				// Kemp"
				mention = roleBeforeName(tokens, i);
			}
			if (mention == null && SourceWords.PLURAL.contains(lower) && SourceWords.isRole(lower)) {
				mention = bareDescription(tokens, i);
			}
			if (mention == null) {
				i++;
				continue;
			}
			boolean predicative = mention.form() == Form.DESCRIPTION && mention.first() > 0
					&& tokens.get(mention.first() - 1).text().equals("as");
			boolean place = mention.form() == Form.NAME && Tokens.afterPreposition(tokens, mention.first())
					&& !this.objectsToo && !(mention.person() && mention.description() != null);
			if (!place && !predicative) {
				mentions.add(mention);
			}
			i = mention.last() + 1;
		}
		return mentions;
	}

	private int skipDateline(List<Token> tokens) {
		if (tokens.isEmpty() || !tokens.get(0).isAllCaps() || tokens.get(0).text().length() < 3) {
			return 0;
		}
		for (int i = 1; i < Math.min(tokens.size(), 7); i++) {
			if (tokens.get(i).is("—") || tokens.get(i).is("–") || tokens.get(i).is("-")) {
				return i + 1;
			}
		}
		return 0;
	}

	private Mention description(List<Token> tokens, int det) {
		int head = -1;
		for (int j = det + 1; j < Math.min(tokens.size(), det + 6); j++) {
			Token token = tokens.get(j);
			if (!token.isWord() || (!token.isCapitalised() && isFunctionWord(token.bare()))) {
				break;
			}
			boolean insideProperName = token.isCapitalised() && j + 1 < tokens.size()
					&& tokens.get(j + 1).isCapitalised() && !isFunctionWord(tokens.get(j + 1).bare());
			if (SourceWords.isRole(token.bare()) && !insideProperName) {
				head = j;
			}
			else if (CueVerbs.lemma(token.text()) != null && !token.isCapitalised()) {
				break;
			}
			// "the authority's leader": the role after the possessive is the head
			if (token.isPossessive() && !(j + 1 < tokens.size() && tokens.get(j + 1).isWord()
					&& !tokens.get(j + 1).isCapitalised() && SourceWords.isRole(tokens.get(j + 1).bare()))) {
				break;
			}
		}
		if (head < 0) {
			return null;
		}
		// a role right before a name describes the name: "the baker Ana Ruiz"
		if (!tokens.get(head).isPossessive() && head + 1 < tokens.size() && tokens.get(head + 1).isCapitalised()
				&& !isFunctionWord(tokens.get(head + 1).bare()) && !SourceWords.isRole(tokens.get(head + 1).bare())) {
			Mention named = roleBeforeName(tokens, det + 1);
			if (named != null) {
				return named.widenedTo(det).build();
			}
		}
		String determiner = tokens.get(det).text().toLowerCase(Locale.ROOT);
		String headWord = tokens.get(head).bare();
		int last = head;
		String qualifier = null;
		if (!tokens.get(head).isPossessive() && head + 2 < tokens.size()
				&& (tokens.get(head + 1).text().equals("for") || tokens.get(head + 1).text().equals("of"))) {
			int end = head + 2;
			if (tokens.get(end).text().equalsIgnoreCase("the") && end + 1 < tokens.size()) {
				end++;
			}
			if (tokens.get(end).isCapitalised()) {
				while (end + 1 < tokens.size() && tokens.get(end + 1).isCapitalised()) {
					end++;
				}
				qualifier = Tokens.joined(tokens, head + 1, end);
				last = end;
			}
		}
		String name = Tokens.joined(tokens, det + 1, head);
		String description = (qualifier != null) ? name + " " + qualifier : null;
		boolean organisation = SourceWords.ORGANISATION_ROLES.contains(headWord)
				&& !SourceWords.PERSON_ROLES.contains(headWord);
		return Mention.description(det, last)
			.text(Tokens.joined(tokens, det, last))
			.name(name)
			.description(description)
			.head(headWord)
			.determiner(determiner)
			.gender(Gender.lastIn(tokens, det + 1, head))
			.plural(SourceWords.PLURAL.contains(headWord))
			.organisation(organisation)
			.person(!organisation)
			.possessive(tokens.get(last).isPossessive())
			.build();
	}

	/** A name after lower-case role words ("coach Maria Lopez"), or {@code null}. */
	private Mention roleBeforeName(List<Token> tokens, int first) {
		int k = first;
		while (k < tokens.size() && (!tokens.get(k).isCapitalised() || k == first && Tokens.sentenceInitial(tokens, k))
				&& isRoleWord(tokens.get(k))) {
			k++;
		}
		if (k == first || k >= tokens.size() || !SourceWords.isRole(tokens.get(k - 1).bare())
				|| !tokens.get(k).isCapitalised() || isFunctionWord(tokens.get(k).bare())
				|| tokens.get(k - 1).isPossessive()) {
			return null;
		}
		Mention name = name(tokens, k);
		if (name.form() != Form.NAME) {
			return null;
		}
		String role = Tokens.joined(tokens, first, k - 1);
		String description = (name.description() != null) ? role + " " + name.description() : role;
		return name.widenedTo(first)
			.text(Tokens.joined(tokens, first, name.last()))
			.description(description)
			.gender((name.gender() != Gender.UNKNOWN) ? name.gender() : Gender.lastIn(tokens, first, k - 1))
			.person(name.person() || !name.organisation())
			.build();
	}

	/**
	 * A role after a name's possessive, which is the one meant: "Ana Ruiz's campaign
	 * said" (the campaign), "Ruiz's senior adviser Tom Vale" (Tom Vale); otherwise the
	 * name.
	 */
	private Mention roleOfAName(List<Token> tokens, Mention owner) {
		int k = owner.last() + 1;
		while (k < tokens.size() && isRoleWord(tokens.get(k)) && !tokens.get(k).isCapitalised()) {
			k++;
		}
		if (k == owner.last() + 1 || !SourceWords.isRole(tokens.get(k - 1).bare())) {
			return owner;
		}
		if (k < tokens.size() && tokens.get(k).isCapitalised()) {
			Mention named = roleBeforeName(tokens, owner.last() + 1);
			return (named != null) ? named : owner;
		}
		return chunkDescription(tokens, owner.first(), k - 1);
	}

	private static boolean isRoleWord(Token token) {
		return token.isWord()
				&& (SourceWords.isRole(token.bare()) || SourceWords.ROLE_MODIFIERS.contains(token.bare()));
	}

	private Mention bareDescription(List<Token> tokens, int head) {
		int first = head;
		if (head > 0 && tokens.get(head - 1).isWord() && !isFunctionWord(tokens.get(head - 1).bare())
				&& (tokens.get(head - 1).isCapitalised()
						|| SourceWords.ROLE_MODIFIERS.contains(tokens.get(head - 1).bare()))) {
			first = head - 1;
			if (first > 0 && tokens.get(first - 1).isCapitalised() && !isFunctionWord(tokens.get(first - 1).bare())) {
				first--;
			}
		}
		String headWord = tokens.get(head).bare();
		String name = Tokens.joined(tokens, first, head);
		return Mention.description(first, head)
			.named(name)
			.head(headWord)
			.gender(Gender.of(headWord))
			.plural(true)
			.person(true)
			.possessive(tokens.get(head).isPossessive())
			.build();
	}

	private Mention name(List<Token> tokens, int first) {
		int last = first;
		int j = first;
		while (j < tokens.size() && tokens.get(j).sentence() == tokens.get(first).sentence()) {
			Token token = tokens.get(j);
			if (isNamePart(tokens, j) || (j > first && token.isCapitalised() && !isFunctionWord(token.bare())
					&& !onlyHeadlineStyle(tokens, j))) {
				last = j;
				if (token.isPossessive()) {
					break;
				}
				j++;
			}
			else if (j > first && isConnector(token) && j + 1 < tokens.size() && continuesName(tokens, j + 1)
					&& !(token.text().equals("of") && isPersonsFullName(tokens, first, j - 1))) {
				j++;
			}
			else if (j > first && token.is(".")
					&& (Tokens.abbreviates(tokens, j) || SourceWords.TITLES.contains(tokens.get(j - 1).bare()))
					&& j + 1 < tokens.size() && tokens.get(j + 1).isCapitalised()
					&& !isFunctionWord(tokens.get(j + 1).bare())) {
				// an abbreviated title, an initial or an abbreviation: "Gov. Ana Ruiz",
				// "Ana J. Ruiz", "Assistant U.S. Attorney Ana Ruiz"
				j++;
			}
			else if (j > first && token.isWord() && !token.isCapitalised()
					&& (SourceWords.isRole(token.bare()) || SourceWords.ROLE_MODIFIERS.contains(token.bare()))) {
				int k = j;
				while (k < tokens.size() && tokens.get(k).isWord() && !tokens.get(k).isCapitalised()
						&& (SourceWords.isRole(tokens.get(k).bare())
								|| SourceWords.ROLE_MODIFIERS.contains(tokens.get(k).bare()))) {
					k++;
				}
				boolean roleEnds = SourceWords.isRole(tokens.get(k - 1).bare());
				if (roleEnds && k < tokens.size() && tokens.get(k).isCapitalised()
						&& !isFunctionWord(tokens.get(k).bare())) {
					j = k;
				}
				else if (roleEnds) {
					return chunkDescription(tokens, first, k - 1);
				}
				else {
					break;
				}
			}
			else {
				break;
			}
		}
		return nameMention(tokens, first, last);
	}

	private Mention chunkDescription(List<Token> tokens, int first, int head) {
		String headWord = tokens.get(head).bare();
		String name = Tokens.joined(tokens, first, head);
		boolean organisation = SourceWords.ORGANISATION_ROLES.contains(headWord)
				&& !SourceWords.PERSON_ROLES.contains(headWord);
		return Mention.description(first, head)
			.named(name)
			.head(headWord)
			.gender(Gender.of(headWord))
			.plural(SourceWords.PLURAL.contains(headWord))
			.organisation(organisation)
			.person(!organisation)
			.possessive(tokens.get(head).isPossessive())
			.build();
	}

	private Mention nameMention(List<Token> tokens, int first, int last) {
		int nameStart = first;
		for (int k = first; k < last; k++) {
			Token token = tokens.get(k);
			String bare = token.bare();
			if (token.is(".")) {
				// the full stop of an initial or abbreviation belongs to the word before
				// it
				nameStart = (nameStart == k) ? k + 1 : nameStart;
			}
			else if (!token.isCapitalised() || SourceWords.TITLES.contains(bare)
					|| SourceWords.PERSON_ROLES.contains(bare) || isConnector(token)) {
				nameStart = k + 1;
			}
		}
		while (nameStart <= last && (isConnector(tokens.get(nameStart)) || tokens.get(nameStart).is("."))) {
			nameStart++;
		}
		String name = SourceWords.withoutPossessive(Tokens.joined(tokens, nameStart, last));
		String description = null;
		if (nameStart > first) {
			String before = Tokens.joined(tokens, first, nameStart - 1);
			description = SourceWords.COURTESY_TITLES.contains(before.toLowerCase(Locale.ROOT).replace(".", "")) ? null
					: before;
		}
		Gender gender = Gender.lastIn(tokens, first, nameStart - 1);
		boolean acronym = nameStart == last && tokens.get(last).isAllCaps() && tokens.get(last).text().length() <= 5;
		boolean organisationName = acronym || OrganisationSignals.isOrganisation(this.knownOrganisations, name);
		for (int k = nameStart; k <= last; k++) {
			organisationName |= SourceWords.ORGANISATION_SUFFIXES.contains(tokens.get(k).bare());
		}
		boolean personWord = gender != Gender.UNKNOWN;
		boolean organisationWord = false;
		boolean plural = false;
		for (int k = first; k < nameStart; k++) {
			String bare = tokens.get(k).bare();
			personWord |= SourceWords.TITLES.contains(bare)
					|| SourceWords.PERSON_ROLES.contains(bare) && !SourceWords.PLURAL.contains(bare);
			organisationWord |= SourceWords.ORGANISATION_ROLES.contains(bare) || SourceWords.PLURAL.contains(bare);
			plural |= SourceWords.PLURAL.contains(bare);
		}
		boolean severalWords = last > nameStart;
		boolean person = !organisationName && (personWord || (severalWords && !organisationWord));
		boolean organisation = !person && (organisationName || organisationWord);
		return Mention.name(first, last)
			.text(SourceWords.withoutPossessive(Tokens.joined(tokens, first, last)))
			.name(name)
			.description(description)
			.gender(gender)
			.plural(plural)
			.organisation(organisation)
			.person(person)
			.possessive(tokens.get(last).isPossessive())
			.build();
	}

	/**
	 * Whether the words are a person's name, with a first name and a surname after any
	 * title or role ("Sen. Ana Ruiz"), and no organisation word: "of" then starts a place
	 * or an employer ("Ana Ruiz of Ohio"), not more of the name ("Bank of Leeds").
	 */
	private static boolean isPersonsFullName(List<Token> tokens, int first, int last) {
		int nameWords = 0;
		for (int k = first; k <= last; k++) {
			Token token = tokens.get(k);
			String bare = token.bare();
			if (SourceWords.ORGANISATION_SUFFIXES.contains(bare) || SourceWords.ORGANISATION_ROLES.contains(bare)
					|| !token.isWord() && !token.is(".")) {
				return false;
			}
			boolean titleOrRole = SourceWords.TITLES.contains(bare) || SourceWords.PERSON_ROLES.contains(bare)
					|| !token.isCapitalised();
			nameWords = titleOrRole ? 0 : nameWords + (token.isWord() ? 1 : 0);
		}
		return nameWords >= 2;
	}

	private boolean continuesName(List<Token> tokens, int j) {
		if (tokens.get(j).text().equalsIgnoreCase("the") && j + 1 < tokens.size()) {
			j++;
		}
		return tokens.get(j).isCapitalised() && !isFunctionWord(tokens.get(j).bare());
	}

	private boolean isNamePart(List<Token> tokens, int i) {
		Token token = tokens.get(i);
		if (!token.isCapitalised()) {
			return false;
		}
		String bare = token.bare();
		if (SourceWords.NOT_NAMES.contains(bare) || isDatelineCaps(tokens, i) || onlyHeadlineStyle(tokens, i)) {
			return false;
		}
		if (!Tokens.sentenceInitial(tokens, i)) {
			return true;
		}
		boolean nextIsName = i + 1 < tokens.size() && tokens.get(i + 1).isCapitalised()
				&& !SourceWords.NOT_NAMES.contains(tokens.get(i + 1).bare()) && !token.isPossessive();
		// "Ruiz confirmed it": a capitalised word before a speech verb is its subject
		boolean beforeSpeechVerb = i + 1 < tokens.size() && tokens.get(i + 1).isWord()
				&& !tokens.get(i + 1).isCapitalised() && CueVerbs.lemma(tokens.get(i + 1).text()) != null
				&& !CueVerbs.isParticiple(tokens.get(i + 1).text()) && !SourceWords.isRole(bare)
				&& !SourceWords.PLURAL.contains(bare) && !token.isPossessive();
		return nextIsName || this.knownCapitalised.contains(bare) || SourceWords.TITLES.contains(bare)
				|| beforeSpeechVerb;
	}

	/**
	 * Whether a capital is only the headline's style: the body never writes the word so,
	 * and it is not a first word before one the body capitalises ("Ana" in "Ana Ruiz
	 * Wins" when the body says "Ruiz").
	 */
	private boolean onlyHeadlineStyle(List<Token> tokens, int i) {
		if (!this.headline || this.knownCapitalised.contains(tokens.get(i).bare())
				|| SourceWords.TITLES.contains(tokens.get(i).bare())) {
			return false;
		}
		boolean startsAName = (i == 0 || !tokens.get(i - 1).isCapitalised()) && i + 1 < tokens.size()
				&& tokens.get(i + 1).isCapitalised() && this.knownCapitalised.contains(tokens.get(i + 1).bare());
		return !startsAName;
	}

	private boolean isDatelineCaps(List<Token> tokens, int i) {
		return tokens.get(i).isAllCaps() && tokens.get(i).text().length() > 1
				&& ((i > 0 && tokens.get(i - 1).isAllCaps())
						|| (i + 1 < tokens.size() && tokens.get(i + 1).isAllCaps()));
	}

	private static boolean isConnector(Token token) {
		return SourceWords.NAME_CONNECTORS.contains(token.text().toLowerCase(Locale.ROOT)) && !token.isCapitalised();
	}

	private static boolean isFunctionWord(String lower) {
		return SourceWords.NOT_NAMES.contains(lower) || SourceWords.PREPOSITIONS.contains(lower)
				|| SourceWords.DETERMINERS.contains(lower) || SourceWords.NOT_NAME_VERBS.contains(lower);
	}

}

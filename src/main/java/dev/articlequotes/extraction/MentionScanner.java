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

	/** Lower-case words that may stand between a role and a name ("shadow foreign"). */
	private static final Set<String> ROLE_MODIFIERS = Set.of("shadow", "foreign", "deputy", "chief", "former", "senior",
			"vice", "executive", "managing", "general", "assistant", "acting", "interim", "state", "prime", "fellow",
			"best", "distance", "defense", "defence", "interior", "home", "finance", "health", "opposition",
			"presidential", "public", "information", "marketing", "research", "service", "sports", "telecom",
			"telecoms", "software", "internet", "press", "news", "communications", "political", "business",
			"technology", "administration", "national", "regional", "local", "city", "county", "district", "federal",
			"junior", "lead", "principal", "associate", "party", "police", "army", "military", "union", "team", "club",
			"group", "campaign", "industry", "energy", "trade", "education", "transport", "justice", "culture",
			"environment", "economy", "economic", "security", "intelligence", "media", "radio", "television", "tv",
			"film", "music", "art", "fashion", "food", "travel", "science", "medical", "legal", "financial", "global",
			"international", "european", "american", "british");

	private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "de", "van", "von", "der", "del", "da",
			"di", "bin", "al", "le", "la", "&");

	private static final Set<String> COURTESY_TITLES = Set.of("mr", "mrs", "ms", "miss");

	private final Set<String> knownCapitalised;

	private final Set<String> knownOrganisations;

	private final boolean objectsToo;

	/**
	 * Creates a scanner that knows which words the article capitalises in mid-sentence,
	 * to tell a name at the start of a sentence from a common word, and which names it
	 * treats as organisations ({@link OrganisationSignals}).
	 */
	MentionScanner(Set<String> knownCapitalised, Set<String> knownOrganisations) {
		this(knownCapitalised, knownOrganisations, false);
	}

	private MentionScanner(Set<String> knownCapitalised, Set<String> knownOrganisations, boolean objectsToo) {
		this.knownCapitalised = knownCapitalised;
		this.knownOrganisations = knownOrganisations;
		this.objectsToo = objectsToo;
	}

	/**
	 * A scanner that also keeps names after prepositions, for reading inside quotations
	 * ("I said to Ana"), where such a name is more often a person than a place.
	 */
	MentionScanner withObjects() {
		return new MentionScanner(this.knownCapitalised, this.knownOrganisations, true);
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
				mention = new Mention(Form.PRONOUN, i, i, token.text(), lower, null, null, null, Gender.of(lower),
						lower.equals("they") || lower.equals("we"), lower.equals("it"), !lower.equals("it"), false);
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
			}
			else if (isRoleWord(token) && (!token.isCapitalised() || sentenceInitial(tokens, i))) {
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
			boolean place = mention.form() == Form.NAME && afterPreposition(tokens, mention.first()) && !this.objectsToo
					&& !(mention.person() && mention.description() != null);
			if (!place && !predicative) {
				mentions.add(mention);
			}
			i = mention.last() + 1;
		}
		return mentions;
	}

	/** Whether the mention's first token follows a preposition (a place or an object). */
	static boolean afterPreposition(List<Token> tokens, int first) {
		int before = first - 1;
		if (before >= 0 && tokens.get(before).isWord() && tokens.get(before).text().equalsIgnoreCase("the")) {
			before--;
		}
		if (before > 0 && tokens.get(before).text().equals("to")
				&& tokens.get(before - 1).text().equalsIgnoreCase("according")) {
			return false;
		}
		// the agent of a passive speech verb: "told by the Environment Agency"
		if (before > 0 && tokens.get(before).text().equals("by") && tokens.get(before - 1).isWord()
				&& CueVerbs.lemma(tokens.get(before - 1).text()) != null) {
			return false;
		}
		return before >= 0 && tokens.get(before).isWord()
				&& SourceWords.PREPOSITIONS.contains(tokens.get(before).text().toLowerCase(Locale.ROOT));
	}

	private int skipDateline(List<Token> tokens) {
		if (tokens.isEmpty() || !isAllCaps(tokens.get(0)) || tokens.get(0).text().length() < 3) {
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
					&& isCapitalisedWord(tokens.get(j + 1)) && !isFunctionWord(tokens.get(j + 1).bare());
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
		if (!tokens.get(head).isPossessive() && head + 1 < tokens.size() && isCapitalisedWord(tokens.get(head + 1))
				&& !isFunctionWord(tokens.get(head + 1).bare()) && !SourceWords.isRole(tokens.get(head + 1).bare())) {
			Mention named = roleBeforeName(tokens, det + 1);
			if (named != null) {
				return new Mention(Form.NAME, det, named.last(), named.text(), named.name(), named.description(), null,
						null, named.gender(), named.plural(), named.organisation(), named.person(), named.possessive());
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
			if (isCapitalisedWord(tokens.get(end))) {
				while (end + 1 < tokens.size() && isCapitalisedWord(tokens.get(end + 1))) {
					end++;
				}
				qualifier = joined(tokens, head + 1, end);
				last = end;
			}
		}
		String name = joined(tokens, det + 1, head);
		String description = (qualifier != null) ? name + " " + qualifier : null;
		boolean organisation = SourceWords.ORGANISATION_ROLES.contains(headWord)
				&& !SourceWords.PERSON_ROLES.contains(headWord);
		return new Mention(Form.DESCRIPTION, det, last, joined(tokens, det, last), name, description, headWord,
				determiner, genderOf(tokens, det + 1, head), SourceWords.PLURAL.contains(headWord), organisation,
				!organisation, tokens.get(last).isPossessive());
	}

	/** A name after lower-case role words ("coach Maria Lopez"), or {@code null}. */
	private Mention roleBeforeName(List<Token> tokens, int first) {
		int k = first;
		while (k < tokens.size() && (!tokens.get(k).isCapitalised() || k == first && sentenceInitial(tokens, k))
				&& isRoleWord(tokens.get(k))) {
			k++;
		}
		if (k == first || k >= tokens.size() || !SourceWords.isRole(tokens.get(k - 1).bare())
				|| !isCapitalisedWord(tokens.get(k)) || isFunctionWord(tokens.get(k).bare())
				|| tokens.get(k - 1).isPossessive()) {
			return null;
		}
		Mention name = name(tokens, k);
		if (name.form() != Form.NAME) {
			return null;
		}
		String role = joined(tokens, first, k - 1);
		String description = (name.description() != null) ? role + " " + name.description() : role;
		return new Mention(Form.NAME, first, name.last(), joined(tokens, first, name.last()), name.name(), description,
				null, null, (name.gender() != Gender.UNKNOWN) ? name.gender() : genderOf(tokens, first, k - 1),
				name.plural(), name.organisation(), name.person() || !name.organisation(), name.possessive());
	}

	private static boolean isRoleWord(Token token) {
		return token.isWord() && (SourceWords.isRole(token.bare()) || ROLE_MODIFIERS.contains(token.bare()));
	}

	private Mention bareDescription(List<Token> tokens, int head) {
		int first = head;
		if (head > 0 && tokens.get(head - 1).isWord() && !isFunctionWord(tokens.get(head - 1).bare())
				&& (tokens.get(head - 1).isCapitalised() || ROLE_MODIFIERS.contains(tokens.get(head - 1).bare()))) {
			first = head - 1;
			if (first > 0 && tokens.get(first - 1).isCapitalised() && !isFunctionWord(tokens.get(first - 1).bare())) {
				first--;
			}
		}
		String headWord = tokens.get(head).bare();
		String name = joined(tokens, first, head);
		return new Mention(Form.DESCRIPTION, first, head, name, name, null, headWord, null, Gender.of(headWord), true,
				false, true, tokens.get(head).isPossessive());
	}

	private Mention name(List<Token> tokens, int first) {
		int last = first;
		int j = first;
		while (j < tokens.size() && tokens.get(j).sentence() == tokens.get(first).sentence()) {
			Token token = tokens.get(j);
			if (isNamePart(tokens, j) || (j > first && isCapitalisedWord(token) && !isFunctionWord(token.bare()))) {
				last = j;
				if (token.isPossessive()) {
					break;
				}
				j++;
			}
			else if (j > first && isConnector(token) && j + 1 < tokens.size() && continuesName(tokens, j + 1)) {
				j++;
			}
			else if (j > first && token.is(".") && SourceWords.TITLES.contains(tokens.get(j - 1).bare())
					&& j + 1 < tokens.size() && isCapitalisedWord(tokens.get(j + 1))
					&& !isFunctionWord(tokens.get(j + 1).bare())) {
				// an abbreviated title: "Gov. Ana Ruiz"
				j++;
			}
			else if (j > first && token.isWord() && !token.isCapitalised()
					&& (SourceWords.isRole(token.bare()) || ROLE_MODIFIERS.contains(token.bare()))) {
				int k = j;
				while (k < tokens.size() && tokens.get(k).isWord() && !tokens.get(k).isCapitalised()
						&& (SourceWords.isRole(tokens.get(k).bare())
								|| ROLE_MODIFIERS.contains(tokens.get(k).bare()))) {
					k++;
				}
				boolean roleEnds = SourceWords.isRole(tokens.get(k - 1).bare());
				if (roleEnds && k < tokens.size() && isCapitalisedWord(tokens.get(k))
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
		String name = joined(tokens, first, head);
		boolean organisation = SourceWords.ORGANISATION_ROLES.contains(headWord)
				&& !SourceWords.PERSON_ROLES.contains(headWord);
		return new Mention(Form.DESCRIPTION, first, head, name, name, null, headWord, null, Gender.of(headWord),
				SourceWords.PLURAL.contains(headWord), organisation, !organisation, tokens.get(head).isPossessive());
	}

	private Mention nameMention(List<Token> tokens, int first, int last) {
		int nameStart = first;
		for (int k = first; k < last; k++) {
			Token token = tokens.get(k);
			String bare = token.bare();
			if (!token.isCapitalised() || SourceWords.TITLES.contains(bare) || SourceWords.PERSON_ROLES.contains(bare)
					|| isConnector(token)) {
				nameStart = k + 1;
			}
		}
		while (nameStart <= last && isConnector(tokens.get(nameStart))) {
			nameStart++;
		}
		String name = SourceWords.withoutPossessive(joined(tokens, nameStart, last));
		String description = null;
		if (nameStart > first) {
			String before = joined(tokens, first, nameStart - 1);
			description = COURTESY_TITLES.contains(before.toLowerCase(Locale.ROOT).replace(".", "")) ? null : before;
		}
		Gender gender = genderOf(tokens, first, nameStart - 1);
		boolean acronym = nameStart == last && isAllCaps(tokens.get(last)) && tokens.get(last).text().length() <= 5;
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
		return new Mention(Form.NAME, first, last, SourceWords.withoutPossessive(joined(tokens, first, last)), name,
				description, null, null, gender, plural, organisation, person, tokens.get(last).isPossessive());
	}

	private boolean continuesName(List<Token> tokens, int j) {
		if (tokens.get(j).text().equalsIgnoreCase("the") && j + 1 < tokens.size()) {
			j++;
		}
		return isCapitalisedWord(tokens.get(j)) && !isFunctionWord(tokens.get(j).bare());
	}

	private boolean isNamePart(List<Token> tokens, int i) {
		Token token = tokens.get(i);
		if (!isCapitalisedWord(token)) {
			return false;
		}
		String bare = token.bare();
		if (SourceWords.NOT_NAMES.contains(bare) || isDatelineCaps(tokens, i)) {
			return false;
		}
		if (!sentenceInitial(tokens, i)) {
			return true;
		}
		boolean nextIsName = i + 1 < tokens.size() && isCapitalisedWord(tokens.get(i + 1))
				&& !SourceWords.NOT_NAMES.contains(tokens.get(i + 1).bare()) && !token.isPossessive();
		return nextIsName || this.knownCapitalised.contains(bare) || SourceWords.TITLES.contains(bare);
	}

	private boolean isDatelineCaps(List<Token> tokens, int i) {
		return isAllCaps(tokens.get(i)) && tokens.get(i).text().length() > 1
				&& ((i > 0 && isAllCaps(tokens.get(i - 1))) || (i + 1 < tokens.size() && isAllCaps(tokens.get(i + 1))));
	}

	static boolean sentenceInitial(List<Token> tokens, int i) {
		if (i == 0) {
			return true;
		}
		Token before = tokens.get(i - 1);
		return before.sentence() != tokens.get(i).sentence() || before.isQuote() || before.is(":") || before.is("—")
				|| before.is("(");
	}

	private static boolean isCapitalisedWord(Token token) {
		return token.isWord() && Character.isUpperCase(token.text().charAt(0));
	}

	private static boolean isAllCaps(Token token) {
		return token.isWord() && token.text().chars().anyMatch(Character::isLetter)
				&& token.text().chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
	}

	private static boolean isConnector(Token token) {
		return CONNECTORS.contains(token.text().toLowerCase(Locale.ROOT)) && !token.isCapitalised();
	}

	private static boolean isFunctionWord(String lower) {
		return SourceWords.NOT_NAMES.contains(lower) || SourceWords.PREPOSITIONS.contains(lower)
				|| SourceWords.DETERMINERS.contains(lower) || lower.equals("who") || lower.equals("is")
				|| lower.equals("was") || lower.equals("has") || lower.equals("had") || lower.equals("and");
	}

	private static Gender genderOf(List<Token> tokens, int from, int to) {
		for (int k = to; k >= from; k--) {
			Gender gender = Gender.of(tokens.get(k).bare());
			if (gender != Gender.UNKNOWN) {
				return gender;
			}
		}
		return Gender.UNKNOWN;
	}

	/** The words of tokens {@code from} to {@code to} joined as written. */
	static String joined(List<Token> tokens, int from, int to) {
		StringBuilder text = new StringBuilder();
		for (int k = from; k <= to; k++) {
			Token token = tokens.get(k);
			if (k > from && (token.isWord() || token.is("&") || token.is("("))) {
				text.append(' ');
			}
			text.append(token.isQuote() ? "“" + token.text() + "”" : token.text());
		}
		return SourceWords.withoutPossessive(text.toString());
	}

}

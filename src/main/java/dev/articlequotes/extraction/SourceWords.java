package dev.articlequotes.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * General English word lists for recognising sources: titles, role nouns, organisation
 * words, pronouns, determiners, relay verbs and the words that name rather than quote.
 */
final class SourceWords {

	/** Titles that stand before a name ("Mr", "President", "Sister"). */
	static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "father",
			"sister", "mother", "brother", "pope", "president", "king", "queen", "prince", "princess", "cardinal",
			"rev", "reverend", "judge", "gen", "general", "colonel", "col", "captain", "capt", "senator", "sen", "rep",
			"representative", "gov", "governor", "mayor", "professor", "prof", "ambassador", "chancellor", "secretary",
			"minister", "bishop", "archbishop", "rabbi", "imam", "sheikh", "detective", "sergeant", "sgt", "lieutenant",
			"lt", "commissioner", "chairman", "chairwoman", "premier", "justice", "dj", "mep", "mp", "ceo", "chief");

	/** Nouns naming a person or group by role ("spokesman", "mother", "officials"). */
	static final Set<String> PERSON_ROLES = Set.of("spokesman", "spokeswoman", "spokesperson", "official", "officials",
			"minister", "secretary", "president", "leader", "chief", "executive", "director", "chairman", "chairwoman",
			"chair", "head", "manager", "analyst", "analysts", "expert", "experts", "researcher", "scientist",
			"professor", "teacher", "doctor", "nurse", "lawyer", "attorney", "judge", "prosecutor", "officer",
			"officers", "soldier", "soldiers", "fighter", "commander", "commanders", "prisoner", "pow", "captive",
			"conscript", "man", "woman", "men", "women", "boy", "girl", "person", "mother", "father", "son", "daughter",
			"brother", "sister", "wife", "husband", "parent", "parents", "family", "friend", "neighbour", "neighbor",
			"resident", "residents", "witness", "witnesses", "driver", "farmer", "worker", "workers", "student",
			"students", "voter", "voters", "protester", "protesters", "lawmaker", "lawmakers", "mp", "mep", "senator",
			"diplomat", "ambassador", "envoy", "aide", "adviser", "advisor", "source", "sources", "insider", "priest",
			"nun", "bishop", "pastor", "runner", "athlete", "player", "coach", "psychologist", "economist", "activist",
			"campaigner", "founder", "owner", "ceo", "author", "journalist", "presenter", "host", "dj", "singer",
			"actor", "artist", "fan", "victim", "survivor", "patient", "member", "members", "colleague", "partner",
			"representative", "negotiator", "governor", "mayor", "councillor", "deputy", "chancellor", "premier",
			"king", "queen", "fathers", "sisters", "critics", "supporters", "volunteer", "volunteers", "employee",
			"employees", "staff", "guard", "pilot", "mama", "mom", "mum", "dad", "papa", "engineer", "baker", "sailor",
			"chef", "mechanic", "shopkeeper", "fisherman", "miner", "firefighter", "paramedic", "clerk", "banker",
			"trader", "broker", "surgeon", "dentist", "pharmacist", "cleaner", "waiter", "waitress", "inspector",
			"chairperson", "producer", "editor", "writer", "poet", "musician", "composer", "dancer", "comedian",
			"photographer", "evacuee", "evacuees", "juror", "jurors", "passenger", "passengers", "lad", "convener",
			"organiser", "organizer", "commuter", "shopper", "customer", "tenant", "homeowner", "parishioner");

	/** Nouns naming an organisation or a document that can be said to speak. */
	static final Set<String> ORGANISATION_ROLES = Set.of("company", "firm", "group", "government", "ministry",
			"department", "party", "committee", "council", "agency", "commission", "regulator", "watchdog", "authority",
			"board", "court", "union", "bank", "report", "paper", "newspaper", "study", "survey", "administration",
			"office", "organisation", "organization", "institute", "university", "monopoly", "church", "army",
			"military", "police", "team", "club", "charity", "provider", "operator", "giant", "broadcaster", "bulletin",
			"airline", "retailer", "carrier", "supermarket", "manufacturer", "insurer", "lender", "chain", "supplier",
			"developer", "publisher", "utility", "advisory", "memo", "filing", "document");

	/**
	 * Words that make a capitalised name an organisation ("Party", "Ministry", "Times").
	 */
	static final Set<String> ORGANISATION_SUFFIXES = Set.of("party", "ministry", "council", "department", "committee",
			"government", "university", "agency", "commission", "group", "corporation", "company", "bank",
			"association", "union", "institute", "foundation", "court", "assembly", "parliament", "congress", "senate",
			"office", "service", "times", "news", "post", "journal", "television", "radio", "church", "inc", "ltd",
			"plc", "network", "research", "authority", "board", "administration", "house", "league", "federation",
			"organisation", "organization", "school", "college", "hospital", "police", "army", "navy", "force",
			"forces", "website", "channel", "awards", "conference");

	/** Role nouns for a company, which may be named without any organisation word. */
	static final Set<String> COMPANY_HEADS = Set.of("company", "firm", "group", "operator", "airline", "retailer",
			"carrier", "supermarket", "manufacturer", "insurer", "lender", "chain", "supplier", "developer",
			"publisher", "utility", "provider", "giant", "broadcaster", "maker", "business");

	/**
	 * Role nouns that are used anaphorically like a pronoun ("the man", "the company").
	 */
	static final Set<String> GENERIC_HEADS = Set.of("man", "woman", "person", "company", "firm", "group",
			"organisation", "organization");

	static final Set<String> MALE = Set.of("he", "him", "man", "men", "boy", "father", "son", "brother", "husband",
			"king", "prince", "spokesman", "chairman", "mr", "sir", "lord", "dad", "papa", "fathers");

	static final Set<String> FEMALE = Set.of("she", "her", "woman", "women", "girl", "mother", "daughter", "sister",
			"wife", "queen", "princess", "spokeswoman", "chairwoman", "nun", "mrs", "ms", "miss", "lady", "dame",
			"mama", "mom", "mum", "sisters");

	static final Set<String> PLURAL = Set.of("they", "officials", "analysts", "experts", "officers", "soldiers",
			"commanders", "men", "women", "parents", "family", "residents", "witnesses", "workers", "students",
			"voters", "protesters", "lawmakers", "sources", "members", "fathers", "sisters", "critics", "supporters",
			"volunteers", "employees", "staff");

	static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one");

	static final Set<String> DETERMINERS = Set.of("a", "an", "another", "one", "the", "his", "her", "their", "its",
			"our", "my", "your", "this", "that", "these", "those");

	/** Words before a verb form that make it a noun ("the report", "a claim"). */
	static final Set<String> NOUN_MARKERS = Set.of("a", "an", "the", "his", "her", "their", "its", "our", "my", "your",
			"this", "that", "these", "those", "final", "new", "any", "no", "every", "each", "some", "such", "of",
			"first", "latest", "last", "whose", "which");

	static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it");

	static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "we", "us", "our", "i'm", "i’m", "i've", "i’ve",
			"i'd", "i’d", "i'll", "i’ll", "we're", "we’re");

	/**
	 * Verbs of reading out, quoting or translating: their subject relays others' words.
	 */
	static final Set<String> RELAY_VERBS = Set.of("read", "reads", "reading", "quote", "quoted", "quotes", "quoting",
			"cite", "cited", "cites", "citing", "share", "shared", "shares", "sharing", "translate", "translated",
			"translates", "translating", "relay", "relayed", "relays", "relaying", "forward", "forwarded");

	/** Nouns for someone or something that only relays words ("a translator"). */
	static final Set<String> RELAY_NOUNS = Set.of("translator", "interpreter", "translation", "transcript", "reader",
			"narrator");

	/**
	 * Words, besides the speech verbs, that put a short quoted phrase in reported speech:
	 * verbs of calling or judging what someone said ("called it “a disaster”", "decried
	 * the “rigged” system") and nouns for someone's words ("his accusation that").
	 */
	static final Set<String> ATTRIBUTIVE_WORDS = inflected(
			List.of("call", "dub", "label", "brand", "term", "refer", "characterize", "characterise", "portray",
					"decry", "denounce", "blast", "slam", "mock", "praise", "tout", "defend", "reject", "condemn",
					"dismiss", "deride", "ridicule", "attack", "chant", "invoke", "echo", "cite", "quote", "hail",
					"threaten", "campaign"),
			List.of("according", "words", "remarks", "statement", "statements", "accusation", "accusations", "promise",
					"promises", "pledge", "pledges", "claim", "claims", "comment", "comments", "warning", "warnings",
					"assertion", "assertions", "rhetoric", "language", "speech", "speeches", "interview", "interviews",
					"message", "memo", "letter", "email", "ad", "ads", "slogan", "description", "phrase"));

	/**
	 * Words after which a quoted span is a name, not a quotation ("dubbed", "called").
	 */
	static final Set<String> NAMING_WORDS = Set.of("dubbed", "called", "named", "titled", "entitled", "nicknamed",
			"labelled", "labeled", "branded", "aka", "so-called", "hashtag", "term", "word", "phrase", "slogan",
			"motto", "tagline");

	/** Nouns next to which a quoted span is the name of a work, channel or campaign. */
	static final Set<String> LABEL_NOUNS = Set.of("campaign", "slogan", "motto", "channel", "programme", "program",
			"show", "series", "hashtag", "book", "film", "movie", "album", "song", "track", "brand", "tagline",
			"headline", "label", "website", "app", "podcast", "initiative", "operation", "project", "magazine",
			"newsletter", "documentary", "play", "exhibition", "game", "novel", "poem", "column", "blog", "video",
			"strategy", "plan", "policy", "scheme", "movement", "motion", "bill", "act", "slogans", "campaigns");

	/**
	 * Prepositions: a capitalised name right after one is a place or an object, not a
	 * speaker.
	 */
	static final Set<String> PREPOSITIONS = Set.of("in", "at", "from", "into", "across", "near", "of", "on", "to",
			"for", "via", "toward", "towards", "around", "throughout", "within", "outside", "inside", "over", "under",
			"through", "between", "during", "against", "about", "by", "than", "like", "per");

	/** Capitalised words that begin sentences without being names. */
	static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "but", "and", "or", "so", "yet", "in", "on", "at",
			"to", "for", "from", "with", "by", "of", "as", "if", "when", "while", "after", "before", "despite",
			"although", "though", "since", "because", "then", "there", "here", "what", "why", "how", "who", "where",
			"which", "it", "its", "it's", "it’s", "this", "that", "these", "those", "his", "her", "their", "our", "my",
			"your", "he", "she", "they", "we", "i", "you", "many", "some", "several", "other", "another", "each",
			"every", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "earlier", "later",
			"last", "next", "yesterday", "today", "tomorrow", "tonight", "elsewhere", "meanwhile", "however", "also",
			"only", "almost", "perhaps", "instead", "currently", "not", "no", "even", "just", "still", "now", "once",
			"prior", "until", "unless", "whether", "both", "all", "most", "more", "few", "such", "much", "any", "none",
			"nobody", "everyone", "everybody", "someone", "somebody", "anyone", "nothing", "something", "asked",
			"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
			"march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "mama",
			"mom", "mum", "dad", "papa", "ok", "yes", "oh", "well", "please", "thanks");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern PLURAL_NAME_WORD = Pattern.compile("\\p{Lu}\\p{L}*[^su'’]s");

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private SourceWords() {
	}

	/** The words of a text split at whitespace. */
	static String[] words(String text) {
		return WHITESPACE.split(text.strip());
	}

	/** The keys of a name's words ({@link #nameKey}), in order. */
	static List<String> nameKeys(String name) {
		List<String> keys = new ArrayList<>();
		for (String word : words(name)) {
			keys.add(nameKey(word));
		}
		return List.copyOf(keys);
	}

	/** The text without combining marks, after canonical decomposition ("é" → "e"). */
	static String withoutAccents(String text) {
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
	}

	/** The word without a possessive ending ("Lind’s" → "Lind", "workers’" stays). */
	static String withoutPossessive(String word) {
		if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"))) {
			return word.substring(0, word.length() - 2);
		}
		return word;
	}

	/**
	 * A key for comparing names: lower case, accents and the "ue" spelling of ü folded.
	 */
	static String nameKey(String word) {
		String folded = withoutAccents(withoutPossessive(word));
		return folded.toLowerCase(Locale.ROOT).replace("ue", "u").replace("’", "'");
	}

	/**
	 * Whether a name could be a company's: one word, or a last word that looks like a
	 * plural ("Ferries", "Motors").
	 */
	static boolean looksLikeOrganisationName(String name) {
		String[] words = words(name);
		return words.length == 1 || PLURAL_NAME_WORD.matcher(words[words.length - 1]).matches();
	}

	/** Whether the lower-case word is a role noun, of a person or an organisation. */
	static boolean isRole(String lower) {
		return PERSON_ROLES.contains(lower) || ORGANISATION_ROLES.contains(lower);
	}

	/** The words with the inflections of the verbs ("call": calls, called, calling). */
	private static Set<String> inflected(List<String> verbs, List<String> words) {
		Set<String> all = new HashSet<>(words);
		for (String verb : verbs) {
			String stem = verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
			all.addAll(List.of(verb, verb + "s", stem + "ed", stem + "ing"));
			if (verb.endsWith("h") || verb.endsWith("o")) {
				all.add(verb + "es");
			}
			if (verb.endsWith("y")) {
				all.addAll(List.of(stem.substring(0, stem.length() - 1) + "ied",
						verb.substring(0, verb.length() - 1) + "ies"));
			}
			if (verb.matches(".*[^aeiou][aeiou][bgmp]")) {
				String doubled = verb + verb.charAt(verb.length() - 1);
				all.addAll(List.of(doubled + "ed", doubled + "ing"));
			}
		}
		return Set.copyOf(all);
	}

}

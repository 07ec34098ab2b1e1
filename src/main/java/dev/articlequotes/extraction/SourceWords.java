package dev.articlequotes.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
			"lt", "commissioner", "chairman", "chairwoman", "premier", "justice", "dj", "mep", "mp", "ceo", "chief",
			"alderman", "congressman", "congresswoman", "speaker", "adm", "maj", "cpl", "pvt", "sheriff");

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
			"organiser", "organizer", "commuter", "shopper", "customer", "tenant", "homeowner", "parishioner",
			"pollster", "strategist", "consultant", "delegate", "superdelegate", "columnist", "commentator",
			"co-founder", "cofounder", "co-host", "anchor", "correspondent", "reporter", "candidate", "nominee",
			"contender", "hopeful", "front-runner", "frontrunner", "operative", "donor", "surrogate", "ally", "rival",
			"challenger", "incumbent", "congressman", "congresswoman", "speaker", "counsel", "historian", "scholar",
			"pundit", "blogger", "contributor", "advocate", "lobbyist", "fundraiser", "alderman", "councilman",
			"councilwoman", "supporter", "critic", "backer", "constituent", "strategists", "pollsters", "delegates",
			"donors", "allies", "candidates", "attendee", "veteran", "legislator", "legislators", "economists",
			"sheriff", "chaplain", "physician", "investor", "entrepreneur", "businessman", "businesswoman",
			"spokespeople", "publicist", "moderator", "panelist", "narrator");

	/** Nouns naming an organisation or a document that can be said to speak. */
	static final Set<String> ORGANISATION_ROLES = Set.of("company", "firm", "group", "government", "ministry",
			"department", "party", "committee", "council", "agency", "commission", "regulator", "watchdog", "authority",
			"board", "court", "union", "bank", "report", "paper", "newspaper", "study", "survey", "administration",
			"office", "organisation", "organization", "institute", "university", "monopoly", "church", "army",
			"military", "police", "team", "club", "charity", "provider", "operator", "giant", "broadcaster", "bulletin",
			"airline", "retailer", "carrier", "supermarket", "manufacturer", "insurer", "lender", "chain", "supplier",
			"developer", "publisher", "utility", "advisory", "memo", "filing", "document", "letter", "statement",
			"release", "ad", "advertisement", "email", "e-mail", "op-ed", "editorial", "lawsuit", "complaint",
			"indictment", "ruling", "petition", "poll", "article", "memorandum", "outlet", "website", "magazine",
			"network", "station", "campaign");

	/**
	 * Words that make a capitalised name an organisation ("Party", "Ministry", "Times").
	 */
	static final Set<String> ORGANISATION_SUFFIXES = Set.of("party", "ministry", "council", "department", "committee",
			"government", "university", "agency", "commission", "group", "corporation", "company", "bank",
			"association", "union", "institute", "foundation", "court", "assembly", "parliament", "congress", "senate",
			"office", "service", "times", "news", "post", "journal", "television", "radio", "church", "inc", "ltd",
			"plc", "network", "research", "authority", "board", "administration", "house", "league", "federation",
			"organisation", "organization", "school", "college", "hospital", "police", "army", "navy", "force",
			"forces", "website", "channel", "awards", "conference", "initiative", "hotel", "center", "centre",
			"institution", "coalition", "caucus", "fund", "project", "society", "tower", "resort");

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
			"king", "prince", "spokesman", "chairman", "mr", "sir", "lord", "dad", "papa", "fathers", "congressman",
			"alderman", "councilman", "businessman");

	static final Set<String> FEMALE = Set.of("she", "her", "woman", "women", "girl", "mother", "daughter", "sister",
			"wife", "queen", "princess", "spokeswoman", "chairwoman", "nun", "mrs", "ms", "miss", "lady", "dame",
			"mama", "mom", "mum", "sisters", "congresswoman", "councilwoman", "businesswoman");

	static final Set<String> PLURAL = Set.of("they", "officials", "analysts", "experts", "officers", "soldiers",
			"commanders", "men", "women", "parents", "family", "residents", "witnesses", "workers", "students",
			"voters", "protesters", "lawmakers", "sources", "members", "fathers", "sisters", "critics", "supporters",
			"volunteers", "employees", "staff", "strategists", "pollsters", "delegates", "donors", "allies",
			"candidates", "legislators", "economists", "spokespeople");

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

	/** Subjects before a naming verb that make it someone's act of naming. */
	static final Set<String> NAMING_SUBJECTS = Set.of("he", "she", "they", "we", "i", "who", "you");

	/** Articles and prepositions: a span right after one is inside a noun phrase. */
	static final Set<String> NOUN_PHRASE_WORDS = Set.of("the", "a", "an", "on", "of", "in", "at", "from", "for", "with",
			"by");

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

	/** Lower-case words that may stand between a role and a name ("shadow foreign"). */
	static final Set<String> ROLE_MODIFIERS = Set.of("shadow", "foreign", "deputy", "chief", "former", "senior", "vice",
			"executive", "managing", "general", "assistant", "acting", "interim", "state", "prime", "fellow", "best",
			"distance", "defense", "defence", "interior", "home", "finance", "health", "opposition", "presidential",
			"public", "information", "marketing", "research", "service", "sports", "telecom", "telecoms", "software",
			"internet", "press", "news", "communications", "political", "business", "technology", "administration",
			"national", "regional", "local", "city", "county", "district", "federal", "junior", "lead", "principal",
			"associate", "party", "police", "army", "military", "union", "team", "club", "group", "campaign",
			"industry", "energy", "trade", "education", "transport", "justice", "culture", "environment", "economy",
			"economic", "security", "intelligence", "media", "radio", "television", "tv", "film", "music", "art",
			"fashion", "food", "travel", "science", "medical", "legal", "financial", "global", "international",
			"european", "american", "british");

	/**
	 * Lower-case words that may join the words of a name ("Bank of England", "van Gogh").
	 */
	static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "the", "de", "van", "von", "der", "del", "da", "di",
			"bin", "al", "le", "la", "&");

	/** Titles of courtesy, which are not a description of the person named. */
	static final Set<String> COURTESY_TITLES = Set.of("mr", "mrs", "ms", "miss");

	/**
	 * What may stand between a name and its appositive ("X, herself a runner", "X - aka
	 * Y").
	 */
	static final Set<String> APPOSITIVE_LINKS = Set.of(",", "-", "—", "–", "(", "aka", "alias", "known", "as",
			"herself", "himself", "itself", "themselves", "also");

	/** Words that introduce another name for the same source ("aka"). */
	static final Set<String> ALIAS_WORDS = Set.of("aka", "alias", "known");

	/** Words too common to tell two headlines' or quotations' subjects apart. */
	static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at",
			"for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that",
			"we", "i", "you", "he", "she", "they", "our", "my", "his", "her", "their", "not", "no", "will", "would",
			"can", "could", "has", "have", "had", "do", "does", "did", "over", "after", "says", "said", "say");

	/** Words a title leaves in lower case ("Pride and Prejudice"). */
	static final List<String> TITLE_SMALL_WORDS = List.of("of", "the", "and", "a", "an", "in", "on", "to", "for",
			"with", "at", "by", "or");

	/** Abbreviations whose full stop does not end a sentence ("Mr.", "U.S."). */
	static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "lt", "col",
			"sgt", "rep", "sen", "gov", "prof", "rev", "no", "vs", "co", "inc", "corp", "u.s", "u.k", "a.m", "p.m",
			"capt", "cpl", "adm", "maj", "cmdr", "supt", "atty", "hon", "pvt", "messrs", "mt", "ft");

	/**
	 * Words after a capitalised word that show it is not a name's start ("who", "is").
	 */
	static final Set<String> NOT_NAME_VERBS = Set.of("who", "is", "was", "has", "had", "and");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern PLURAL_NAME_WORD = Pattern.compile("\\p{Lu}\\p{L}*[^su'’]s");

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

	/** The word without a possessive ending ("Lind’s" → "Lind", "workers’" stays). */
	static String withoutPossessive(String word) {
		if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"))) {
			return word.substring(0, word.length() - 2);
		}
		return word;
	}

	/**
	 * A key for comparing names: the word without a possessive ending, folded as
	 * {@link TextFolding#fold} folds it.
	 */
	static String nameKey(String word) {
		return TextFolding.fold(withoutPossessive(word));
	}

	/**
	 * The role noun a kinship word used as a vocative stands for ("mum" → "mother"), or
	 * the folded word itself.
	 */
	static String kinshipHead(String key) {
		return switch (key) {
			case "mama", "mom", "mum", "mother" -> "mother";
			case "dad", "papa", "father" -> "father";
			default -> key;
		};
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
		return PERSON_ROLES.contains(lower) || ORGANISATION_ROLES.contains(lower) || lower.endsWith("-year-old");
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

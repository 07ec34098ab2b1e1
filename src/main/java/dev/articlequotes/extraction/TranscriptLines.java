package dev.articlequotes.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words given without quote marks, their speaker named by a news convention: a transcript
 * line opening with its speaker's label in capitals ({@code WALLACE: Do you support
 * it?}), whose rest is that speaker's words, and a credit line after a quotation that
 * fills its paragraph ({@code ― Maria Lopez, 34, of Ohio}). A transcript line is read as
 * one quotation, the quotations marked inside it nested in it.
 */
final class TranscriptLines {

	static final String LABEL_RULE = "transcript-label";

	static final String CREDIT_RULE = "credit-line";

	/**
	 * A label at the start of a paragraph: up to five words in capitals (a title or an
	 * initial may end in a full stop), a colon, then words.
	 */
	private static final Pattern LABEL = Pattern
		.compile("^\\s*(\\p{Lu}[\\p{Lu}'’-]*\\.?(?:\\s+\\p{Lu}[\\p{Lu}'’-]*\\.?){0,4})\\s*:\\s+(?=\\S)");

	/**
	 * A credit after a quotation: a dash, a name of up to four capitalised words, then
	 * perhaps an age, a place or a role after a comma.
	 */
	private static final Pattern CREDIT = Pattern.compile(
			"^\\s*[―—–-]+\\s*(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})\\s*(?:,[^\"“”]{0,80})?\\s*$",
			Pattern.UNICODE_CHARACTER_CLASS);

	/** A capitalised word, then a word in mixed case: a name with its surname. */
	private static final Pattern NAMED = Pattern
		.compile("(?<![\\p{L}'’])\\p{Lu}[\\p{L}'’.-]*\\s+(\\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*)");

	/** Titles written before a name, folded and without their full stop. */
	private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "gov",
			"governor", "gen", "rev", "prof", "president", "pres", "sgt", "lt", "col", "capt", "judge", "mayor", "sir",
			"dame", "lord", "lady", "rabbi", "father", "sister");

	/**
	 * Words that make a capitalised label a heading, a dateline or a kind of speaker
	 * rather than a name: notes and updates, the questions of a fact box, the letters of
	 * an interview, speakers with no name.
	 */
	private static final Set<String> NOT_NAMES = Set.of("update", "updated", "updates", "note", "notes", "editor",
			"editor's", "editors", "correction", "corrections", "clarification", "breaking", "exclusive", "warning",
			"watch", "read", "listen", "related", "source", "sources", "photo", "photos", "video", "caption", "credit",
			"credits", "advertisement", "ad", "transcript", "live", "analysis", "opinion", "disclosure", "fact",
			"check", "summary", "background", "context", "more", "also", "plus", "key", "points", "why", "what", "how",
			"who", "when", "where", "which", "cost", "price", "prices", "tickets", "contact", "location", "date",
			"dates", "time", "times", "hours", "address", "phone", "website", "email", "info", "information", "details",
			"question", "answer", "bottom", "line", "today", "tonight", "now", "next", "previously", "final", "verdict",
			"result", "results", "score", "the", "a", "an", "and", "of", "in", "on", "for", "to", "by", "with", "at",
			"from", "new", "latest", "developing", "headline", "subject", "re", "ps", "nb", "attention", "announcer",
			"narrator", "crowd", "audience", "unidentified", "unknown", "male", "female", "voice", "voices", "reporter",
			"reporters", "interviewer", "host", "anchor", "caller", "moderator", "group", "crosstalk", "inaudible",
			"laughter", "applause", "end", "begin", "clip", "graphic", "text", "file", "lede", "dateline", "byline",
			"tldr", "spoiler", "alert", "p.s");

	/** The spans of each passage, a transcript line's words added as a span. */
	private final List<List<QuoteSpan>> spans;

	/** The label of each transcript line, by the ordinal of its passage. */
	private final Map<Integer, Label> labels;

	private TranscriptLines(List<List<QuoteSpan>> spans, Map<Integer, Label> labels) {
		this.spans = spans;
		this.labels = labels;
	}

	/**
	 * Finds the transcript lines of an article: paragraphs opening with a label that
	 * names a person, when two paragraphs or more are so labelled or the article names
	 * that person elsewhere ("Mike Pence" for {@code PENCE:}). Their words become a span
	 * (its label in place of an opening mark, its words from after the colon, never
	 * closed) enclosing the paragraph's quotations.
	 */
	static TranscriptLines of(List<Passage> passages, List<List<QuoteSpan>> spans) {
		Map<Integer, Label> found = new HashMap<>();
		for (Passage passage : passages) {
			Label label = passage.isBody() ? Label.of(passage.text()) : null;
			if (label != null) {
				found.put(passage.ordinal(), label);
			}
		}
		if (found.size() < 2) {
			Set<String> surnames = namedSurnames(passages, found);
			found.values().removeIf((label) -> !surnames.contains(label.surname()));
		}
		List<List<QuoteSpan>> withLines = new ArrayList<>(spans);
		for (Map.Entry<Integer, Label> entry : found.entrySet()) {
			withLines.set(entry.getKey(),
					enclosed(passages.get(entry.getKey()).text(), entry.getValue(), spans.get(entry.getKey())));
		}
		return new TranscriptLines(withLines, found);
	}

	/** The quote spans of each passage, by its ordinal, with the transcript lines. */
	List<List<QuoteSpan>> spans() {
		return this.spans;
	}

	/**
	 * Gives each transcript line to the speaker its label names, and each quotation
	 * followed by a credit line to the credited name: an entity of the article whose name
	 * holds the label's surname, or a new speaker with the name in title case.
	 */
	void attribute(List<QuoteCandidate> quotes, List<Passage> passages, Discourse discourse) {
		for (QuoteCandidate quote : quotes) {
			Passage passage = quote.passage();
			Label label = this.labels.get(passage.ordinal());
			if (label != null && quote.span == 0 && quote.parent == null) {
				Entity speaker = link(discourse, passage, label.start(), label.name(), label.title());
				quote.kind = QuoteKind.DIRECT;
				quote.attribute(speaker, LABEL_RULE, excerpt(passage, label.start(), label.end()));
			}
			else if (quote.parent == null && passage.isBody() && !this.labels.containsKey(passage.ordinal())) {
				creditLine(quote, passages).ifPresent((credit) -> {
					Entity speaker = link(discourse, credit.passage(), credit.start(), credit.name(), null);
					quote.attribute(speaker, CREDIT_RULE, excerpt(credit.passage(), credit.start(), credit.end()));
				});
			}
		}
	}

	/**
	 * The credit of a quotation that fills its paragraph, given after its closing mark or
	 * as the next paragraph.
	 */
	private static Optional<Credit> creditLine(QuoteCandidate quote, List<Passage> passages) {
		Passage passage = quote.passage();
		QuoteSpan span = quote.quoteSpan();
		String text = passage.text();
		if (!span.isClosed() || !blank(text.substring(0, span.open()))) {
			return Optional.empty();
		}
		String tail = text.substring(span.outerEnd());
		if (!blank(tail)) {
			return Credit.of(passage, span.outerEnd());
		}
		int next = passage.ordinal() + 1;
		return (next < passages.size()) ? Credit.of(passages.get(next), 0) : Optional.empty();
	}

	/** Whether the text is only spaces, no-break spaces included. */
	private static boolean blank(String text) {
		return text.replace('\u00A0', ' ').isBlank();
	}

	/** The entity a name links to, recorded as speaking there. */
	private static Entity link(Discourse discourse, Passage passage, int offset, String name, String title) {
		Mention.Builder mention = Mention.name(0, 0).named(name).person(true);
		if (title != null) {
			mention.description(title).gender(Mention.Gender.of(title.toLowerCase(Locale.ROOT).replace(".", "")));
		}
		return discourse.link(mention.build(), passage.ordinal(), offset, true, false);
	}

	private static Excerpt excerpt(Passage passage, int start, int end) {
		return new Excerpt(passage.text().substring(start, end), passage.section(), passage.block(), start, end);
	}

	/**
	 * The passage's spans after the transcript line's span: the paragraph's quotations
	 * inside it (those already nested stay out of reach, two levels deep).
	 */
	private static List<QuoteSpan> enclosed(String text, Label label, List<QuoteSpan> spans) {
		int end = text.stripTrailing().length();
		List<QuoteSpan> result = new ArrayList<>();
		// the label stands for the opening mark: no reporting clause or mention is read
		// in it
		result.add(new QuoteSpan(label.start(), label.wordsStart(), end, -1, -1, false));
		for (QuoteSpan span : spans) {
			int parent = (span.parent() < 0) ? 0 : span.parent() + 1;
			result.add(new QuoteSpan(span.open(), span.start(), span.end(), span.close(), parent, span.reopened()));
		}
		return result;
	}

	/**
	 * The folded surnames the article writes after a capitalised word ("Mike Pence", "Mr
	 * Pence"), outside the labels.
	 */
	private static Set<String> namedSurnames(List<Passage> passages, Map<Integer, Label> labels) {
		Set<String> surnames = new HashSet<>();
		for (Passage passage : passages) {
			Label label = labels.get(passage.ordinal());
			String text = (label != null) ? passage.text().substring(label.wordsStart()) : passage.text();
			Matcher matcher = NAMED.matcher(text);
			int from = 0;
			while (matcher.find(from)) {
				surnames.add(TextFolding.fold(matcher.group(1)));
				// the surname may be the first name of the next match ("Governor Ada
				// Brenner")
				from = matcher.start(1);
			}
		}
		return surnames;
	}

	/** A name in capitals written in title case: {@code O'NEIL} → "O'Neil". */
	private static String titleCase(String word) {
		StringBuilder result = new StringBuilder(word.length());
		boolean start = true;
		for (char c : word.toCharArray()) {
			result.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
			start = !Character.isLetter(c);
		}
		return result.toString();
	}

	/**
	 * A transcript label.
	 *
	 * @param start the offset of its first word
	 * @param end the offset just past its last word
	 * @param wordsStart the offset of the words after the colon
	 * @param name the name in title case, without its title
	 * @param title the title before the name in title case ("Sen."), or {@code null}
	 * @param surname the folded last word of the name
	 */
	private record Label(int start, int end, int wordsStart, String name, String title, String surname) {

		/**
		 * The label opening a paragraph, or {@code null} when there is none or its words
		 * are not a name.
		 */
		static Label of(String text) {
			Matcher matcher = LABEL.matcher(text);
			if (!matcher.find()) {
				return null;
			}
			String[] words = matcher.group(1).split("\\s+");
			List<String> title = new ArrayList<>();
			List<String> name = new ArrayList<>();
			boolean named = false;
			for (String word : words) {
				String key = TextFolding.fold(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
				if (NOT_NAMES.contains(key)) {
					return null;
				}
				if (name.isEmpty() && TITLES.contains(key)) {
					title.add(titleCase(word));
				}
				else {
					name.add(titleCase(word));
					named |= key.length() > 1 && !word.endsWith(".");
				}
			}
			String last = words[words.length - 1];
			if (!named || last.endsWith(".") || TextFolding.fold(last).length() < 2) {
				return null;
			}
			return new Label(matcher.start(1), matcher.end(1), matcher.end(), String.join(" ", name),
					title.isEmpty() ? null : String.join(" ", title), TextFolding.fold(last));
		}

	}

	/**
	 * A credit line's name.
	 *
	 * @param passage where it stands
	 * @param start the offset of the name
	 * @param end the offset just past the name
	 * @param name the name
	 */
	private record Credit(Passage passage, int start, int end, String name) {

		/** The credit in the passage from the offset to its end, if it is one. */
		static Optional<Credit> of(Passage passage, int from) {
			if (!passage.isBody()) {
				return Optional.empty();
			}
			Matcher matcher = CREDIT.matcher(passage.text()).region(from, passage.text().length());
			if (!matcher.find()) {
				return Optional.empty();
			}
			String name = matcher.group(1).replaceAll("\\.+$", "");
			for (String word : name.split("\\s+")) {
				if (NOT_NAMES.contains(TextFolding.fold(word))) {
					return Optional.empty();
				}
			}
			return Optional.of(new Credit(passage, matcher.start(1), matcher.start(1) + name.length(), name));
		}

	}

}

package dev.articlequotes.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the entities that were given quotations into speakers with unique slug ids, most
 * quoted first.
 */
final class Speakers {

	private static final Pattern APOSTROPHES = Pattern.compile("['’]");

	private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

	private static final Pattern MIDDLE_INITIAL = Pattern.compile("\\p{Lu}\\.?");

	private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

	private final Map<Entity, Speaker> speakers = new LinkedHashMap<>();

	/** The speakers of the given quotations' entities. */
	Speakers(List<QuoteCandidate> quotes) {
		Map<Entity, Integer> counts = new LinkedHashMap<>();
		for (QuoteCandidate quote : quotes) {
			if (quote.speaker() != null) {
				counts.merge(quote.speaker(), 1, Integer::sum);
			}
		}
		List<Entity> ordered = new ArrayList<>(counts.keySet());
		ordered.sort(Comparator.comparingInt((Entity entity) -> -counts.get(entity)).thenComparingInt(Entity::order));
		Set<String> ids = new HashSet<>();
		for (Entity entity : ordered) {
			String base = slug(entity.name());
			String id = base;
			for (int n = 2; !ids.add(id); n++) {
				id = base + "-" + n;
			}
			List<String> mentions = entity.mentions()
				.stream()
				.filter((mention) -> !SourceWords.SUBJECT_PRONOUNS.contains(mention.toLowerCase(Locale.ROOT)))
				.toList();
			this.speakers.put(entity,
					new Speaker(id, entity.name(), entity.description(), kind(entity), mentions, counts.get(entity)));
		}
	}

	/** The speakers, most quoted first. */
	List<Speaker> all() {
		return List.copyOf(this.speakers.values());
	}

	/** The id of an entity's speaker, or {@code null}. */
	String idOf(Entity entity) {
		Speaker speaker = (entity != null) ? this.speakers.get(entity) : null;
		return (speaker != null) ? speaker.id() : null;
	}

	/**
	 * A slug of a name: lower-case ASCII words joined by hyphens, without middle
	 * initials, so that "Ana J. Ruiz" and "Ana Ruiz" in two articles share an id.
	 */
	static String slug(String name) {
		String ascii = APOSTROPHES.matcher(TextFolding.withoutAccents(withoutMiddleInitials(name)))
			.replaceAll("")
			.toLowerCase(Locale.ROOT);
		String slug = EDGE_HYPHENS.matcher(NOT_SLUG.matcher(ascii).replaceAll("-")).replaceAll("");
		return slug.isEmpty() ? "speaker" : slug;
	}

	private static String withoutMiddleInitials(String name) {
		String[] words = SourceWords.words(name);
		if (words.length < 3) {
			return name;
		}
		StringBuilder kept = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			if (i == words.length - 1 || !MIDDLE_INITIAL.matcher(words[i]).matches()) {
				kept.append(' ').append(words[i]);
			}
		}
		return kept.toString();
	}

	private static SpeakerKind kind(Entity entity) {
		if (entity.organisation()) {
			return SpeakerKind.ORGANISATION;
		}
		if (entity.plural()) {
			return SpeakerKind.GROUP;
		}
		return (entity.origin() == Mention.Form.NAME) ? SpeakerKind.PERSON : SpeakerKind.DESCRIBED_PERSON;
	}

}

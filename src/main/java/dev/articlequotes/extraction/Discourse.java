package dev.articlequotes.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.articlequotes.extraction.Mention.Form;
import dev.articlequotes.extraction.Mention.Gender;

/**
 * The entities of one article and the order they were mentioned in: links each mention to
 * an entity (names by their words, descriptions by their role noun, pronouns to the most
 * recent compatible mention outside quotations).
 */
final class Discourse {

	/** How many passages back a pronoun or continuation looks. */
	private static final int WINDOW = 3;

	private final List<Entity> entities = new ArrayList<>();

	private final List<Entry> history = new ArrayList<>();

	private final Map<Entity, Integer> lastSeen = new HashMap<>();

	private final Map<Mention, Entity> linked = new IdentityHashMap<>();

	private Entity unidentifiedGroup;

	/**
	 * Links a mention at the given position to an entity and records it, unless it relays
	 * others' words.
	 * @param speaking whether the mention is the subject of a speech verb
	 */
	Entity link(Mention mention, int passage, int offset, boolean speaking, boolean relayer) {
		Entity entity = switch (mention.form()) {
			case PRONOUN -> pronoun(mention, passage, offset, Set.of());
			case NAME -> byName(mention);
			case DESCRIPTION -> byDescription(mention, passage, offset);
		};
		if (entity != null) {
			if (speaking && mention.form() == Form.PRONOUN) {
				// a pronoun that reports speech is resolved reliably enough to teach the
				// gender
				entity.learnGender(mention.gender());
			}
			this.linked.put(mention, entity);
			if (!relayer) {
				record(entity, passage, offset, speaking);
			}
		}
		return entity;
	}

	/** The entity a mention was linked to, or {@code null}. */
	Entity entityOf(Mention mention) {
		return this.linked.get(mention);
	}

	/**
	 * The entity a name or description inside a quotation refers to, without recording
	 * it.
	 */
	Entity resolveQuoted(Mention mention, int passage, int offset) {
		return switch (mention.form()) {
			case PRONOUN -> null;
			case NAME -> byName(mention);
			case DESCRIPTION -> byDescription(mention, passage, offset);
		};
	}

	/**
	 * The most recent entity of known, matching gender in the window, for a pronoun
	 * inside someone's words; {@code null} when none.
	 */
	Entity pronounInQuotation(Mention pronoun, int passage, int offset, Set<Entity> excluded) {
		Gender gender = pronoun.gender();
		if (gender == Gender.UNKNOWN) {
			return null;
		}
		return mostRecent(passage, offset, false, excluded,
				(entity) -> entity.gender() == gender && !entity.plural() && !entity.organisation());
	}

	/**
	 * Links an appositive ("X, a spokesman,") to the entity of the mention it describes.
	 */
	void linkAppositive(Mention mention, Entity anchor, int passage, int offset, boolean speaking) {
		anchor.absorb(mention);
		this.linked.put(mention, anchor);
		record(anchor, passage, offset, speaking);
	}

	/**
	 * Links a pronoun to the subject of the previous sentence when it fits, as a pronoun
	 * in subject position usually continues the previous subject; otherwise as
	 * {@link #link}.
	 */
	Entity linkPronoun(Mention pronoun, Entity previousSubject, int passage, int offset, boolean speaking) {
		if (System.getProperty("dbg.file") != null)
			System.err.println("PRON " + pronoun.text() + " p" + passage + "@" + offset + " prev="
					+ (previousSubject == null ? null : previousSubject.name() + "/" + previousSubject.gender()));
		String lower = pronoun.text().toLowerCase(java.util.Locale.ROOT);
		if (previousSubject == null || pronoun.isFirstPerson() || !fitsPronoun(previousSubject, lower, speaking)) {
			return link(pronoun, passage, offset, speaking, false);
		}
		if (speaking) {
			previousSubject.learnGender(pronoun.gender());
		}
		this.linked.put(pronoun, previousSubject);
		record(previousSubject, passage, offset, speaking);
		return previousSubject;
	}

	/** Records that an entity speaks at a position (a quotation attributed to it). */
	void recordSpeech(Entity entity, int passage, int offset) {
		record(entity, passage, offset, true);
	}

	/**
	 * The most recent entity a pronoun can refer to before a position, preferring those
	 * that spoke, skipping the excluded ones; {@code null} when none fits.
	 */
	Entity pronoun(Mention pronoun, int passage, int offset, Set<Entity> excluded) {
		String lower = pronoun.text().toLowerCase(java.util.Locale.ROOT);
		if (pronoun.isFirstPerson()) {
			return null;
		}
		Entity found = mostRecent(passage, offset, true, excluded, (entity) -> fitsPronoun(entity, lower, true));
		if (found == null) {
			found = mostRecent(passage, offset, false, excluded, (entity) -> fitsPronoun(entity, lower, false));
		}
		return found;
	}

	/** The entity that spoke last in the passage before the offset, or {@code null}. */
	Entity lastSpeaker(int passage, int offset) {
		Entry best = null;
		for (Entry entry : this.history) {
			if (entry.speaking() && entry.passage() == passage && entry.offset() < offset
					&& (best == null || entry.offset() > best.offset())) {
				best = entry;
			}
		}
		return (best != null) ? best.entity() : null;
	}

	/** The entity that spoke last anywhere in a passage, or {@code null}. */
	Entity lastSpeaker(int passage) {
		return lastSpeaker(passage, Integer.MAX_VALUE);
	}

	/** The entity for a group only known as "they" inside someone's words. */
	Entity unidentifiedGroup() {
		if (this.unidentifiedGroup == null) {
			this.unidentifiedGroup = Entity.unidentifiedGroup(this.entities.size());
			this.entities.add(this.unidentifiedGroup);
		}
		return this.unidentifiedGroup;
	}

	/**
	 * The entity a kinship word or name used as a vocative refers to, or {@code null}.
	 */
	Entity addressee(String word) {
		String key = SourceWords.nameKey(word);
		String head = switch (key) {
			case "mama", "mom", "mum", "mother" -> "mother";
			case "dad", "papa", "father" -> "father";
			default -> key;
		};
		for (int i = this.entities.size() - 1; i >= 0; i--) {
			Entity entity = this.entities.get(i);
			if (head.equals(entity.head()) || entity.nameKeys().contains(key)) {
				return entity;
			}
		}
		return null;
	}

	Collection<Entity> entities() {
		return this.entities;
	}

	private Entity byName(Mention mention) {
		List<String> keys = new ArrayList<>();
		for (String word : mention.name().split("\\s+")) {
			keys.add(SourceWords.nameKey(word));
		}
		Entity best = null;
		for (Entity entity : this.entities) {
			List<String> known = entity.nameKeys();
			if (!known.isEmpty() && (known.containsAll(keys) || keys.containsAll(known)) && (best == null
					|| this.lastSeen.getOrDefault(entity, -1) > this.lastSeen.getOrDefault(best, -1))) {
				best = entity;
			}
		}
		if (best == null) {
			return create(mention);
		}
		best.absorb(mention);
		return best;
	}

	private Entity byDescription(Mention mention, int passage, int offset) {
		if (mention.isIndefinite()) {
			return create(mention);
		}
		if (SourceWords.GENERIC_HEADS.contains(mention.head())) {
			Entity found = mostRecent(passage, offset, true, Set.of(), (entity) -> fitsDescription(entity, mention));
			if (found == null) {
				found = mostRecent(passage, offset, false, Set.of(), (entity) -> fitsDescription(entity, mention));
			}
			if (found != null) {
				found.absorb(mention);
				return found;
			}
			return create(mention);
		}
		for (int i = this.entities.size() - 1; i >= 0; i--) {
			Entity entity = this.entities.get(i);
			if (entity.origin() == Form.DESCRIPTION && mention.head().equals(entity.head())) {
				entity.absorb(mention);
				return entity;
			}
		}
		return create(mention);
	}

	private Entity create(Mention mention) {
		Entity entity = new Entity(this.entities.size(), mention);
		this.entities.add(entity);
		return entity;
	}

	private void record(Entity entity, int passage, int offset, boolean speaking) {
		this.history.add(new Entry(passage, offset, entity, speaking));
		this.lastSeen.merge(entity, passage * 100_000 + offset, Math::max);
	}

	private Entity mostRecent(int passage, int offset, boolean speakingOnly, Set<Entity> excluded,
			java.util.function.Predicate<Entity> fits) {
		Entry best = null;
		for (Entry entry : this.history) {
			boolean before = entry.passage() < passage || (entry.passage() == passage && entry.offset() < offset);
			if (!before || entry.passage() < passage - WINDOW || (speakingOnly && !entry.speaking())
					|| excluded.contains(entry.entity()) || !fits.test(entry.entity())) {
				continue;
			}
			if (best == null || entry.passage() > best.passage()
					|| (entry.passage() == best.passage() && entry.offset() > best.offset())) {
				best = entry;
			}
		}
		return (best != null) ? best.entity() : null;
	}

	private static boolean fitsPronoun(Entity entity, String pronoun, boolean speaking) {
		return switch (pronoun) {
			case "he" -> entity.fits(Gender.MALE, false) && (entity.person() || speaking && !entity.organisation());
			case "she" -> entity.fits(Gender.FEMALE, false) && (entity.person() || speaking && !entity.organisation());
			case "they" -> entity.plural() || entity.organisation();
			case "it" -> entity.organisation() && !entity.plural();
			default -> false;
		};
	}

	private static boolean fitsDescription(Entity entity, Mention mention) {
		if (mention.organisation()) {
			return entity.organisation() && !entity.plural();
		}
		return !entity.organisation() && entity.fits(mention.gender(), mention.plural());
	}

	/** One mention of an entity at a position, and whether it was a speaker there. */
	private record Entry(int passage, int offset, Entity entity, boolean speaking) {
	}

}

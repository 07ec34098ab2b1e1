package dev.articlequotes.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import dev.articlequotes.extraction.Mention.Form;
import dev.articlequotes.extraction.Mention.Gender;

/**
 * The entities of one article and the order they were mentioned in: links each mention to
 * an entity (names by their words, descriptions by their role noun, pronouns to the most
 * recent compatible mention outside quotations). The stages use it in turn: reporting
 * clauses link mentions ({@link #link}, {@link #linkAppositive}, {@link #linkPronoun},
 * {@link #nameDescription}, {@link #writer}); context rules record speech and look back
 * ({@link #recordSpeech}, {@link #lastSpeaker}, {@link #addressee}, {@link #entityOf});
 * nested quotations resolve without recording ({@link #resolveQuoted}, {@link #pronoun},
 * {@link #pronounInQuotation}, {@link #unidentifiedGroup}). Where entities were seen is
 * kept in a {@link MentionHistory}.
 */
final class Discourse {

	private final List<Entity> entities = new ArrayList<>();

	/** Where each entity was mentioned and spoke. */
	private final MentionHistory history = new MentionHistory();

	/** The entities with a name, by the keys of the name's words. */
	private final Map<String, List<Entity>> byNameKey = new HashMap<>();

	/** The latest entity first described with each role noun. */
	private final Map<String, Entity> byHead = new HashMap<>();

	private final Map<Mention, Entity> linked = new IdentityHashMap<>();

	private Entity unidentifiedGroup;

	private Entity writer;

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
				this.history.record(entity, passage, offset, speaking);
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
		return this.history.mostRecent(passage, offset, false, excluded,
				(entity) -> entity.gender() == gender && !entity.plural() && !entity.organisation());
	}

	/**
	 * Links an appositive ("X, a spokesman,") to the entity of the mention it describes.
	 */
	void linkAppositive(Mention mention, Entity anchor, int passage, int offset, boolean speaking) {
		if (mention.form() == Form.DESCRIPTION && !mention.isIndefinite() && mention.head() != null) {
			nameTheDescription(anchor, mention.name());
		}
		anchor.absorb(mention);
		indexName(anchor);
		this.linked.put(mention, anchor);
		this.history.record(anchor, passage, offset, speaking);
	}

	/**
	 * Links a pronoun to the subject of the previous sentence when it fits, as a pronoun
	 * in subject position usually continues the previous subject; otherwise as
	 * {@link #link}.
	 */
	Entity linkPronoun(Mention pronoun, Entity previousSubject, int passage, int offset, boolean speaking) {
		String lower = pronoun.text().toLowerCase(Locale.ROOT);
		if (previousSubject == null || pronoun.isFirstPerson() || !fitsPronoun(previousSubject, lower, speaking)) {
			return link(pronoun, passage, offset, speaking, false);
		}
		if (speaking) {
			previousSubject.learnGender(pronoun.gender());
		}
		this.linked.put(pronoun, previousSubject);
		this.history.record(previousSubject, passage, offset, speaking);
		return previousSubject;
	}

	/** Records that an entity speaks at a position (a quotation attributed to it). */
	void recordSpeech(Entity entity, int passage, int offset) {
		this.history.record(entity, passage, offset, true);
	}

	/**
	 * The most recent entity a pronoun can refer to before a position, preferring those
	 * that spoke, skipping the excluded ones; {@code null} when none fits.
	 */
	Entity pronoun(Mention pronoun, int passage, int offset, Set<Entity> excluded) {
		String lower = pronoun.text().toLowerCase(Locale.ROOT);
		if (pronoun.isFirstPerson()) {
			return null;
		}
		Entity found = this.history.mostRecent(passage, offset, true, excluded,
				(entity) -> fitsPronoun(entity, lower, true));
		if (found == null) {
			found = this.history.mostRecent(passage, offset, false, excluded,
					(entity) -> fitsPronoun(entity, lower, false));
		}
		return found;
	}

	/** The entity that spoke last in the passage before the offset, or {@code null}. */
	Entity lastSpeaker(int passage, int offset) {
		return this.history.lastSpeaker(passage, offset);
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

	/** The writer of the article, who speaks as "I" outside quotations. */
	Entity writer() {
		if (this.writer == null) {
			this.writer = Entity.writer(this.entities.size());
			this.entities.add(this.writer);
		}
		return this.writer;
	}

	/**
	 * The entity a kinship word or name used as a vocative refers to, or {@code null}.
	 */
	Entity addressee(String word) {
		String key = SourceWords.nameKey(word);
		String head = SourceWords.kinshipHead(key);
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
		List<String> keys = SourceWords.nameKeys(mention.name());
		Entity best = null;
		for (Entity entity : sharingANameKey(keys)) {
			List<String> known = entity.nameKeys();
			boolean holdsMention = known.containsAll(keys);
			boolean heldByMention = keys.containsAll(known);
			// "Trump University" is not Donald Trump, nor "Trump" the university
			boolean otherKind = holdsMention && !heldByMention && entity.organisation() && !mention.organisation()
					|| heldByMention && !holdsMention && mention.organisation() && !entity.organisation();
			if (!known.isEmpty() && (holdsMention || heldByMention) && !otherKind
					&& (best == null || this.history.seenLater(entity, best))) {
				best = entity;
			}
		}
		if (best == null) {
			best = create(mention);
		}
		else {
			best.absorb(mention);
			indexName(best);
		}
		if (mention.description() != null) {
			nameTheDescription(best, mention.description());
		}
		return best;
	}

	/**
	 * Merges a description into the name that follows it between commas ("Its chief
	 * executive, Ana Lima, said"), when they can be the same one.
	 */
	void nameDescription(Entity described, Entity named) {
		if (described.origin() == Form.DESCRIPTION && described.resolved() == described && described != named.resolved()
				&& !described.plural() && described.organisation() == named.organisation()
				&& described.gender().fits(named.gender())) {
			described.mergeInto(named);
		}
	}

	/**
	 * Merges an earlier definite description into the named entity when the name now
	 * comes with the same role: "the authority's leader said …" and later "Ana Lima, the
	 * authority's leader," or "Council leader Ana Lima". The role noun must be the same
	 * and the modifiers must not disagree: the same words, none on either side, or an
	 * organisation's possessive ("the authority's") against a capitalised modifier
	 * ("Council").
	 */
	private void nameTheDescription(Entity named, String role) {
		String[] words = SourceWords.words(role.toLowerCase(Locale.ROOT));
		String head = SourceWords.withoutPossessive(words[words.length - 1]);
		Entity described = this.byHead.get(head);
		if (described == null || described.resolved() != described || described == named.resolved()
				|| described.indefinite() || described.plural() || described.organisation()
				|| SourceWords.GENERIC_HEADS.contains(head) || !SourceWords.PERSON_ROLES.contains(head)
				|| !described.gender().fits(named.gender())) {
			return;
		}
		List<String> earlier = modifiers(described.name(), head);
		List<String> later = modifiers(role, head);
		boolean organisationsPossessive = earlier.size() == 1 && earlier.get(0).endsWith("'s")
				&& SourceWords.ORGANISATION_ROLES.contains(SourceWords.withoutPossessive(earlier.get(0)))
				&& !later.isEmpty() && Character.isUpperCase(role.charAt(0))
				&& later.stream().noneMatch((word) -> SourceWords.PERSON_ROLES.contains(word));
		if (earlier.isEmpty() || later.isEmpty() || earlier.equals(later) || organisationsPossessive) {
			described.mergeInto(named);
		}
	}

	/** The words of a role before its head noun, in lower case with ' for ’. */
	private static List<String> modifiers(String role, String head) {
		List<String> modifiers = new ArrayList<>();
		for (String word : SourceWords.words(role.toLowerCase(Locale.ROOT).replace('’', '\''))) {
			if (SourceWords.withoutPossessive(word).equals(head)) {
				break;
			}
			if (!SourceWords.DETERMINERS.contains(word)) {
				modifiers.add(word);
			}
		}
		return modifiers;
	}

	private Entity byDescription(Mention mention, int passage, int offset) {
		if (mention.isIndefinite()) {
			return create(mention);
		}
		boolean properModifier = Character.isUpperCase(mention.name().charAt(0));
		if (SourceWords.GENERIC_HEADS.contains(mention.head()) && !properModifier) {
			Entity found = this.history.mostRecentPreferringSpeakers(passage, offset,
					(entity) -> fitsDescription(entity, mention));
			if (found == null && mention.organisation()) {
				found = organisationReferredTo(mention, passage, offset);
			}
			if (found != null) {
				found.absorb(mention);
				return found;
			}
			return create(mention);
		}
		Entity described = (mention.head() != null) ? this.byHead.get(mention.head()) : null;
		if (described == null && mention.organisation() && !properModifier) {
			described = organisationReferredTo(mention, passage, offset);
		}
		if (described != null) {
			described.absorb(mention);
			return described;
		}
		return create(mention);
	}

	/**
	 * The named organisation a definite description refers back to ("the company", "the
	 * operator", "the council"), preferring one that spoke: an organisation whose name
	 * holds the role noun, or a name that may be a company's ("Westbay Ferries"), which
	 * is then typed as an organisation. {@code null} when none is in the window.
	 */
	private Entity organisationReferredTo(Mention mention, int passage, int offset) {
		Predicate<Entity> named = (entity) -> entity.origin() == Form.NAME && entity.organisation() && !entity.plural()
				&& entity.words().contains(mention.head());
		Entity found = this.history.mostRecentPreferringSpeakers(passage, offset, named);
		if (found == null && SourceWords.COMPANY_HEADS.contains(mention.head())) {
			found = this.history.mostRecent(passage, offset, true, Set.of(),
					(entity) -> entity.couldBeOrganisation() && !entity.organisation());
			if (found != null) {
				found.becomeOrganisation();
			}
		}
		return found;
	}

	private Entity create(Mention mention) {
		Entity entity = new Entity(this.entities.size(), mention);
		this.entities.add(entity);
		if (entity.origin() == Form.DESCRIPTION && entity.head() != null) {
			this.byHead.put(entity.head(), entity);
		}
		indexName(entity);
		return entity;
	}

	/** Indexes an entity under the keys of its name, which may have grown. */
	private void indexName(Entity entity) {
		for (String key : entity.nameKeys()) {
			List<Entity> named = this.byNameKey.computeIfAbsent(key, (k) -> new ArrayList<>());
			if (!named.contains(entity)) {
				named.add(entity);
			}
		}
	}

	/** The entities whose name shares a word with the keys, in the order created. */
	private List<Entity> sharingANameKey(List<String> keys) {
		List<Entity> found = new ArrayList<>();
		for (String key : keys) {
			for (Entity entity : this.byNameKey.getOrDefault(key, List.of())) {
				if (!found.contains(entity)) {
					found.add(entity);
				}
			}
		}
		found.sort(Comparator.comparingInt(Entity::order));
		return found;
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

}

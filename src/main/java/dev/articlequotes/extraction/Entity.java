package dev.articlequotes.extraction;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.articlequotes.extraction.Mention.Form;
import dev.articlequotes.extraction.Mention.Gender;

/**
 * Someone or something the article refers to, gathered from its mentions while the
 * pipeline reads the article. Mutable, and local to one extraction.
 */
final class Entity {

	private final int order;

	private String name;

	private String description;

	private final Form origin;

	private final String head;

	private final boolean indefinite;

	private Gender gender;

	private final boolean plural;

	private boolean organisation;

	private boolean person;

	private final Set<String> mentions = new LinkedHashSet<>();

	private List<String> nameKeys;

	/** The entity this one turned out to be ("the leader" later named), or itself. */
	private Entity sameAs = this;

	Entity(int order, Mention mention) {
		this.order = order;
		this.name = mention.name();
		this.description = mention.description();
		this.origin = mention.form();
		this.head = mention.head();
		this.indefinite = mention.isIndefinite();
		this.gender = mention.gender();
		this.plural = mention.plural();
		this.organisation = mention.organisation();
		this.person = mention.person();
		this.mentions.add(mention.text());
	}

	/** An entity for a group only known as "they" inside someone's words. */
	static Entity unidentifiedGroup(int order) {
		return new Entity(order,
				Mention.description(0, 0)
					.text("they")
					.name("unidentified group (they)")
					.head("they")
					.plural(true)
					.person(true)
					.build());
	}

	/** An entity for the writer of the article, who says "I" outside quotations. */
	static Entity writer(int order) {
		return new Entity(order, Mention.description(0, 0).named("the writer").head("writer").person(true).build());
	}

	/** Takes in another mention of this entity: a fuller name, a role, a gender. */
	void absorb(Mention mention) {
		this.mentions.add(mention.text());
		if (mention.form() == Form.NAME && this.origin == Form.NAME
				&& SourceWords.words(mention.name()).length > SourceWords.words(this.name).length) {
			this.name = mention.name();
			this.nameKeys = null;
		}
		if (this.description == null) {
			this.description = (mention.form() == Form.NAME || mention.description() != null) ? mention.description()
					: mention.name();
		}
		if (this.gender == Gender.UNKNOWN) {
			this.gender = mention.gender();
		}
		this.person |= mention.person() && mention.form() != Form.PRONOUN;
	}

	/**
	 * Records that this entity is the other one, which takes its mentions: a description
	 * later paired with a name.
	 */
	void mergeInto(Entity other) {
		Entity target = other.resolved();
		if (target == this) {
			return;
		}
		this.sameAs = target;
		this.mentions.forEach(target.mentions::add);
	}

	/** The entity this one was merged into, or itself. */
	Entity resolved() {
		Entity entity = this;
		while (entity.sameAs != entity) {
			entity = entity.sameAs;
		}
		return entity;
	}

	/**
	 * Types an entity taken for a person by its two capitalised words as an organisation.
	 */
	void becomeOrganisation() {
		this.organisation = true;
		this.person = false;
	}

	/**
	 * Whether the entity is a name with nothing marking it as a person (no title, role,
	 * gender or pronoun) that is one word or ends in a plural ("Westbay Ferries").
	 */
	boolean couldBeOrganisation() {
		return this.origin == Form.NAME && this.gender == Gender.UNKNOWN && this.description == null && !this.plural
				&& SourceWords.looksLikeOrganisationName(this.name);
	}

	/** Every word the entity was called by, in lower case. */
	Set<String> words() {
		Set<String> words = new java.util.HashSet<>(nameKeys());
		for (String mention : this.mentions) {
			words.addAll(SourceWords.nameKeys(mention));
		}
		if (this.description != null) {
			words.addAll(SourceWords.nameKeys(this.description));
		}
		if (this.head != null) {
			words.add(this.head);
		}
		return words;
	}

	/** Records what a resolved pronoun tells about the entity. */
	void learnGender(Gender gender) {
		if (this.gender == Gender.UNKNOWN) {
			this.gender = gender;
		}
		if (gender != Gender.UNKNOWN) {
			this.person = true;
			this.organisation = false;
		}
	}

	/** Whether a mention with this gender and number can refer to the entity. */
	boolean fits(Gender gender, boolean plural) {
		return this.gender.fits(gender) && (this.plural == plural || this.organisation && plural);
	}

	/** The keys of the name's words, for matching "Mr Lima" to "Ana Lima". */
	List<String> nameKeys() {
		if (this.nameKeys == null) {
			this.nameKeys = (this.origin == Form.NAME) ? SourceWords.nameKeys(this.name) : List.of();
		}
		return this.nameKeys;
	}

	int order() {
		return this.order;
	}

	String name() {
		return this.name;
	}

	String description() {
		return this.description;
	}

	Form origin() {
		return this.origin;
	}

	/** Whether the entity was introduced by an indefinite description ("a spokesman"). */
	boolean indefinite() {
		return this.indefinite;
	}

	String head() {
		return this.head;
	}

	Gender gender() {
		return this.gender;
	}

	boolean plural() {
		return this.plural;
	}

	boolean organisation() {
		return this.organisation;
	}

	boolean person() {
		return this.person;
	}

	List<String> mentions() {
		return List.copyOf(this.mentions);
	}

}

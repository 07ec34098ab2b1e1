package dev.articlequotes.extraction;

/**
 * A reference to a possible source in a passage: a name, a description or a pronoun.
 *
 * @param form whether it is a name, a description or a pronoun
 * @param first the index of its first token
 * @param last the index of its last token
 * @param text the words as written, without a possessive ending
 * @param name the name or description to show for it ("Ana Lima", "young soldier")
 * @param description the role or title that came with a name, or {@code null}
 * @param head the role noun of a description in lower case ("soldier"), or {@code null}
 * @param determiner the determiner before a description in lower case, or {@code null}
 * @param gender the grammatical gender it carries
 * @param plural whether it refers to several people
 * @param organisation whether it names an organisation or document
 * @param person whether it surely names a person
 * @param possessive whether it stands in the possessive ("Lind’s")
 */
record Mention(Form form, int first, int last, String text, String name, String description, String head,
		String determiner, Gender gender, boolean plural, boolean organisation, boolean person, boolean possessive) {

	/** What kind of reference a mention is. */
	enum Form {

		NAME, DESCRIPTION, PRONOUN

	}

	/** The gender a mention carries, as far as the words tell. */
	enum Gender {

		MALE, FEMALE, UNKNOWN;

		static Gender of(String lowerWord) {
			if (SourceWords.MALE.contains(lowerWord)) {
				return MALE;
			}
			return SourceWords.FEMALE.contains(lowerWord) ? FEMALE : UNKNOWN;
		}

		/**
		 * The gender of the last word from token {@code from} to {@code to} that has one
		 * ("his mother", "Mrs Lima").
		 */
		static Gender lastIn(java.util.List<Token> tokens, int from, int to) {
			for (int k = to; k >= from; k--) {
				Gender gender = of(tokens.get(k).bare());
				if (gender != UNKNOWN) {
					return gender;
				}
			}
			return UNKNOWN;
		}

		/**
		 * Whether a mention of this gender can refer to something of the other gender.
		 */
		boolean fits(Gender other) {
			return this == UNKNOWN || other == UNKNOWN || this == other;
		}

	}

	/**
	 * A name from token {@code first} to {@code last}, to be completed by the builder.
	 */
	static Builder name(int first, int last) {
		return new Builder(Form.NAME, first, last);
	}

	/** A description from token {@code first} to {@code last}. */
	static Builder description(int first, int last) {
		return new Builder(Form.DESCRIPTION, first, last);
	}

	/** A pronoun at a token, written as the text, spelt in lower case as the name. */
	static Builder pronoun(int token, String text) {
		String lower = text.toLowerCase(java.util.Locale.ROOT);
		return new Builder(Form.PRONOUN, token, token).text(text).name(lower).gender(Gender.of(lower));
	}

	/**
	 * This mention widened to start at an earlier token, to be changed further by the
	 * builder.
	 */
	Builder widenedTo(int first) {
		return new Builder(this.form, first, this.last).text(this.text)
			.name(this.name)
			.description(this.description)
			.head(this.head)
			.determiner(this.determiner)
			.gender(this.gender)
			.plural(this.plural)
			.organisation(this.organisation)
			.person(this.person)
			.possessive(this.possessive);
	}

	/** Whether the mention is a pronoun of the given lower-case spelling. */
	boolean isPronoun(String lower) {
		return this.form == Form.PRONOUN && this.text.equalsIgnoreCase(lower);
	}

	/** Whether the mention is "I" or "we". */
	boolean isFirstPerson() {
		return this.form == Form.PRONOUN
				&& SourceWords.FIRST_PERSON.contains(this.text.toLowerCase(java.util.Locale.ROOT));
	}

	/**
	 * Whether the mention is an indefinite description ("a spokesman", "another man").
	 */
	boolean isIndefinite() {
		return this.form == Form.DESCRIPTION && this.determiner != null
				&& SourceWords.INDEFINITE.contains(this.determiner);
	}

	/**
	 * Makes a mention by naming its parts; a part not given is {@code null}, unknown
	 * gender or {@code false}.
	 */
	static final class Builder {

		private final Form form;

		private final int first;

		private final int last;

		private String text;

		private String name;

		private String description;

		private String head;

		private String determiner;

		private Gender gender = Gender.UNKNOWN;

		private boolean plural;

		private boolean organisation;

		private boolean person;

		private boolean possessive;

		private Builder(Form form, int first, int last) {
			this.form = form;
			this.first = first;
			this.last = last;
		}

		Builder text(String text) {
			this.text = text;
			return this;
		}

		Builder name(String name) {
			this.name = name;
			return this;
		}

		/** The words as written and the name to show, the same words. */
		Builder named(String words) {
			return text(words).name(words);
		}

		Builder description(String description) {
			this.description = description;
			return this;
		}

		Builder head(String head) {
			this.head = head;
			return this;
		}

		Builder determiner(String determiner) {
			this.determiner = determiner;
			return this;
		}

		Builder gender(Gender gender) {
			this.gender = gender;
			return this;
		}

		Builder plural(boolean plural) {
			this.plural = plural;
			return this;
		}

		Builder organisation(boolean organisation) {
			this.organisation = organisation;
			return this;
		}

		Builder person(boolean person) {
			this.person = person;
			return this;
		}

		Builder possessive(boolean possessive) {
			this.possessive = possessive;
			return this;
		}

		Mention build() {
			return new Mention(this.form, this.first, this.last, this.text, this.name, this.description, this.head,
					this.determiner, this.gender, this.plural, this.organisation, this.person, this.possessive);
		}

	}

}

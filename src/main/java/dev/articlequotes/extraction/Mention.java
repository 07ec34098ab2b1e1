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
		 * Whether a mention of this gender can refer to something of the other gender.
		 */
		boolean fits(Gender other) {
			return this == UNKNOWN || other == UNKNOWN || this == other;
		}

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

}

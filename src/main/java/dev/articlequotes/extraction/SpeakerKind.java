package dev.articlequotes.extraction;

/**
 * What kind of source a speaker is.
 */
public enum SpeakerKind {

	/** A person the article names. */
	PERSON,

	/** A person the article only describes ("a spokesman", "his mother"). */
	DESCRIBED_PERSON,

	/** A company, party, government, newspaper or other body. */
	ORGANISATION,

	/** A group of people spoken of together ("they", "officials"). */
	GROUP

}

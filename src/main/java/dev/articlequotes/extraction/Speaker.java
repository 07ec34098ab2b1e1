package dev.articlequotes.extraction;

import java.util.List;
import java.util.Objects;

/**
 * Someone quoted in an article.
 *
 * @param id a slug of the name, unique in its article
 * @param name the fullest name the article gives, or the description it uses
 * @param description the role or title the article gives, or {@code null}
 * @param kind what kind of source the speaker is
 * @param mentions the forms the article uses for the speaker, as written
 * @param quoteCount how many of the article's quotations are the speaker's
 */
public record Speaker(String id, String name, String description, SpeakerKind kind, List<String> mentions,
		int quoteCount) {

	public Speaker {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("'id' must not be blank");
		}
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("'name' must not be blank");
		}
		Objects.requireNonNull(kind, "'kind' must not be null");
		mentions = List.copyOf(mentions);
		if (quoteCount < 0) {
			throw new IllegalArgumentException("'quoteCount' must not be negative");
		}
	}

}

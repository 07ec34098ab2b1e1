package dev.articlequotes.web;

import java.util.List;

import dev.articlequotes.extraction.Speaker;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A person or organisation quoted in an article.
 *
 * @param id the speaker's identifier, unique in its article
 * @param name the fullest name the article gives, or the description it uses
 * @param description the role or title the article gives, absent when it gives none
 * @param kind what kind of source the speaker is
 * @param mentions the forms the article uses for the speaker
 * @param quoteCount how many quotations are the speaker's
 */
@Schema(name = "Speaker")
record SpeakerResponse(String id, String name, String description, @Schema(allowableValues = {
		"person", "described-person", "organisation", "group" }) String kind, List<String> mentions, int quoteCount){

	static SpeakerResponse from(Speaker speaker) {
		return new SpeakerResponse(speaker.id(), speaker.name(), speaker.description(), WireNames.of(speaker.kind()),
				speaker.mentions(), speaker.quoteCount());
	}

}

package dev.articlequotes.web;

import dev.articlequotes.catalog.CatalogArticle;
import dev.articlequotes.extraction.Attribution;
import dev.articlequotes.extraction.Excerpt;
import dev.articlequotes.extraction.Quote;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A quotation and who said it.
 *
 * @param id the quotation's identifier, stable across restarts
 * @param article the slug of the article it is in
 * @param text the quoted words, without the quote marks
 * @param kind {@code direct} for a whole utterance, {@code partial} for a fragment in the
 * reporter's sentence, {@code nested} for a quotation inside another
 * @param speaker who said it; absent when the text does not say
 * @param section where it stands: the headline, the dek or the body
 * @param block the index of its block, when it stands in the body
 * @param start the offset of its first character in the block (or headline or dek)
 * @param end the offset just past its last character
 * @param parentId the enclosing quotation of a nested one
 * @param cue the words that report speech, such as "asks" in "she asks", when there are
 * any; the same as {@code attribution.cue.text}
 * @param attribution how the speaker was decided
 */
@Schema(name = "Quote")
record QuoteResponse(String id, String article, String text, @Schema(allowableValues = {
		"direct", "partial", "nested" }) String kind, SpeakerReference speaker,
		@Schema(allowableValues = { "title", "dek", "body" }) String section, Integer block, int start, int end,
		String parentId, String cue, AttributionResponse attribution){

	static QuoteResponse from(CatalogArticle article, Quote quote) {
		SpeakerReference speaker = (quote.speakerId() != null)
				? article.speaker(quote.speakerId()).map((s) -> new SpeakerReference(s.id(), s.name())).orElse(null)
				: null;
		return new QuoteResponse(quote.id(), article.slug(), quote.text(), WireNames.of(quote.kind()), speaker,
				WireNames.of(quote.section()), quote.block(), quote.start(), quote.end(), quote.parentId(), quote.cue(),
				AttributionResponse.from(quote.attribution()));
	}

	/**
	 * The speaker of a quotation.
	 *
	 * @param id the speaker's identifier
	 * @param name the speaker's name
	 */
	@Schema(name = "SpeakerReference")
	record SpeakerReference(String id, String name) {
	}

	/**
	 * The evidence for a quotation's speaker.
	 *
	 * @param rule the rule that decided, such as {@code reporting-clause-after};
	 * {@code unattributed} when none did
	 * @param cue the words that report speech, such as "asks" in "she asks", "said" or
	 * "according to", when the rule rests on any
	 * @param source the words that name or point at the speaker, such as "she" in "she
	 * asks"; for a quotation attributed by continuation or dialogue, where its speaker
	 * was last named or pointed at; present exactly when the quotation has a speaker
	 */
	@Schema(name = "Attribution")
	record AttributionResponse(String rule, ExcerptResponse cue, ExcerptResponse source) {

		static AttributionResponse from(Attribution attribution) {
			return new AttributionResponse(attribution.rule(), ExcerptResponse.from(attribution.cue()),
					ExcerptResponse.from(attribution.source()));
		}

	}

	/**
	 * Words of the article and where they stand.
	 *
	 * @param text the words
	 * @param section where they stand: the headline, the dek or the body
	 * @param block the index of their block, when they stand in the body
	 * @param start the offset of their first character in the block (or headline or dek)
	 * @param end the offset just past their last character
	 */
	@Schema(name = "Excerpt")
	record ExcerptResponse(String text, @Schema(allowableValues = {
			"title", "dek", "body" }) String section, Integer block, int start, int end){

		static ExcerptResponse from(Excerpt excerpt) {
			return (excerpt != null) ? new ExcerptResponse(excerpt.text(), WireNames.of(excerpt.section()),
					excerpt.block(), excerpt.start(), excerpt.end()) : null;
		}

	}

}

package dev.articlequotes.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingClausesTests {

	private static Quote only(ExtractedQuotes extracted) {
		assertThat(extracted.quotes()).hasSize(1);
		return extracted.quotes().get(0);
	}

	@Test
	void anInvertedClauseAfterTheQuotationShouldNameTheSpeaker() {
		ExtractedQuotes extracted = TestArticles.extract("“We will win on Sunday,” said coach Maria Lopez.");
		Quote quote = only(extracted);
		assertThat(TestArticles.speakerName(extracted, quote)).isEqualTo("Maria Lopez");
		assertThat(quote.attribution().rule()).isEqualTo("reporting-clause-after");
		assertThat(quote.cue()).isEqualTo("said");
		assertThat(quote.attribution().cue().start()).isEqualTo(25);
		assertThat(quote.attribution().source().text()).isEqualTo("coach Maria Lopez");
		assertThat(quote.attribution().source().start()).isEqualTo(30);
	}

	@Test
	void aSubjectWithAnAppositiveShouldSpeakAndKeepItsRole() {
		ExtractedQuotes extracted = TestArticles
			.extract("“Prices will rise,” Tom Baker, a spokesman for the Port Authority, said.");
		Quote quote = only(extracted);
		assertThat(TestArticles.speakerName(extracted, quote)).isEqualTo("Tom Baker");
		assertThat(extracted.speakers().get(0).description()).isEqualTo("spokesman for the Port Authority");
		assertThat(extracted.speakers().get(0).kind()).isEqualTo(SpeakerKind.PERSON);
	}

	@Test
	void aClauseBeforeAColonShouldNameTheSpeaker() {
		ExtractedQuotes extracted = TestArticles.extract("Engineer Anna Berg said: “The bridge is safe.”");
		Quote quote = only(extracted);
		assertThat(TestArticles.speakerName(extracted, quote)).isEqualTo("Anna Berg");
		assertThat(quote.attribution().rule()).isEqualTo("reporting-clause-before");
		assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
	}

	@Test
	void accordingToShouldNameTheSpeaker() {
		ExtractedQuotes extracted = TestArticles.extract("“Sales doubled last year,” according to Peter Holm.");
		Quote quote = only(extracted);
		assertThat(TestArticles.speakerName(extracted, quote)).isEqualTo("Peter Holm");
		assertThat(quote.attribution().rule()).isEqualTo("according-to");
	}

	@Test
	void aColonAfterAClauseWithoutASpeechVerbShouldGiveItsSubject() {
		ExtractedQuotes extracted = TestArticles
			.extract("In the ward, a tired nurse holds a phone to her ear: “We need more beds tonight.”");
		Quote quote = only(extracted);
		assertThat(TestArticles.speakerName(extracted, quote)).isEqualTo("tired nurse");
		assertThat(quote.attribution().rule()).isEqualTo("colon-introduction");
		assertThat(extracted.speakers().get(0).kind()).isEqualTo(SpeakerKind.DESCRIBED_PERSON);
	}

	@Test
	void aPronounRightAfterTheQuotationShouldMakeAnyVerbACue() {
		ExtractedQuotes extracted = TestArticles.extract("Ms Clara Voss looked at the report.",
				"“Where did the money go?” she frowns.");
		Quote quote = only(extracted);
		assertThat(TestArticles.speakerName(extracted, quote)).isEqualTo("Clara Voss");
		assertThat(quote.attribution().rule()).isEqualTo("pronoun-cue");
		assertThat(quote.cue()).isEqualTo("frowns");
		assertThat(quote.attribution().source().text()).isEqualTo("she");
	}

	@Test
	void anOrganisationStatementShouldHaveTheOrganisationAsSpeaker() {
		ExtractedQuotes extracted = TestArticles.extract("The Water Board said in a statement: “Supplies are normal.”");
		Quote quote = only(extracted);
		assertThat(TestArticles.speakerName(extracted, quote)).isEqualTo("Water Board");
		assertThat(extracted.speakers().get(0).kind()).isEqualTo(SpeakerKind.ORGANISATION);
	}

	@Test
	void cueVerbsShouldBeKnownInTheirInflections() {
		assertThat(CueVerbs.lemma("said")).isEqualTo("say");
		assertThat(CueVerbs.lemma("replies")).isEqualTo("reply");
		assertThat(CueVerbs.lemma("admitted")).isEqualTo("admit");
		assertThat(CueVerbs.lemma("describing")).isEqualTo("describe");
		assertThat(CueVerbs.lemma("walked")).isNull();
		assertThat(CueVerbs.isPassiveOnly("written")).isTrue();
	}

}

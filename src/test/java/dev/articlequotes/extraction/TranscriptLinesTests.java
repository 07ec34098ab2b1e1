package dev.articlequotes.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words whose speaker a news convention names without quote marks: transcript labels and
 * credit lines, on made-up articles.
 */
class TranscriptLinesTests {

	private static final String INTRO = "Governor Ada Brenner sat down with the host Tom Kiley on Sunday.";

	private static final String HOST_LINE = "KILEY: Will you sign the budget this week?";

	private static final String ANSWER_LINE = "BRENNER: Not as it stands. My aides told me, \"It is a wish list,\" and I agree.";

	@Test
	void transcriptLinesShouldBeTheirLabelledSpeakersWordsResolvedToTheNamesGivenEarlier() {
		ExtractedQuotes extracted = TestArticles.extract(INTRO, HOST_LINE, ANSWER_LINE);
		List<Quote> lines = extracted.quotes().stream().filter((quote) -> quote.parentId() == null).toList();
		assertThat(lines).extracting(Quote::text)
			.containsExactly("Will you sign the budget this week?",
					"Not as it stands. My aides told me, \"It is a wish list,\" and I agree.");
		assertThat(lines).extracting(Quote::kind).containsOnly(QuoteKind.DIRECT);
		assertThat(lines).extracting(Quote::id).containsExactly("q-1-7", "q-2-9");
		assertThat(lines).extracting((quote) -> TestArticles.speakerName(extracted, quote))
			.containsExactly("Tom Kiley", "Ada Brenner");
		Quote answer = lines.get(1);
		assertThat(answer.attribution().rule()).isEqualTo(TranscriptLines.LABEL_RULE);
		assertThat(answer.attribution().cue()).isNull();
		assertThat(answer.attribution().source())
			.isEqualTo(new Excerpt("BRENNER", Section.BODY, 2, 0, "BRENNER".length()));
	}

	@Test
	void aQuotationMarkedInsideATranscriptLineShouldBeNestedInIt() {
		ExtractedQuotes extracted = TestArticles.extract(INTRO, HOST_LINE, ANSWER_LINE);
		Quote nested = extracted.quotes()
			.stream()
			.filter((quote) -> quote.text().equals("It is a wish list,"))
			.findFirst()
			.orElseThrow();
		assertThat(nested.kind()).isEqualTo(QuoteKind.NESTED);
		assertThat(nested.parentId()).isEqualTo("q-2-9");
	}

	@Test
	void aLabelTheArticleNamesNowhereElseShouldBeANewSpeakerInTitleCase() {
		ExtractedQuotes extracted = TestArticles.extract("The two rivals met for a debate in the town hall.",
				"SEN. DOYLE: The bridge will be built on time.", "MR. O'HARA: It will not, and you know it.");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Doyle", "O'Hara");
		assertThat(extracted.speakers()).extracting(Speaker::description).containsExactly("Sen.", "Mr.");
		assertThat(extracted.quotes().get(1).attribution().source().text()).isEqualTo("MR. O'HARA");
	}

	@Test
	void aSingleLabelShouldBeReadWhenTheArticleNamesThatPerson() {
		ExtractedQuotes extracted = TestArticles.extract(INTRO, ANSWER_LINE);
		assertThat(extracted.quotes().get(0).text()).startsWith("Not as it stands.");
		assertThat(TestArticles.speakerName(extracted, extracted.quotes().get(0))).isEqualTo("Ada Brenner");
	}

	@Test
	void aSingleLabelNamingNobodyInTheArticleShouldNotBeRead() {
		ExtractedQuotes extracted = TestArticles.extract("HARBOURTON: The ferry will stop running in May.",
				"The operator blamed the cost of fuel.");
		assertThat(extracted.quotes()).isEmpty();
	}

	@Test
	void headingsAndInterviewLettersShouldNotBeTakenForLabels() {
		ExtractedQuotes extracted = TestArticles.extract(INTRO, "UPDATE: The vote was moved to Friday.",
				"EDITOR'S NOTE: This story has been corrected.", "Q: Will you sign it?", "A: Not yet.");
		assertThat(extracted.quotes()).isEmpty();
	}

	@Test
	void aLabelWithAFirstNameShouldJoinTheSpeakerOfThatFullName() {
		ExtractedQuotes extracted = TestArticles.extract(INTRO, "TOM KILEY: Will you sign it?", ANSWER_LINE);
		assertThat(extracted.quotes().get(0).attribution().source().text()).isEqualTo("TOM KILEY");
		assertThat(TestArticles.speakerName(extracted, extracted.quotes().get(0))).isEqualTo("Tom Kiley");
	}

	@Test
	void factBoxHeadingsOnSeveralParagraphsShouldNotBeTakenForLabels() {
		ExtractedQuotes extracted = TestArticles.extract("The fair returns to the park this summer.",
				"WHEN: Saturday, from noon.", "WHERE: Elm Park, by the lake.", "COST: Free for children.");
		assertThat(extracted.quotes()).isEmpty();
	}

	@Test
	void aCreditBetweenNoBreakSpacesShouldNameItsSpeaker() {
		ExtractedQuotes extracted = TestArticles
			.extract("“We never thought the river would come this high.”\u00A0― Joe Park\u00A0");
		assertThat(extracted.quotes().get(0).attribution().source().text()).isEqualTo("Joe Park");
	}

	@Test
	void aDashAndNameAfterAQuotationInsideNarrativeShouldNotBeACredit() {
		ExtractedQuotes extracted = TestArticles
			.extract("The manager said the shop would reopen, calling it \"a fresh start\" — Dan Ruiz, 52, disagreed.");
		assertThat(extracted.quotes()).extracting((quote) -> quote.attribution().rule())
			.doesNotContain(TranscriptLines.CREDIT_RULE);
	}

	@Test
	void aCreditLineAfterAQuotationShouldNameItsSpeaker() {
		ExtractedQuotes extracted = TestArticles.extract("Readers told us what the closure means to them.",
				"“I have taken that bus to work for twenty years.”", "― Maria Lopez, 34, of Ohio");
		Quote quote = extracted.quotes().get(0);
		assertThat(TestArticles.speakerName(extracted, quote)).isEqualTo("Maria Lopez");
		assertThat(quote.attribution().rule()).isEqualTo(TranscriptLines.CREDIT_RULE);
		assertThat(quote.attribution().source()).isEqualTo(new Excerpt("Maria Lopez", Section.BODY, 2, 2, 13));
	}

	@Test
	void aCreditInTheQuotationsOwnParagraphShouldNameItsSpeaker() {
		ExtractedQuotes extracted = TestArticles
			.extract("“We never thought the river would come this high.” — Joe Park, a farmer");
		Quote quote = extracted.quotes().get(0);
		assertThat(TestArticles.speakerName(extracted, quote)).isEqualTo("Joe Park");
		assertThat(quote.attribution().source().text()).isEqualTo("Joe Park");
	}

}

package dev.articlequotes.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NonQuotesTests {

	@Test
	void aNameAfterDubbedShouldNotBeAQuotation() {
		assertThat(TestArticles.extract("Fans set up a forum dubbed “Keep It Going” for the club.").quotes()).isEmpty();
	}

	@Test
	void aSpanInTitleCaseShouldNotBeAQuotation() {
		assertThat(TestArticles.extract("The crowd sang along to “The Long Road Home” at the fair.").quotes())
			.isEmpty();
	}

	@Test
	void aSloganNextToACampaignNounShouldNotBeAQuotation() {
		assertThat(TestArticles.extract("The city’s “wash your hands often” campaign starts today.").quotes())
			.isEmpty();
	}

	@Test
	void aShortScareQuoteWithoutSpeechShouldNotBeAQuotation() {
		assertThat(TestArticles.extract("The bakery sells “artisanal” bread to tourists.").quotes()).isEmpty();
	}

	@Test
	void aShortPhraseAfterAVerbOfCallingOrJudgingShouldBeAQuotation() {
		assertThat(texts("The senator called her rival a “serial bluffer” at the rally."))
			.containsExactly("serial bluffer");
		assertThat(texts("The union decried the “rigged” pay review on Monday.")).containsExactly("rigged");
		assertThat(texts("Farmers mocked the “green miracle” in the minister's plan."))
			.containsExactly("green miracle");
	}

	@Test
	void aShortPhraseNearANounForSomeonesWordsShouldBeAQuotation() {
		assertThat(texts("His remarks about the “broken” courts angered lawyers.")).containsExactly("broken");
		assertThat(texts("The accusation of “cronyism” followed the board for years.")).containsExactly("cronyism");
	}

	@Test
	void aShortScareQuoteNextToCallingForShouldStayOut() {
		assertThat(texts("Residents called for a review of the “quick swap” timetable at the depot.")).isEmpty();
	}

	@Test
	void aShortScareQuoteInAnotherSentenceThanTheSpeechShouldStayOut() {
		assertThat(texts("The mayor spoke at noon. The bakery sells “artisanal” bread to tourists.")).isEmpty();
	}

	@Test
	void aNameGivenBySomeoneShouldBeTheirWords() {
		assertThat(texts("She mocked the mayor, who she dubbed “the paper captain” in every debate."))
			.containsExactly("the paper captain");
	}

	@Test
	void wordsInTitleCaseRightAfterASpeechVerbShouldBeAQuotation() {
		assertThat(texts("The coach paused and said, “Never Again.”")).containsExactly("Never Again.");
	}

	@Test
	void aCapitalisedLabelNounShouldBePartOfANameNotMarkAWork() {
		assertThat(texts("The council said the remark by Dr. Ann Song “was not helpful” at all."))
			.containsExactly("was not helpful");
	}

	@Test
	void aTitleInsideANounPhraseShouldStayOutEvenBeforeAReportingClause() {
		assertThat(texts("On the network's “Morning Hour,” the senator said she would run again.")).isEmpty();
		assertThat(texts("“Morning Hour,” the senator said, “is my favourite show.”")).containsExactly("Morning Hour,",
				"is my favourite show.");
	}

	@Test
	void aClauseAfterALabelNounShouldBeAQuotationButANameShouldNot() {
		assertThat(texts("The minister tweeted that the plan “will not fix the roads and she knows it.”"))
			.containsExactly("will not fix the roads and she knows it.");
		assertThat(texts("Viewers loved the show “Harbour Lights” this winter.")).isEmpty();
	}

	@Test
	void aShortFragmentInReportedSpeechShouldBeAPartialQuotation() {
		ExtractedQuotes extracted = TestArticles.extract("Mayor Ana Ruiz said the plan was “reckless”.");
		assertThat(extracted.quotes()).singleElement().satisfies((quote) -> {
			assertThat(quote.text()).isEqualTo("reckless");
			assertThat(quote.kind()).isEqualTo(QuoteKind.PARTIAL);
			assertThat(TestArticles.speakerName(extracted, quote)).isEqualTo("Ana Ruiz");
		});
	}

	@Test
	void aHeadlineSloganRepeatedAsALabelInTheBodyShouldNotBeAQuotation() {
		ExtractedQuotes extracted = new QuoteExtractor().extract(TestArticles
			.article("‘Clean streets now’: the city tries again", "The “Clean streets now” campaign starts today."));
		assertThat(extracted.quotes()).isEmpty();
	}

	private static java.util.List<String> texts(String paragraph) {
		return TestArticles.extract(paragraph).quotes().stream().map(Quote::text).toList();
	}

}

package dev.articlequotes.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContextAttributionTests {

	@Test
	void aPronounShouldResolveToTheMostRecentMentionOfItsGender() {
		ExtractedQuotes extracted = TestArticles.extract("Mr Ortiz met Ms Park at the station.",
				"“It went well,” she said.");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Park");
	}

	@Test
	void aPronounShouldNotResolveToSomeoneWhoOnlyReadsTheWordsOut() {
		ExtractedQuotes extracted = TestArticles.extract(
				"Delegate Omar Hale rose to read a letter from a nurse in the capital.",
				"“We are exhausted,” she wrote.");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("nurse");
	}

	@Test
	void aQuotationWithoutCueShouldContinueThePreviousSpeakerOfItsParagraph() {
		ExtractedQuotes extracted = TestArticles
			.extract("“The harvest was poor,” said farmer Ana Ruiz. “We lost half.”");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Ana Ruiz", "Ana Ruiz");
		assertThat(extracted.quotes().get(1).attribution().rule()).isEqualTo("continuation");
	}

	@Test
	void aParagraphThatIsOnlyAQuotationShouldContinueThePreviousParagraph() {
		ExtractedQuotes extracted = TestArticles.extract("“The harvest was poor,” said farmer Ana Ruiz.",
				"“We will plant again in spring.”");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Ana Ruiz", "Ana Ruiz");
	}

	@Test
	void aQuotationRunningOnIntoAnAttributedOneShouldShareItsSpeaker() {
		ExtractedQuotes extracted = TestArticles
			.extract("\"The first part ends here. \"The second part follows,\" said Tom Baker.");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Tom Baker", "Tom Baker");
	}

	@Test
	void turnsOfATwoPartyDialogueShouldAlternate() {
		ExtractedQuotes extracted = TestArticles.extract("“Are you home?” asked Mr Lind.",
				"“Not yet,” replied Ms Vega.", "“Where are you?” asked Mr Lind.", "“At the station.”");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Lind", "Vega", "Lind", "Vega");
		assertThat(extracted.quotes().get(3).attribution().rule()).isEqualTo("dialogue-alternation");
	}

	@Test
	void aVocativeShouldNameTheAddresseeNotTheSpeaker() {
		ExtractedQuotes extracted = TestArticles.extract("“I am cold,” the young sailor wrote.",
				"“Are you warm enough?” his mother asked. “Mama, I am fine.”");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("young sailor", "mother", "young sailor");
	}

	@Test
	void aQuotationNoRuleAttributesShouldHaveNoSpeaker() {
		ExtractedQuotes extracted = TestArticles
			.extract("A sign on the old door read “Closed until further notice, sorry.”");
		assertThat(extracted.quotes()).singleElement().satisfies((quote) -> {
			assertThat(quote.speakerId()).isNull();
			assertThat(quote.attribution()).isEqualTo(Attribution.withoutCue(Attribution.UNATTRIBUTED));
		});
	}

	@Test
	void aNewIndefiniteDescriptionShouldStartANewSpeaker() {
		ExtractedQuotes extracted = TestArticles.extract("“The food ran out,” a Dutch man says.",
				"Elsewhere, another Dutch man speaks: “We were never hungry.”");
		assertThat(extracted.speakers()).hasSize(2);
	}

}

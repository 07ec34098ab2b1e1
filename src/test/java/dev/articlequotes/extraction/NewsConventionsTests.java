package dev.articlequotes.extraction;

import org.junit.jupiter.api.Test;

import dev.articlequotes.article.Article;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * News conventions added after the generalisation check, each on a made-up snippet.
 */
class NewsConventionsTests {

	@Test
	void aRelativeClauseBetweenCommasShouldNotHideTheSubject() {
		ExtractedQuotes extracted = TestArticles.extract(
				"The Green group on the board opposed it. Ola Brandt, who chairs the Green group, said the deal was \"a mistake\".");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Ola Brandt");
	}

	@Test
	void aRoleAfterAPossessiveShouldBeTheSpeaker() {
		ExtractedQuotes extracted = TestArticles
			.extract("Bus fares will rise in March, after the operator's director said it was \"the only way\".");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("operator's director");
	}

	@Test
	void anAbbreviatedTitleShouldStayWithItsName() {
		ExtractedQuotes extracted = TestArticles
			.extract("Sen. Mara Quist said the state would “find the money” for the repairs.");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Mara Quist");
		assertThat(extracted.speakers().get(0).description()).isEqualTo("Sen.");
	}

	@Test
	void aCapitalisedRoleInsideAProperNameShouldNotMakeADescription() {
		ExtractedQuotes extracted = TestArticles
			.extract("The council raised fees. The Small Business Federation said owners faced \"a bleak winter\".");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Small Business Federation");
		assertThat(extracted.speakers().get(0).kind()).isEqualTo(SpeakerKind.ORGANISATION);
	}

	@Test
	void aCapitalisedModifierShouldStartANewGroupRatherThanReferBack() {
		ExtractedQuotes extracted = TestArticles.extract("A regional council set the budget on Monday.",
				"The Liberal group said the plan was \"a shambles from start to finish\".");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Liberal group");
	}

	@Test
	void theWritersOwnQuestionShouldGoToTheWriterNotThePreviousSpeaker() {
		ExtractedQuotes extracted = TestArticles.extract("“The sea is calm today,” the fisherman says.",
				"“Is it always like this?” I ask him.");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("fisherman", "the writer");
	}

	@Test
	void anInvertedClauseWithAnIndefiniteRoleShouldNameThatPerson() {
		ExtractedQuotes extracted = TestArticles
			.extract("“We just wait,” said one evacuee, who gave only her first name, Rosa.");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("evacuee");
	}

	@Test
	void aDescriptionLaterNamedInAnAppositiveShouldBeOneSpeaker() {
		ExtractedQuotes extracted = TestArticles.extract(
				"Fares will rise after the board's chairman said it was \"the only option left\".",
				"Petra Lund, the board's chairman, said: \"Nobody wants this.\" Ms Lund added that she was \"deeply sorry\".");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Petra Lund", "Petra Lund", "Petra Lund");
	}

	@Test
	void aDescriptionLaterNamedWithItsRoleBeforeTheNameShouldBeOneSpeaker() {
		ExtractedQuotes extracted = TestArticles.extract(
				"Bins will be emptied fortnightly after the council's leader said weekly rounds were \"no longer affordable\".",
				"Council leader Omar Haddad said: \"We have run out of road.\"");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Omar Haddad", "Omar Haddad");
	}

	@Test
	void aDescriptionWithADifferentModifierShouldStayApart() {
		ExtractedQuotes extracted = TestArticles.extract(
				"The union's leader said the offer was \"an insult to every member\".",
				"Deputy leader Rosa Kemp said: \"We will ballot for strikes.\"");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("union's leader", "Rosa Kemp");
	}

	@Test
	void aCompanyNamedWithoutAnOrganisationWordShouldBeTheCompanyLaterOn() {
		ExtractedQuotes extracted = TestArticles.extract(
				"Northgate Buses said it \"sincerely apologised\" for the cancellations.",
				"\"We have hired forty new drivers,\" the company said.");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Northgate Buses", "Northgate Buses");
		assertThat(extracted.speakers().get(0).kind()).isEqualTo(SpeakerKind.ORGANISATION);
	}

	@Test
	void aStatementOrASpokesmanForANameShouldMakeItAnOrganisation() {
		ExtractedQuotes statement = TestArticles
			.extract("In a statement, Kestrel Motors said the recall was \"a precaution\".");
		assertThat(statement.speakers().get(0).kind()).isEqualTo(SpeakerKind.ORGANISATION);
		ExtractedQuotes spokesman = TestArticles.extract(
				"Brightwell Digital said the outage was \"regrettable\". A spokesman for Brightwell Digital said it was fixed.");
		assertThat(spokesman.speakers().get(0).kind()).isEqualTo(SpeakerKind.ORGANISATION);
	}

	@Test
	void aPersonWhoseStatementIsFollowedByHeShouldStayAPerson() {
		ExtractedQuotes extracted = TestArticles
			.extract("Owen Sparks runs a bakery in the square. \"It is a disgrace,\" Owen Sparks said in a statement. "
					+ "\"Nobody asked us,\" he added.");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Owen Sparks", "Owen Sparks");
		assertThat(extracted.speakers().get(0).kind()).isEqualTo(SpeakerKind.PERSON);
	}

	@Test
	void aNameWithACourtesyTitleElsewhereShouldStayAPerson() {
		ExtractedQuotes extracted = TestArticles.extract("Mr Sparks opened the shop in 1990.",
				"Owen Sparks said in a statement that the rent rise was \"the last straw\".");
		assertThat(extracted.speakers().get(0).kind()).isEqualTo(SpeakerKind.PERSON);
	}

	@Test
	void aPersonShouldNotBecomeTheCompany() {
		ExtractedQuotes extracted = TestArticles.extract("Mr Tom Hale said the plan was \"a disgrace\".",
				"\"We will appeal,\" the company said.");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Tom Hale", "company");
	}

	@Test
	void theAgentOfAPassiveSpeechVerbShouldBeTheSpeaker() {
		ExtractedQuotes extracted = TestArticles
			.extract("Tenants have been told by the Harbour Trust that repairs are \"some way off\".");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Harbour Trust");
	}

	@Test
	void accordingToLaterInTheSentenceShouldAttributeAFragment() {
		ExtractedQuotes extracted = TestArticles
			.extract("Pupils are \"falling behind\" in rural schools, according to the charity Brightpath.");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Brightpath");
	}

	@Test
	void aNameBetweenCommasAfterADescriptionShouldBeOneSpeaker() {
		ExtractedQuotes extracted = TestArticles.extract(
				"Its finance director, Rhoda Ince, said: \"The books are balanced.\" \"We owe nothing,\" she added.");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Rhoda Ince", "Rhoda Ince");
	}

	@Test
	void aMiddleInitialShouldNeitherCutTheNameNorEndTheSentence() {
		ExtractedQuotes extracted = TestArticles.extract(
				"“The vote is lost,” said Sen. Mara J. Quist (D-Ore.). Assistant U.S. Attorney Tobin R. Vale said the case was “closed.”");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Mara J. Quist", "Tobin R. Vale");
		assertThat(extracted.speakers()).extracting(Speaker::id).containsExactly("mara-quist", "tobin-vale");
	}

	@Test
	void aHeadlineShouldNameItsSpeakerWithoutTheWordsAfterTheName() {
		Article article = TestArticles.article("Mara Quist Defends Harbour Plan As Costs Rise",
				"On Monday, Quist said: “We will not back down.”",
				"Republican pollster Tobin Vale said the plan was “a loser with voters.”");
		ExtractedQuotes extracted = new QuoteExtractor().extract(article);
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Mara Quist", "Tobin Vale");
	}

	@Test
	void aPersonOfAPlaceShouldNotBeNamedAfterThePlace() {
		ExtractedQuotes extracted = TestArticles
			.extract("“We need the bridge,” said Sen. Mara Quist of New Corvale, who backs the bill.");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Mara Quist");
	}

	@Test
	void anOutletReportingTheWordsShouldBeTheirSource() {
		ExtractedQuotes extracted = TestArticles
			.extract("“The harbour is finished,” Mara Quist said, according to the Corvale Herald.");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Corvale Herald");
	}

}

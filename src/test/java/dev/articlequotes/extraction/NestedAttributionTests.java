package dev.articlequotes.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NestedAttributionTests {

	@Test
	void wordsTheyAreReportedToHaveSaidShouldGoToAGroup() {
		ExtractedQuotes extracted = TestArticles
			.extract("“Then they told us: ‘Stay inside.’ So we stayed,” the baker Ana Ruiz said.");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Ana Ruiz", "unidentified group (they)");
		Quote nested = extracted.quotes().get(1);
		assertThat(nested.kind()).isEqualTo(QuoteKind.NESTED);
		assertThat(nested.parentId()).isEqualTo(extracted.quotes().get(0).id());
		assertThat(nested.attribution().rule()).isEqualTo("nested-inner-clause");
	}

	@Test
	void wordsTheSpeakerSaysTheyToldSomeoneShouldBeTheSpeakers() {
		ExtractedQuotes extracted = TestArticles
			.extract("“I told my sister, ‘Call me later,’ and she did,” said Ana Ruiz.");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Ana Ruiz", "Ana Ruiz");
	}

	@Test
	void imaginedWordsShouldHaveNoSpeaker() {
		ExtractedQuotes extracted = TestArticles
			.extract("“People might think, ‘This is odd,’ but it works,” said Ana Ruiz.");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Ana Ruiz", "-");
		assertThat(extracted.quotes().get(1).attribution().rule()).isEqualTo("hypothetical");
	}

	@Test
	void rememberedOwnWordsShouldBeTheSpeakers() {
		ExtractedQuotes extracted = TestArticles
			.extract("“My first thought was, ‘Oh no, not again,’ to be honest,” said Ana Ruiz.");
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Ana Ruiz", "Ana Ruiz");
	}

}

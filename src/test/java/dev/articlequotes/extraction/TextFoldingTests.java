package dev.articlequotes.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFoldingTests {

	@Test
	void foldShouldGiveTheThreeSpellingsOfUUmlautOneForm() {
		assertThat(TextFolding.fold("Müller")).isEqualTo("muller");
		assertThat(TextFolding.fold("Mueller")).isEqualTo("muller");
		assertThat(TextFolding.fold("MULLER")).isEqualTo("muller");
	}

	@Test
	void foldShouldIgnoreCaseAccentsAndTheCurlyApostrophe() {
		assertThat(TextFolding.fold("Zoë Núñez")).isEqualTo("zoe nunez");
		assertThat(TextFolding.fold("can’t")).isEqualTo("can't");
	}

	@Test
	void foldShouldKeepPrefixes() {
		assertThat(TextFolding.fold("queen")).startsWith(TextFolding.fold("quee"))
			.startsWith(TextFolding.fold("qu"))
			.isEqualTo("quen");
	}

	@Test
	void wordsShouldBeFoldedWithApostrophesKeptInsideWords() {
		assertThat(TextFolding.words("“We can’t,” said Mr Müller-Lüdenscheidt.")).containsExactly("we", "can't", "said",
				"mr", "muller", "ludenscheidt");
	}

	@Test
	void speakerNamedInThreeSpellingsShouldBeOneSpeaker() {
		ExtractedQuotes extracted = TestArticles.extract("“We will appeal,” said Anna Müller, the firm’s lawyer.",
				"“The fine is unfair,” Mueller said.", "“We expect to win,” Muller added.");
		assertThat(extracted.speakers()).singleElement()
			.satisfies((speaker) -> assertThat(speaker.name()).isEqualTo("Anna Müller"));
		assertThat(TestArticles.speakerNames(extracted)).containsExactly("Anna Müller", "Anna Müller", "Anna Müller");
	}

}

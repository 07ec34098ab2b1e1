package dev.articlequotes.extraction;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.articlequotes.article.Article;
import dev.articlequotes.article.ArticleReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of {@link PolnearScorer} on made-up cases; every expected value is what
 * {@code ../shared/eval/polnear.py}'s functions return for the same input.
 */
class PolnearScorerTests {

	@Test
	void headShouldBeTheLastWordOfANameOrTheHeadNounOfADescription() {
		assertThat(PolnearText.head("Rep. Elijah Cummings, the top Democrat"))
			.isEqualTo(new PolnearText.Head("cummings", true));
		assertThat(PolnearText.head("a spokesman for the campaign"))
			.isEqualTo(new PolnearText.Head("spokesman", false));
		assertThat(PolnearText.head("a former spokesman, Oleg Voloshyn"))
			.isEqualTo(new PolnearText.Head("voloshyn", true));
		assertThat(PolnearText.head("Secretary of State John Kerry")).isEqualTo(new PolnearText.Head("kerry", true));
		assertThat(PolnearText.head("Bank of America")).isEqualTo(new PolnearText.Head("america", true));
		assertThat(PolnearText.head("Mr. Morgan of the Sierra Club")).isEqualTo(new PolnearText.Head("morgan", true));
		assertThat(PolnearText.head("Martin Luther King Jr.")).isEqualTo(new PolnearText.Head("king", true));
		assertThat(PolnearText.head("the ad’s narrator")).isEqualTo(new PolnearText.Head("narrator", false));
		assertThat(PolnearText.head("Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus"))
			.isEqualTo(new PolnearText.Head("butterfield", true));
		assertThat(PolnearText.head("they")).isEqualTo(new PolnearText.Head("they", false));
	}

	@Test
	void lastWordShouldDropSuffixesAndPossessivesAndFoldAccents() {
		assertThat(PolnearText.lastWord("Hillary Clinton")).isEqualTo("clinton");
		assertThat(PolnearText.lastWord("Lindsey Graham Says")).isEqualTo("says");
		assertThat(PolnearText.lastWord("John D")).isEqualTo("d");
		assertThat(PolnearText.lastWord("Martin Luther King Jr.")).isEqualTo("king");
		assertThat(PolnearText.lastWord("Trump’s")).isEqualTo("trump");
		assertThat(PolnearText.lastWord(null)).isEmpty();
		assertThat(PolnearText.lastWord("José Peña")).isEqualTo("pena");
		assertThat(PolnearText.hasWord("pena", "José Peña")).isTrue();
		assertThat(PolnearText.hasWord("cummings", "Elijah Cummings’s")).isTrue();
	}

	@Test
	void aCapitalisedWordOpeningASentenceShouldBeANameOnlyWhenTheArticleNeverWritesItInLowerCase() {
		assertThat(PolnearText.isName("Officials said it.\nLater, officials met.", "Officials", 0, "officials"))
			.isFalse();
		assertThat(PolnearText.isName("Officials said it.\nLater, they met.", "Officials", 0, "officials")).isTrue();
	}

	@Test
	void blockShouldBePlacedWithLooseWhitespaceWhenItIsNotInTheRawTextAsItIs() {
		String raw = "Title\n\nHe said  \u00A0\"it   was fine\" today.\n";
		int[] mapping = PolnearPlacement.place(raw, raw.replace('\u00A0', ' '), "He said \"it was fine\" today.", 0);
		List<Integer> expected = IntStream
			.concat(IntStream.concat(IntStream.rangeClosed(7, 14), IntStream.rangeClosed(17, 20)),
					IntStream.rangeClosed(23, 39))
			.boxed()
			.toList();
		assertThat(mapping).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
	}

	@Test
	void partsOfOneAttributionShouldBeMatchedAndCreditedToItsNamedSource() {
		String raw = "Mayor backs plan\n\n“We will build it,” Ana Ruiz said. “And soon.”\n\nCritics call it a “folly.”\n";
		Article article = new ArticleReader().read("test", "test.txt", raw).orElseThrow();
		PolnearGold.Span source = new PolnearGold.Span("Ana Ruiz", 38, 46);
		PolnearGold gold = new PolnearGold("test", "test",
				List.of(new PolnearGold.Quote("We will build it,", 19, 36, true, source, null, false),
						new PolnearGold.Quote("And soon.", 54, 63, true, source, null, false),
						new PolnearGold.Quote("folly.", 85, 91, false, null, null, false)));
		PolnearScorer.ArticleScore score = PolnearScorer.score(raw, gold, article,
				new QuoteExtractor().extract(article));
		assertThat(score.positives()).isEqualTo(2);
		assertThat(score.truePositives()).isEqualTo(2);
		assertThat(score.sourcesRight()).isEqualTo(2);
		assertThat(score.names()).isEqualTo(2);
		assertThat(score.namesNamed()).isEqualTo(2);
	}

	@Test
	void reprShouldQuoteAsPythonDoes() {
		assertThat(PolnearScorer.repr("O'Rourke")).isEqualTo("\"O'Rourke\"");
		assertThat(PolnearScorer.repr("a\u00A0b")).isEqualTo("'a\\xa0b'");
		assertThat(PolnearScorer.repr(null)).isEqualTo("None");
		assertThat(PolnearScorer.format(0.8700361)).isEqualTo("0.870");
		assertThat(PolnearScorer.format(0.0)).isEqualTo("0.000");
	}

}

package dev.articlequotes.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteMarkPairingTests {

	private final QuoteMarkPairing pairing = new QuoteMarkPairing();

	private List<String> texts(String text) {
		return this.pairing.pair(text).stream().map((span) -> span.text(text)).toList();
	}

	@Test
	void curlyDoubleQuotesShouldPairWithNestedCurlySingles() {
		String text = "“They said: ‘Stay inside.’ So we did,” the baker said.";
		List<QuoteSpan> spans = this.pairing.pair(text);
		assertThat(texts(text)).containsExactly("They said: ‘Stay inside.’ So we did,", "Stay inside.");
		assertThat(spans.get(1).parent()).isZero();
		assertThat(spans.get(0).isNested()).isFalse();
	}

	@Test
	void straightDoubleQuotesShouldToggleAndNestStraightSingles() {
		String text = "\"I told her 'run' then,\" she said. \"Fine.\"";
		assertThat(texts(text)).containsExactly("I told her 'run' then,", "run", "Fine.");
	}

	@Test
	void apostrophesShouldNotBeQuoteMarks() {
		String text = "“I don’t know O'Brien's dog or the soldiers’ camp,” he said. It's Tom's.";
		assertThat(texts(text)).containsExactly("I don’t know O'Brien's dog or the soldiers’ camp,");
	}

	@Test
	void aQuotationReopenedInTheSameLineShouldEndTheOpenOne() {
		String text = "\"The first part ends here. \"The second part follows,\" he said.";
		List<QuoteSpan> spans = this.pairing.pair(text);
		assertThat(texts(text)).containsExactly("The first part ends here.", "The second part follows,");
		assertThat(spans.get(0).reopened()).isTrue();
		assertThat(spans.get(1).reopened()).isFalse();
	}

	@Test
	void anUnclosedQuotationShouldEndWithItsParagraph() {
		String text = "“The river rose all night and the town waited ";
		List<QuoteSpan> spans = this.pairing.pair(text);
		assertThat(texts(text)).containsExactly("The river rose all night and the town waited");
		assertThat(spans.get(0).isClosed()).isFalse();
	}

	@Test
	void aTopLevelCurlySingleQuoteShouldPairAsInHeadlines() {
		assertThat(texts("‘Stay home’: council asks residents to wait")).containsExactly("Stay home");
	}

	@Test
	void offsetsShouldPointAtTheQuotedTextWithoutMarks() {
		String text = "He said “  spaced out  ” today.";
		QuoteSpan span = this.pairing.pair(text).get(0);
		assertThat(text.substring(span.start(), span.end())).isEqualTo("spaced out");
		assertThat(text.charAt(span.open())).isEqualTo('“');
		assertThat(text.charAt(span.close())).isEqualTo('”');
	}

	@Test
	void straightSingleQuotesInAHeadlineShouldPairAroundWords() {
		assertThat(headline("Minister 'will not' quit over report")).containsExactly("will not");
		assertThat(headline("'Huge losses' warning for airline")).containsExactly("Huge losses");
		assertThat(headline("Smith says firm 'let down' staff")).containsExactly("let down");
		assertThat(headline("Mayor: 'We were not warned'")).containsExactly("We were not warned");
	}

	@Test
	void apostrophesAndPossessivesInAHeadlineShouldNotPair() {
		assertThat(headline("TV's future down the O'Brien line")).isEmpty();
		assertThat(headline("Workers' pay 'will rise' says boss")).containsExactly("will rise");
		assertThat(headline("Shops don't expect 'record' sales")).containsExactly("record");
		assertThat(headline("Firm 'sorry for delays")).isEmpty();
	}

	@Test
	void straightSingleQuotesInTheBodyShouldStayApostrophes() {
		assertThat(texts("The minister 'will not' quit, aides said.")).isEmpty();
	}

	@Test
	void twoApostrophesShouldPairAsADoubleQuoteMark() {
		String text = "''We will not wait,'' the mayor said of the ''quick fix'' plan.";
		List<QuoteSpan> spans = this.pairing.pair(text);
		assertThat(texts(text)).containsExactly("We will not wait,", "quick fix");
		assertThat(text.substring(spans.get(0).open(), spans.get(0).start())).isEqualTo("''");
		assertThat(spans.get(0).outerEnd()).isEqualTo(text.indexOf(" the mayor"));
	}

	@Test
	void twoApostrophesShouldLeavePossessivesAndContractionsAlone() {
		String text = "''The voters' mood isn't the farmers' problem,'' she said. It's the Joneses' farm.";
		assertThat(texts(text)).containsExactly("The voters' mood isn't the farmers' problem,");
	}

	@Test
	void threeApostrophesShouldOpenOrCloseANestedSingleQuotation() {
		String text = "''He told me, 'Go home,''' she said. '''Not yet,' I said.''";
		assertThat(texts(text)).containsExactly("He told me, 'Go home,'", "Go home,", "'Not yet,' I said.", "Not yet,");
	}

	@Test
	void twoApostrophesShouldRunOnWhenAQuotationReopens() {
		String text = "''The first part ends here. ''The second part follows,'' he said.";
		assertThat(texts(text)).containsExactly("The first part ends here.", "The second part follows,");
	}

	@Test
	void attributeValuesOfMarkupShouldNotBeQuotations() {
		String text = "<post id=\"123\" author=\"@someone\">We are “ready” now</post> and <a href=\"http://x.test\">more</a>";
		assertThat(texts(text)).containsExactly("ready");
	}

	@Test
	void aLessThanSignThatOpensNoTagShouldNotHideMarks() {
		assertThat(texts("Turnout was < 40% and \"poor,\" she said.")).containsExactly("poor,");
	}

	@Test
	void aCurlyMarkTheWrongWayRoundShouldOpenOrCloseByItsPlace() {
		assertThat(texts("The firm asked for an “early review“ of the plan and “more time.”"))
			.containsExactly("early review", "more time.");
		assertThat(texts("”We will appeal,” the lawyer said.")).containsExactly("We will appeal,");
	}

	private List<String> headline(String text) {
		return this.pairing.pair(text, true).stream().map((span) -> span.text(text)).toList();
	}

}

package dev.articlequotes.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadabilityTests {

	private static final String JS_SPACES = " \t\n\r\f\u000B\u00A0\u1680\u2028\u2029\u202F\u205F\u3000\uFEFF";

	@Test
	void jsSpaceShouldBeExactlyWhatJavaScriptTrims() {
		for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
			boolean expected = JS_SPACES.indexOf(c) >= 0 || (c >= '\u2000' && c <= '\u200A');
			assertThat(Readability.isJsSpace((char) c)).as("U+%04X", c).isEqualTo(expected);
		}
	}

	@Test
	void blockSpaceShouldBeJavaScriptsSpacesAndJavasWhitespace() {
		for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
			boolean expected = Readability.isJsSpace((char) c) || Character.isWhitespace(c);
			assertThat(HtmlBlocks.isSpace((char) c)).as("U+%04X", c).isEqualTo(expected);
		}
	}

}

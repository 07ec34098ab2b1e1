package dev.articlequotes.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotations in the headline, on made-up articles.
 */
class HeadlineQuotesTests {

	@Test
	void aHeadlineQuoteEchoingABodyQuotationShouldTakeItsSpeaker() {
		ExtractedQuotes extracted = extract("'Huge losses' warning for airline",
				"Skyway chief executive Lena Marsh said the carrier expected \"huge losses this winter\".");
		Quote title = titleQuote(extracted);
		assertThat(title.text()).isEqualTo("Huge losses");
		assertThat(title.kind()).isEqualTo(QuoteKind.PARTIAL);
		assertThat(TestArticles.speakerName(extracted, title)).isEqualTo("Lena Marsh");
		assertThat(title.attribution().rule()).isEqualTo(HeadlineQuotes.ECHO);
	}

	@Test
	void aHeadlineNamingItsSpeakerShouldTakeTheMatchingBodySpeaker() {
		ExtractedQuotes extracted = extract("Minister 'will not' quit over report",
				"Health Minister Jon Vale said he had \"no intention of going anywhere\".",
				"Opposition leader Rita Moss said: \"He has lost the trust of nurses.\"");
		assertThat(TestArticles.speakerName(extracted, titleQuote(extracted))).isEqualTo("Jon Vale");
	}

	@Test
	void aHeadlineSpeakerNotQuotedInTheBodyShouldNotBeInvented() {
		ExtractedQuotes extracted = extract("Smith says firm 'let down' staff",
				"Workers at the plant said they were \"angry and tired\" after the closure.");
		Quote title = titleQuote(extracted);
		assertThat(title.text()).isEqualTo("let down");
		assertThat(title.speakerId()).isNull();
	}

	@Test
	void aHeadlineLabelThatTheBodyDoesNotQuoteShouldStayDropped() {
		ExtractedQuotes extracted = extract("Council backs 'green streets' plan",
				"The \"green streets\" scheme will plant 400 trees, the council said.");
		assertThat(extracted.quotes()).noneMatch((quote) -> quote.section() == Section.TITLE);
	}

	@Test
	void aOneWordHeadlineQuoteThatTheBodyDoesNotSupportShouldBeAScareQuote() {
		ExtractedQuotes extracted = extract("Regulator's 'tough' new rules for lenders",
				"Banks will have to hold more capital from April, the regulator said on Monday.");
		assertThat(extracted.quotes()).isEmpty();
	}

	@Test
	void aOneWordAnswerParagraphShouldBeKeptAsADirectQuote() {
		ExtractedQuotes extracted = TestArticles.extract("\"Do you ever get bored?\" I ask the ferryman.", "\"Never.\"",
				"The crossing takes ten minutes on a \"good\" day.");
		List<String> texts = extracted.quotes().stream().map(Quote::text).toList();
		assertThat(texts).containsExactly("Do you ever get bored?", "Never.");
	}

	private static ExtractedQuotes extract(String title, String... paragraphs) {
		return new QuoteExtractor().extract(TestArticles.article(title, paragraphs));
	}

	private static Quote titleQuote(ExtractedQuotes extracted) {
		return extracted.quotes()
			.stream()
			.filter((quote) -> quote.section() == Section.TITLE)
			.findFirst()
			.orElseThrow();
	}

}

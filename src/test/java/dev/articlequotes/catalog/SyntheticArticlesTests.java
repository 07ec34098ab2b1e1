package dev.articlequotes.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.articlequotes.article.Article;
import dev.articlequotes.article.ArticleReader;
import dev.articlequotes.extraction.Quote;
import dev.articlequotes.extraction.QuoteKind;
import dev.articlequotes.extraction.TextFolding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticArticlesTests {

	private final List<SyntheticArticles.Generated> articles = new SyntheticArticles(42).generate(0, 300);

	@Test
	void sameSeedShouldGenerateTheSameArticles() {
		assertThat(new SyntheticArticles(42).generate(0, 300)).isEqualTo(this.articles);
		assertThat(new SyntheticArticles(43).generate(0, 1).get(0).text()).isNotEqualTo(this.articles.get(0).text());
	}

	@Test
	void plantedQuotationsShouldStandAtTheirOffsetsAndHaveKnownSpeakers() {
		for (SyntheticArticles.Generated generated : this.articles) {
			assertThat(generated.planted().quotes()).isNotEmpty();
			List<String> speakerIds = generated.planted().speakers().stream().map((s) -> s.id()).toList();
			for (Quote quote : generated.planted().quotes()) {
				String block = generated.article().blocks().get(quote.block()).text();
				assertThat(block.substring(quote.start(), quote.end())).isEqualTo(quote.text());
				assertThat(speakerIds).contains(quote.speakerId());
			}
			int counted = generated.planted().speakers().stream().mapToInt((s) -> s.quoteCount()).sum();
			assertThat(counted).isEqualTo(generated.planted().quotes().size());
		}
	}

	@Test
	void fileTextShouldReadBackIntoTheGeneratedArticle() {
		ArticleReader reader = new ArticleReader();
		for (SyntheticArticles.Generated generated : this.articles.subList(0, 20)) {
			String name = generated.slug() + ".txt";
			Optional<Article> read = reader.read(generated.slug(), name,
					reader.decode(name, generated.text().getBytes(StandardCharsets.UTF_8)));
			assertThat(read).contains(generated.article());
		}
	}

	@Test
	void indexedQueriesShouldAnswerAsAScanOfThePlantedQuotationsWould() {
		Catalog catalog = new Catalog(this.articles.stream().map(SyntheticArticles.Generated::packedArticle).toList());
		for (SyntheticArticles.Generated generated : this.articles) {
			CatalogArticle article = catalog.article(generated.slug()).orElseThrow();
			for (var speaker : generated.planted().speakers()) {
				List<Quote> scanned = generated.planted()
					.quotes()
					.stream()
					.filter((quote) -> speaker.id().equals(quote.speakerId()))
					.toList();
				assertThat(article.quotes(new QuoteQuery(speaker.id(), null, null))).isEqualTo(scanned)
					.hasSize(speaker.quoteCount());
			}
			Quote first = generated.planted().quotes().get(0);
			String word = TextFolding.words(first.text()).get(0);
			List<Quote> scanned = generated.planted()
				.quotes()
				.stream()
				.filter((quote) -> TextFolding.words(quote.text()).stream().anyMatch((w) -> w.startsWith(word)))
				.toList();
			assertThat(article.quotes(new QuoteQuery(null, word, null))).isEqualTo(scanned).contains(first);
		}
	}

	@Test
	void queriesAcrossArticlesShouldAnswerAsEachArticleInTurnWould() {
		Catalog catalog = new Catalog(this.articles.stream().map(SyntheticArticles.Generated::packedArticle).toList());
		List<QuoteQuery> queries = new ArrayList<>();
		for (SyntheticArticles.Generated generated : this.articles.subList(0, 30)) {
			for (var speaker : generated.planted().speakers()) {
				queries.add(new QuoteQuery(speaker.id(), null, null));
				String[] nameWords = speaker.name().split(" ");
				queries.add(new QuoteQuery(nameWords[nameWords.length - 1].toUpperCase(Locale.ROOT), null, null));
				queries.add(new QuoteQuery(speaker.name().substring(1, Math.min(4, speaker.name().length())), null,
						QuoteKind.DIRECT));
			}
			List<String> words = TextFolding.words(generated.planted().quotes().get(0).text());
			queries.add(new QuoteQuery(null, words.get(0), null));
			queries.add(new QuoteQuery(null, words.get(words.size() - 1).substring(0, 1) + " " + words.get(0), null));
			queries.add(new QuoteQuery(generated.planted().speakers().get(0).id(), words.get(0), null));
		}
		queries.add(QuoteQuery.ALL);
		queries.add(new QuoteQuery(null, null, QuoteKind.PARTIAL));
		queries.add(new QuoteQuery("nobody-at-all", null, null));
		queries.add(new QuoteQuery(null, "zzzzzz", null));
		int nonEmpty = 0;
		for (QuoteQuery query : queries) {
			List<FoundQuote> inTurn = new ArrayList<>();
			for (CatalogArticle article : catalog.articles()) {
				article.quotes(query).forEach((quote) -> inTurn.add(new FoundQuote(article, quote)));
			}
			assertThat(catalog.quotes(query, null)).as(query.toString()).isEqualTo(inTurn);
			nonEmpty += inTurn.isEmpty() ? 0 : 1;
		}
		assertThat(nonEmpty).isGreaterThan(queries.size() / 2);
	}

}

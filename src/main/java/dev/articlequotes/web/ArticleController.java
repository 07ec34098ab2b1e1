package dev.articlequotes.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import dev.articlequotes.catalog.Catalog;
import dev.articlequotes.catalog.CatalogArticle;
import dev.articlequotes.catalog.QuoteQuery;
import dev.articlequotes.extraction.QuoteKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.annotation.Lazy;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Articles, their speakers and their quotations. Every operation's 200 example comes from
 * the bundled article, and the error responses they share are documented, by
 * {@link OpenApiConfiguration}.
 */
@RestController
// Created on the first request, so that it does not wait for the catalog, which is built
// in the background while the context starts
@Lazy
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
public class ArticleController {

	private static final String SLUG = "The article's slug: its file name without the extension.";

	private static final String SLUG_EXAMPLE = "russian-soldiers-who-dont-want-to-fight";

	private static final String PAGE = "The page to return, from 0.";

	private static final String SIZE = "How many items a page holds, from 1 to 100.";

	private static final String SPEAKER = "A speaker's id, or any part of a speaker's name; case and accents are "
			+ "ignored. At most 200 characters.";

	private static final String TEXT = "Words every returned quotation contains, each as a whole word or the start "
			+ "of one; case and accents are ignored. At most 200 characters.";

	private static final String KIND = "Only quotations of this kind: direct, partial or nested.";

	private final Catalog catalog;

	ArticleController(Catalog catalog) {
		this.catalog = catalog;
	}

	@Tag(name = "Articles")
	@Operation(operationId = "listArticles", summary = "List the articles",
			description = "Every loaded article with its title, dek and counts of paragraphs, speakers and quotes, "
					+ "ordered by slug.")
	@GetMapping("/articles")
	PageResponse<ArticleSummaryResponse> listArticles(
			@Parameter(description = PAGE) @RequestParam(defaultValue = "0") @Min(0) int page,
			@Parameter(description = SIZE) @RequestParam(
					defaultValue = PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
		return PageResponse.of(this.catalog.articles(), new PageRequest(page, size), ArticleSummaryResponse::from);
	}

	@Tag(name = "Articles")
	@Operation(operationId = "getArticle", summary = "Get a whole article",
			description = "The article's title, dek and metadata, its body as blocks in reading order (paragraphs "
					+ "and embeds), its speakers (most quoted first) and its quotations (in reading order), each "
					+ "with its speaker and the evidence for it.")
	@GetMapping("/articles/{slug}")
	ArticleResponse getArticle(@Parameter(description = SLUG, example = SLUG_EXAMPLE) @PathVariable String slug) {
		return ArticleResponse.from(article(slug));
	}

	@Tag(name = "Articles")
	@Operation(operationId = "getOnlyArticle", summary = "Get the article, when only one is loaded",
			description = "A shortcut for a service that serves one article, such as the bundled one. When none or "
					+ "several are loaded, answers 404 with a pointer to /api/articles.")
	@GetMapping("/article")
	ArticleResponse getOnlyArticle() {
		return ArticleResponse.from(this.catalog.onlyArticle()
			.orElseThrow(() -> NotFoundException.noSingleArticle(this.catalog.articles().size())));
	}

	@Tag(name = "Speakers")
	@Operation(operationId = "listSpeakers", summary = "List an article's speakers",
			description = "The people and organisations the article quotes, each with the number of its "
					+ "quotations, most quoted first.")
	@GetMapping("/articles/{slug}/speakers")
	PageResponse<SpeakerResponse> listSpeakers(
			@Parameter(description = SLUG, example = SLUG_EXAMPLE) @PathVariable String slug,
			@Parameter(description = PAGE) @RequestParam(defaultValue = "0") @Min(0) int page,
			@Parameter(description = SIZE) @RequestParam(
					defaultValue = PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
		return PageResponse.of(article(slug).speakers(), new PageRequest(page, size), SpeakerResponse::from);
	}

	@Tag(name = "Speakers")
	@Operation(operationId = "getSpeaker", summary = "Get one speaker of an article",
			description = "A speaker's name, description, kind, the forms the article uses for them, and their "
					+ "number of quotations.")
	@GetMapping("/articles/{slug}/speakers/{speakerId}")
	SpeakerResponse getSpeaker(@Parameter(description = SLUG, example = SLUG_EXAMPLE) @PathVariable String slug,
			@Parameter(
					description = "The speaker's id, as the speakers operation lists it.") @PathVariable String speakerId) {
		return SpeakerResponse
			.from(article(slug).speaker(speakerId).orElseThrow(() -> NotFoundException.speaker(slug, speakerId)));
	}

	@Tag(name = "Quotes")
	@Operation(operationId = "listArticleQuotes", summary = "List or search an article's quotations",
			description = "The article's quotations in reading order: optionally only one speaker's, only those "
					+ "containing some words, or only one kind. Filters combine.")
	@GetMapping("/articles/{slug}/quotes")
	PageResponse<QuoteResponse> listArticleQuotes(
			@Parameter(description = SLUG, example = SLUG_EXAMPLE) @PathVariable String slug,
			@Parameter(description = SPEAKER, example = "mother") @RequestParam(required = false) @Size(
					max = QuerySizes.MAX_SPEAKER) String speaker,
			@Parameter(description = TEXT) @RequestParam(required = false) @Size(max = QuerySizes.MAX_TEXT) String q,
			@Parameter(description = KIND,
					schema = @Schema(type = "string",
							allowableValues = { "direct", "partial", "nested" })) @RequestParam(
									required = false) QuoteKind kind,
			@Parameter(description = PAGE) @RequestParam(defaultValue = "0") @Min(0) int page,
			@Parameter(description = SIZE) @RequestParam(
					defaultValue = PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
		CatalogArticle article = article(slug);
		return PageResponse.of(article.quotes(new QuoteQuery(speaker, q, kind)), new PageRequest(page, size),
				(quote) -> QuoteResponse.from(article, quote));
	}

	@Tag(name = "Quotes")
	@Operation(operationId = "getQuote", summary = "Get one quotation",
			description = "A quotation with its speaker, its position in the article and the evidence for its "
					+ "speaker.")
	@GetMapping("/articles/{slug}/quotes/{quoteId}")
	QuoteResponse getQuote(@Parameter(description = SLUG, example = SLUG_EXAMPLE) @PathVariable String slug, @Parameter(
			description = "The quotation's id, as the quotations operations list it.") @PathVariable String quoteId) {
		CatalogArticle article = article(slug);
		return QuoteResponse.from(article,
				article.quote(quoteId).orElseThrow(() -> NotFoundException.quote(slug, quoteId)));
	}

	@Tag(name = "Quotes")
	@Operation(operationId = "searchQuotes", summary = "Search quotations across every article",
			description = "Quotations from every loaded article (or from one, with 'article'), by article slug then "
					+ "reading order, filtered as an article's quotations are.")
	@GetMapping("/quotes")
	PageResponse<QuoteResponse> searchQuotes(
			@Parameter(description = SPEAKER, example = "mother") @RequestParam(required = false) @Size(
					max = QuerySizes.MAX_SPEAKER) String speaker,
			@Parameter(description = TEXT) @RequestParam(required = false) @Size(max = QuerySizes.MAX_TEXT) String q,
			@Parameter(description = KIND,
					schema = @Schema(type = "string",
							allowableValues = { "direct", "partial", "nested" })) @RequestParam(
									required = false) QuoteKind kind,
			@Parameter(description = "Only the quotations of the article with this slug.") @RequestParam(
					required = false) @Size(max = QuerySizes.MAX_SPEAKER) String article,
			@Parameter(description = PAGE) @RequestParam(defaultValue = "0") @Min(0) int page,
			@Parameter(description = SIZE) @RequestParam(
					defaultValue = PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
		String slug = (article != null && !article.isBlank()) ? article : null;
		if (slug != null && this.catalog.article(slug).isEmpty()) {
			throw NotFoundException.article(slug);
		}
		return PageResponse.of(this.catalog.quotes(new QuoteQuery(speaker, q, kind), slug), new PageRequest(page, size),
				(found) -> QuoteResponse.from(found.article(), found.quote()));
	}

	private CatalogArticle article(String slug) {
		return this.catalog.article(slug).orElseThrow(() -> NotFoundException.article(slug));
	}

}

package dev.articlequotes.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.json.JsonMapper;

import dev.articlequotes.catalog.Catalog;

/**
 * Answers the quotations of an article's speaker as the service does when the response is
 * not yet rendered: the controller's method (catalog lookup, the page of quotations made
 * into response records) and the JSON bytes, written by a mapper configured as the
 * service's ({@code spring.jackson.default-property-inclusion=non_null}). For
 * {@code ScaleBenchmark}.
 */
public final class ServedQuotes {

	private final ArticleController controller;

	private final JsonMapper json = JsonMapper.builder()
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL)
			.withContentInclusion(JsonInclude.Include.NON_NULL))
		.build();

	public ServedQuotes(Catalog catalog) {
		this.controller = new ArticleController(catalog);
	}

	/**
	 * The body of {@code GET /api/articles/{slug}/quotes?speaker=…}, first page of the
	 * default size.
	 */
	public byte[] bySpeaker(String slug, String speaker) {
		return this.json.writeValueAsBytes(this.controller.listArticleQuotes(slug, speaker, null, null, 0,
				Integer.parseInt(PageRequest.DEFAULT_SIZE)));
	}

}

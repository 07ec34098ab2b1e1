package dev.articlequotes.web;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of a collection.
 *
 * @param <T> the type of the items
 * @param content the items of this page
 * @param page where this page stands in the collection
 */
record PageResponse<T>(List<T> content, PageMetadata page) {

	/** Cuts one page out of a whole collection and maps its items. */
	static <S, T> PageResponse<T> of(List<S> all, PageRequest request, Function<S, T> mapper) {
		int from = (int) Math.min((long) request.page() * request.size(), all.size());
		int to = Math.min(from + request.size(), all.size());
		List<T> content = all.subList(from, to).stream().map(mapper).toList();
		int totalPages = (all.size() + request.size() - 1) / request.size();
		return new PageResponse<>(content, new PageMetadata(request.size(), request.page(), all.size(), totalPages));
	}

	/**
	 * Where a page stands in its collection.
	 *
	 * @param size the requested page size
	 * @param number the page's number, from 0
	 * @param totalElements how many items the whole collection has
	 * @param totalPages how many pages the collection has at this size
	 */
	@Schema(name = "PageMetadata")
	record PageMetadata(int size, int number, long totalElements, int totalPages) {
	}

}

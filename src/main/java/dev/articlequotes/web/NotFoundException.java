package dev.articlequotes.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A 404 for something the catalog does not hold, as an RFC 9457 problem detail.
 */
class NotFoundException extends ErrorResponseException {

	private NotFoundException(String title, String detail) {
		super(HttpStatus.NOT_FOUND, problem(title, detail), null);
	}

	private static ProblemDetail problem(String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
		problem.setTitle(title);
		return problem;
	}

	static NotFoundException article(String slug) {
		return new NotFoundException("Article not found",
				"No article has the slug '" + slug + "'. GET /api/articles lists the articles.");
	}

	static NotFoundException speaker(String slug, String id) {
		return new NotFoundException("Speaker not found", "Article '" + slug + "' has no speaker with the id '" + id
				+ "'. GET /api/articles/" + slug + "/speakers lists them.");
	}

	static NotFoundException quote(String slug, String id) {
		return new NotFoundException("Quote not found", "Article '" + slug + "' has no quote with the id '" + id
				+ "'. GET /api/articles/" + slug + "/quotes lists them.");
	}

	/** No single article to serve: none or several are loaded. */
	static NotFoundException noSingleArticle(int loaded) {
		NotFoundException exception = new NotFoundException("No single article",
				loaded + " articles are loaded, so there is no single article: GET /api/articles lists them.");
		exception.getBody().setProperty("articles", URI.create("/api/articles"));
		return exception;
	}

}

package dev.articlequotes.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import static com.atlassian.oai.validator.mockmvc.OpenApiValidationMatchers.openApi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The service's own OpenAPI document, rendered as OpenAPI 3.0, as a validator of
 * responses: a status the operation does not document, or a body that does not match its
 * schema, is a failure. Requests are not checked, since the tests send bad ones on
 * purpose.
 */
final class OpenApiContract {

	private final OpenApiInteractionValidator validator;

	private OpenApiContract(String document) {
		this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
			.withLevelResolver(
					LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE).build())
			.build();
	}

	/** Reads the document the service serves at {@code /v3/api-docs}. */
	static OpenApiContract of(MockMvc mvc) throws Exception {
		String document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		assertThat(document).as("the test renders the document as OpenAPI 3.0").contains("\"openapi\":\"3.0");
		return new OpenApiContract(document);
	}

	/** Checks a GET exchange as the validator's MockMvc integration does. */
	ResultMatcher isValid() {
		return openApi().isValid(this.validator);
	}

	/**
	 * The contract violations of a response, checked against the GET operation of the
	 * given path (so that a 405 to another method is held to what the GET documents).
	 * @param path a concrete path of the operation, such as {@code /api/articles/x}
	 * @param response the response
	 * @return the violations, empty when the response keeps to the document
	 */
	List<String> violations(String path, MockHttpServletResponse response) {
		SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.getStatus());
		if (response.getContentType() != null) {
			builder.withContentType(response.getContentType());
		}
		for (String name : response.getHeaderNames()) {
			builder.withHeader(name, response.getHeaders(name));
		}
		byte[] body = response.getContentAsByteArray();
		if (body.length > 0) {
			builder.withBody(new String(body, StandardCharsets.UTF_8));
		}
		ValidationReport report = this.validator.validateResponse(path, Request.Method.GET, builder.build());
		return report.getMessages()
			.stream()
			.filter((message) -> message.getLevel() == ValidationReport.Level.ERROR)
			.map((message) -> message.getKey() + ": " + message.getMessage())
			.toList();
	}

}

package dev.articlequotes.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.articlequotes.catalog.BundledArticle;
import dev.articlequotes.catalog.Catalog;
import dev.articlequotes.catalog.CatalogArticle;
import dev.articlequotes.catalog.QuoteQuery;
import dev.articlequotes.extraction.Quote;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: title, description, version, licence, tags in reading order,
 * example responses taken from the bundled article, and the problem responses every
 * operation can give.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String PROBLEM_SCHEMA = "ProblemDetail";

	/** The order operations are listed in: from the list to the item, tag by tag. */
	private static final List<String> OPERATION_ORDER = List.of("listArticles", "getArticle", "getOnlyArticle",
			"listSpeakers", "getSpeaker", "listArticleQuotes", "getQuote", "searchQuotes");

	@Bean
	OpenAPI articleQuotesOpenApi(ObjectProvider<BuildProperties> build) {
		String version = build.stream().map(BuildProperties::getVersion).findFirst().orElse("development");
		return new OpenAPI()
			.info(new Info().title("article-quotes API")
				.version(version)
				.description("A news article as an API: the full article, the people quoted in it, and every "
						+ "quotation with who said it and the evidence for it. Quotations and speakers are "
						+ "extracted from the text by the service's own pipeline. Errors are RFC 9457 problem "
						+ "details (application/problem+json).")
				.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
			// Relative, so that Swagger UI's "Try it out" calls whichever host and port
			// served it
			.servers(List.of(new Server().url("/").description("The service that serves this document")))
			// A public, read-only API: no operation needs credentials
			.security(List.of())
			.tags(List.of(new Tag().name("Articles").description("Whole articles and the list of articles"),
					new Tag().name("Speakers").description("The people and organisations an article quotes"),
					new Tag().name("Quotes").description("Quotations, by article, speaker, words or kind")));
	}

	@Bean
	OpenApiCustomizer examplesAndProblems(ObjectProvider<Catalog> catalog, JsonMapper jsonMapper) {
		// The catalog is built in the background at start-up: taken when the document is
		// first built, not when springdoc collects its customizers
		return (openApi) -> {
			openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
			CatalogArticle bundled = catalog.getObject().article(BundledArticle.SLUG).orElseGet(BundledArticle::load);
			Map<String, Object> examples = examples(bundled, jsonMapper);
			Map<String, String> idExamples = idExamples(bundled);
			openApi.getPaths().values().forEach((path) -> path.readOperations().forEach((operation) -> {
				Object example = examples.get(operation.getOperationId());
				MediaType ok = okMediaType(operation);
				if (example != null && ok != null) {
					ok.setExample(example);
				}
				if (operation.getParameters() != null) {
					operation.getParameters()
						.stream()
						.filter((parameter) -> idExamples.containsKey(parameter.getName()))
						.forEach((parameter) -> parameter.setExample(idExamples.get(parameter.getName())));
				}
				addCaching(operation);
				addProblems(operation);
			}));
		};
	}

	@Bean
	OpenApiCustomizer operationsInReadingOrder() {
		return (openApi) -> {
			Paths ordered = new Paths();
			openApi.getPaths()
				.entrySet()
				.stream()
				.sorted(Comparator.comparingInt((entry) -> readingOrder(entry.getValue())))
				.forEach((entry) -> ordered.addPathItem(entry.getKey(), entry.getValue()));
			openApi.setPaths(ordered);
		};
	}

	private static int readingOrder(PathItem path) {
		return path.readOperations()
			.stream()
			.mapToInt((operation) -> OPERATION_ORDER.indexOf(operation.getOperationId()))
			.map((index) -> (index >= 0) ? index : OPERATION_ORDER.size())
			.min()
			.orElse(OPERATION_ORDER.size());
	}

	private static MediaType okMediaType(Operation operation) {
		ApiResponse ok = (operation.getResponses() != null) ? operation.getResponses().get("200") : null;
		if (ok == null || ok.getContent() == null) {
			return null;
		}
		return ok.getContent().values().stream().findFirst().orElse(null);
	}

	/**
	 * Example bodies of each operation, rendered from the bundled article as the API
	 * renders it.
	 */
	private static Map<String, Object> examples(CatalogArticle bundled, JsonMapper jsonMapper) {
		PageRequest firstPage = new PageRequest(0, Integer.parseInt(PageRequest.DEFAULT_SIZE));
		List<Quote> motherQuotes = bundled.quotes(new QuoteQuery("mother", null, null));
		List<Quote> exampleQuotes = motherQuotes.isEmpty() ? bundled.quotes().stream().limit(2).toList() : motherQuotes;
		Function<Quote, QuoteResponse> quote = (q) -> QuoteResponse.from(bundled, q);
		Map<String, Object> examples = new LinkedHashMap<>();
		examples.put("listArticles", PageResponse.of(List.of(bundled), firstPage, ArticleSummaryResponse::from));
		examples.put("getArticle", ArticleResponse.from(bundled));
		examples.put("getOnlyArticle", ArticleResponse.from(bundled));
		examples.put("listSpeakers", PageResponse.of(bundled.speakers(), firstPage, SpeakerResponse::from));
		bundled.speakers().stream().findFirst().ifPresent((s) -> examples.put("getSpeaker", SpeakerResponse.from(s)));
		examples.put("listArticleQuotes", PageResponse.of(exampleQuotes, firstPage, quote));
		examples.put("searchQuotes", PageResponse.of(exampleQuotes, firstPage, quote));
		bundled.quotes()
			.stream()
			.findFirst()
			.ifPresent((q) -> examples.put("getQuote", QuoteResponse.from(bundled, q)));
		Map<String, Object> trees = new LinkedHashMap<>();
		examples.forEach((operationId, body) -> trees.put(operationId, jsonMapper.convertValue(body, Map.class)));
		return trees;
	}

	/**
	 * Ids of the bundled article's most quoted speaker and first quotation, so that "Try
	 * it out" on a single speaker or quotation finds one.
	 */
	private static Map<String, String> idExamples(CatalogArticle bundled) {
		Map<String, String> examples = new LinkedHashMap<>();
		bundled.speakers().stream().findFirst().ifPresent((speaker) -> examples.put("speakerId", speaker.id()));
		bundled.quotes().stream().findFirst().ifPresent((quote) -> examples.put("quoteId", quote.id()));
		return examples;
	}

	/**
	 * Documents conditional GET: every 200 carries a strong ETag and Cache-Control, and a
	 * matching If-None-Match answers 304 with no body.
	 */
	private static void addCaching(Operation operation) {
		ApiResponse ok = operation.getResponses().get("200");
		if (ok != null) {
			ok.addHeaderObject("ETag",
					new Header()
						.description("A strong validator of this response's bytes; send it back in If-None-Match")
						.schema(new StringSchema().example("\"5d41402abc4b2a76b9719d911017c592\"")));
			ok.addHeaderObject("Cache-Control",
					new Header().description("How long caches may keep the response: the data only changes on restart")
						.schema(new StringSchema().example("public, max-age=300")));
		}
		operation.getResponses()
			.addApiResponse("304", new ApiResponse()
				.description("Not Modified: the If-None-Match request header matched the current ETag; no body"));
	}

	private static void addProblems(Operation operation) {
		ApiResponses responses = operation.getResponses();
		boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
		if (hasParameters) {
			responses.addApiResponse("400",
					problem("A parameter is invalid, such as page=-1 or size=1000", 400, "Invalid request parameters",
							"Invalid request parameters: size must be less than or equal to 100."));
		}
		responses.addApiResponse("404", problem("No such article, speaker or quotation", 404, "Article not found",
				"No article has the slug 'unknown'. GET /api/articles lists the articles."));
		responses.addApiResponse("405", problem("Only GET, HEAD and OPTIONS are allowed; the Allow header lists them",
				405, "Method Not Allowed", "Method 'POST' is not supported."));
		responses.addApiResponse("406", problem("The Accept header asks for a type the API cannot give", 406,
				"Not Acceptable", "Acceptable representations: [application/json, application/*+json]."));
	}

	private static ApiResponse problem(String description, int status, String title, String detail) {
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("type", "about:blank");
		example.put("title", title);
		example.put("status", status);
		example.put("detail", detail);
		example.put("instance", "/api/articles/unknown");
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))
						.example(example)));
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		Schema<?> schema = new ObjectSchema().description("An RFC 9457 problem detail")
			.addProperty("type", new StringSchema().description("A URI that identifies the problem type"))
			.addProperty("title", new StringSchema().description("A short summary of the problem type"))
			.addProperty("status", new IntegerSchema().description("The HTTP status code"))
			.addProperty("detail", new StringSchema().description("What went wrong with this request"))
			.addProperty("instance", new StringSchema().description("The path of the request"));
		schema.setAdditionalProperties(Boolean.TRUE);
		return schema;
	}

}

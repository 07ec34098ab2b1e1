package dev.articlequotes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ArticleQuotesApplicationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private JsonMapper jsonMapper;

	@Test
	void apiDocsShouldDocumentEveryOperationWithSummaryDescriptionExampleAndProblems() throws Exception {
		HttpResponse<String> response = get("/v3/api-docs");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode document = this.jsonMapper.readTree(response.body());
		assertThat(document.path("info").path("title").asString()).isEqualTo("article-quotes API");
		List<String> operationIds = new ArrayList<>();
		for (JsonNode path : document.path("paths")) {
			for (JsonNode operation : path) {
				String id = operation.path("operationId").asString();
				operationIds.add(id);
				assertThat(operation.path("summary").asString()).as(id).isNotBlank();
				assertThat(operation.path("description").asString()).as(id).isNotBlank();
				assertThat(
						operation.path("responses").path("200").path("content").path("application/json").has("example"))
					.as("%s has an example", id)
					.isTrue();
				assertThat(operation.path("responses").path("404").path("content").has("application/problem+json"))
					.as("%s documents its 404 as a problem", id)
					.isTrue();
				for (JsonNode parameter : operation.path("parameters")) {
					assertThat(parameter.path("description").asString()).as(id + " " + parameter.path("name"))
						.isNotBlank();
				}
			}
		}
		assertThat(operationIds).containsExactlyInAnyOrder("listArticles", "getArticle", "getOnlyArticle",
				"listSpeakers", "getSpeaker", "listArticleQuotes", "getQuote", "searchQuotes");
	}

	@Test
	void articleExampleShouldBeTheBundledArticle() throws Exception {
		JsonNode document = this.jsonMapper.readTree(get("/v3/api-docs").body());
		JsonNode example = document.path("paths")
			.path("/api/articles/{slug}")
			.path("get")
			.path("responses")
			.path("200")
			.path("content")
			.path("application/json")
			.path("example");
		assertThat(example.path("slug").asString()).isEqualTo("russian-soldiers-who-dont-want-to-fight");
		assertThat(example.path("blocks").size()).isEqualTo(18);
	}

	@Test
	void swaggerUiShouldBeServed() throws Exception {
		HttpResponse<String> response = get("/swagger-ui/index.html");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("swagger-ui");
	}

	@Test
	void actuatorShouldExposeOnlyHealthAndInfo() throws Exception {
		assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
		assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
		assertThat(get("/actuator/beans").statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}

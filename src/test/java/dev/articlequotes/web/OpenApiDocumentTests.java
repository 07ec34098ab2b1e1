package dev.articlequotes.web;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import dev.articlequotes.Requirements;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the running service serves: the Java client is generated from a
 * snapshot of it, which must stay identical, and it passes Redocly's recommended rules.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OpenApiDocumentTests {

	/** The document as served, for people and for the linter. */
	static final Path SERVED = Path.of("target", "openapi.json");

	/** What the Maven build generates the Java client from. */
	static final Path SNAPSHOT = Path.of("src", "test", "openapi", "api-docs.json");

	/** The Redocly CLI version .ci/run installs, pinned so that the rules do not move. */
	static final String REDOCLY_VERSION = "2.77.0";

	private static final Set<String> EXAMPLES = Set.of("example", "examples");

	@LocalServerPort
	private int port;

	@Autowired
	private JsonMapper jsonMapper;

	@Test
	void servedDocumentShouldMatchTheSnapshotTheClientIsGeneratedFrom() throws IOException {
		JsonNode served = writeServedDocument();
		List<String> differences = new ArrayList<>();
		differences(this.jsonMapper.readTree(SNAPSHOT.toFile()), served, "", differences);
		assertThat(differences)
			.as("%s differs from the served document at these JSON pointers; if the change is "
					+ "intended, cp %s %s and rebuild the client", SNAPSHOT, SERVED, SNAPSHOT)
			.isEmpty();
	}

	/**
	 * Collects the JSON pointers where two documents differ, at most 20. Examples are
	 * left out: they are rendered from the bundled article, change whenever extraction
	 * improves, and do not shape the generated client.
	 */
	private static void differences(JsonNode expected, JsonNode actual, String pointer, List<String> found) {
		if (found.size() >= 20 || expected.equals(actual)) {
			return;
		}
		if (expected.isObject() && actual.isObject()) {
			Set<String> names = new TreeSet<>();
			expected.properties().forEach((property) -> names.add(property.getKey()));
			actual.properties().forEach((property) -> names.add(property.getKey()));
			names.removeAll(EXAMPLES);
			for (String name : names) {
				String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
				if (!expected.has(name) || !actual.has(name)) {
					found.add(child + (expected.has(name) ? " only in the snapshot" : " only in the served document"));
				}
				else {
					differences(expected.get(name), actual.get(name), child, found);
				}
			}
		}
		else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
			for (int i = 0; i < expected.size(); i++) {
				differences(expected.get(i), actual.get(i), pointer + "/" + i, found);
			}
		}
		else {
			found.add(pointer + ": " + abbreviate(expected) + " became " + abbreviate(actual));
		}
	}

	private static String abbreviate(JsonNode node) {
		String text = node.toString();
		return (text.length() > 80) ? text.substring(0, 77) + "..." : text;
	}

	@Test
	void servedDocumentShouldPassRedoclysRecommendedRulesWithoutWarnings() throws Exception {
		writeServedDocument();
		List<String> command = redocly();
		command.addAll(List.of("lint", SERVED.toString(), "--config", "redocly.yaml", "--format", "json"));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		JsonNode totals = this.jsonMapper.readTree(output.substring(output.indexOf('{'))).get("totals");
		assertThat(totals.get("errors").asInt()).as("errors in %s", output).isZero();
		assertThat(totals.get("warnings").asInt()).as("warnings in %s", output).isZero();
		assertThat(process.exitValue()).isZero();
	}

	private JsonNode writeServedDocument() throws IOException {
		JsonNode served = RestClient.create("http://localhost:" + this.port)
			.get()
			.uri("/v3/api-docs")
			.retrieve()
			.body(JsonNode.class);
		Files.createDirectories(SERVED.getParent());
		Files.writeString(SERVED, this.jsonMapper.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
		return served;
	}

	/** The installed {@code redocly}, else {@code npx} fetching the pinned version. */
	private static List<String> redocly() {
		if (onPath("redocly")) {
			return new ArrayList<>(List.of("redocly"));
		}
		Requirements.assumeOrFail(onPath("npx"), "redocly or npx on the PATH for the OpenAPI lint (npm install -g "
				+ "@redocly/cli@" + REDOCLY_VERSION + "; .ci/run installs it)");
		return new ArrayList<>(List.of("npx", "--yes", "@redocly/cli@" + REDOCLY_VERSION));
	}

	private static boolean onPath(String command) {
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (String directory : path.split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(directory, command))) {
				return true;
			}
		}
		return false;
	}

}

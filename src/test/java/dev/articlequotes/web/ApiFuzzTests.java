package dev.articlequotes.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import dev.articlequotes.catalog.BundledArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

/**
 * Every path variable and query parameter of every operation, fed known-bad values from a
 * fixed corpus and from a seeded random generator: never a 5xx, always a status the
 * OpenAPI document gives for the operation, a body that validates against it, and on an
 * error a problem detail without exception text. A run prints its one seed and a failure
 * names it; replay the run with {@code -Dfuzz.seed=<seed>}.
 */
@SpringBootTest(properties = "springdoc.api-docs.version=openapi_3_0")
@AutoConfigureMockMvc
class ApiFuzzTests {

	static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());

	private static final String REPLAY = "seed " + SEED + ", replay with -Dfuzz.seed=" + SEED;

	private static final int RANDOM_CASES = 400;

	private static final List<Operation> OPERATIONS = List
		.of(new Operation("listArticles", "/api/articles", "page", "size"),
				new Operation("getArticle", "/api/articles/{slug}"), new Operation("getOnlyArticle", "/api/article"),
				new Operation("listSpeakers", "/api/articles/{slug}/speakers", "page", "size"),
				new Operation("getSpeaker", "/api/articles/{slug}/speakers/{speakerId}"),
				new Operation("listArticleQuotes", "/api/articles/{slug}/quotes", "speaker", "q", "kind", "page",
						"size"),
				new Operation("getQuote", "/api/articles/{slug}/quotes/{quoteId}"),
				new Operation("searchQuotes", "/api/quotes", "speaker", "q", "kind", "article", "page", "size"));

	/** Values known to break services that trust their input. */
	private static final List<String> KNOWN_BAD = List.of("", " ", "a".repeat(201), "a".repeat(10_000),
			"Ünïcödé 日本語 🙂", "\u202Eevil", "e\u0301\u0301\u0301", "\uFEFF", "\u0000", "\u0001", "\n", "\r\n", "\t",
			"\u007F", "%2F", "%2f", "%2e%2e", "%2e%2e%2f", "%00", "%", "%%", "%zz", "/", "..", "../..",
			"../../etc/passwd", "..\\..\\windows", "..;/", ";", "a;b=c", "?", "#", "&", "=", "+", "\\", "*", "-1", "0",
			"1", "100", "101", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "1e3", "1.5", "0x10",
			"NaN", "null", "true", "direct", "DIRECT", "rumour", "<script>alert(1)</script>", "' OR '1'='1",
			"${jndi:ldap://127.0.0.1/a}", "{{7*7}}", "%s%s%s%n", BundledArticle.SLUG);

	/** Query strings appended whole: repeated and unknown parameters. */
	private static final List<String> EXTRA_QUERIES = List.of("size=1&size=2", "size=1&size=1000", "page=0&page=-1",
			"q=a&q=b", "kind=direct&kind=rumour", "speaker=a&speaker=", "unknown=1", "Size=1000", "size[]=1",
			"__proto__=x", "&&&", "=", "a=b=c", "page", "size=", "q=" + "a".repeat(200),
			"q=" + "a".repeat(200) + "&q=" + "b".repeat(200));

	private static final JsonMapper json = JsonMapper.builder().build();

	private static OpenApiContract contract;

	static {
		System.out.println("ApiFuzzTests seed: " + SEED + " (replay with -Dfuzz.seed=" + SEED + ")");
	}

	@Autowired
	private MockMvc mvc;

	@BeforeEach
	void readContract() throws Exception {
		if (contract == null) {
			contract = OpenApiContract.of(this.mvc);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("knownBadCases")
	void knownBadValueShouldGetADocumentedAnswer(FuzzCase fuzzCase) throws Exception {
		assertDocumentedAnswer(fuzzCase);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("randomCases")
	void randomValueShouldGetADocumentedAnswer(FuzzCase fuzzCase) throws Exception {
		assertDocumentedAnswer(fuzzCase);
	}

	static Stream<FuzzCase> knownBadCases() {
		List<FuzzCase> cases = new ArrayList<>();
		for (Operation operation : OPERATIONS) {
			for (String parameter : operation.parameters()) {
				for (String value : KNOWN_BAD) {
					cases.add(new FuzzCase(operation, parameter, value, false));
					if (isUriText(value)) {
						cases.add(new FuzzCase(operation, parameter, value, true));
					}
				}
			}
			for (String query : EXTRA_QUERIES) {
				cases.add(new FuzzCase(operation, FuzzCase.QUERY, query, true));
			}
		}
		return cases.stream();
	}

	static Stream<FuzzCase> randomCases() {
		Random random = new Random(SEED);
		List<FuzzCase> cases = new ArrayList<>();
		while (cases.size() < RANDOM_CASES) {
			Operation operation = OPERATIONS.get(random.nextInt(OPERATIONS.size()));
			List<String> parameters = operation.parameters();
			if (parameters.isEmpty()) {
				continue;
			}
			String parameter = parameters.get(random.nextInt(parameters.size()));
			String value = random.nextBoolean() ? randomText(random) : randomNumber(random);
			boolean raw = random.nextBoolean() && isUriText(value);
			cases.add(new FuzzCase(operation, parameter, value, raw));
		}
		return cases.stream();
	}

	private void assertDocumentedAnswer(FuzzCase fuzzCase) throws Exception {
		URI uri = fuzzCase.uri();
		MvcResult result = this.mvc.perform(get(uri)).andReturn();
		MockHttpServletResponse response = result.getResponse();
		assertThat(response.getStatus()).as("status of GET %s (%s)", uri, REPLAY).isLessThan(500);
		assertThat(contract.violations(fuzzCase.operation().validPath(), response))
			.as("contract of GET %s (%s)", uri, REPLAY)
			.isEmpty();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).as("body of GET %s (%s)", uri, REPLAY)
			.doesNotContain("Exception", "\tat ", "java.", "org.springframework");
		if (response.getStatus() >= 400) {
			assertThat(MediaType.parseMediaType(response.getContentType())).as("type of GET %s (%s)", uri, REPLAY)
				.isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			JsonNode problem = json.readTree(body);
			assertThat(problem.path("status").asInt()).as("problem status of GET %s (%s)", uri, REPLAY)
				.isEqualTo(response.getStatus());
			assertThat(problem.path("title").asString()).as("problem title of GET %s (%s)", uri, REPLAY).isNotBlank();
		}
		assertThat(this.mvc.perform(head(uri)).andReturn().getResponse().getStatus())
			.as("status of HEAD %s (%s)", uri, REPLAY)
			.isEqualTo(response.getStatus());
	}

	private static String randomText(Random random) {
		int[] lengths = { 0, 1, 2, 5, 20, 199, 200, 201, 1000 };
		String delimiters = "%/.\\;?#&=+'\"<>{}[]|`^~";
		int length = lengths[random.nextInt(lengths.length)];
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.appendCodePoint(switch (random.nextInt(8)) {
				case 0 -> random.nextInt(0x20);
				case 1 -> 0x20 + random.nextInt(0x5F);
				case 2 -> 0xA0 + random.nextInt(0x160);
				case 3 -> 0x4E00 + random.nextInt(0x5000);
				case 4 -> 0x1F300 + random.nextInt(0x300);
				case 5 -> 0x0300 + random.nextInt(0x70);
				case 6 -> delimiters.charAt(random.nextInt(delimiters.length()));
				default -> 0x2000 + random.nextInt(0x70);
			});
		}
		return text.toString();
	}

	private static String randomNumber(Random random) {
		return switch (random.nextInt(6)) {
			case 0 -> Integer.toString(random.nextInt());
			case 1 -> Long.toString(random.nextLong());
			case 2 -> Integer.toString(random.nextInt(300) - 100);
			case 3 -> random.nextInt(1000) + "." + random.nextInt(10);
			case 4 -> "1e" + random.nextInt(40);
			default -> Long.toString(Integer.MAX_VALUE + (long) random.nextInt(3) - 1);
		};
	}

	/** Whether a value can go into a URI as it is, unencoded. */
	private static boolean isUriText(String value) {
		try {
			new URI("http://localhost/a/" + value + "?b=" + value);
			return value.chars().allMatch((c) -> c > 0x20 && c < 0x7F);
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * An operation: its path template and its query parameters.
	 */
	record Operation(String id, String template, String... queryParameters) {

		List<String> pathVariables() {
			List<String> variables = new ArrayList<>();
			var matcher = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(this.template);
			while (matcher.find()) {
				variables.add(matcher.group(1));
			}
			return variables;
		}

		List<String> parameters() {
			List<String> parameters = new ArrayList<>(pathVariables());
			parameters.addAll(List.of(this.queryParameters));
			return parameters;
		}

		/** The path with a well-formed value in each variable. */
		String validPath() {
			return path(Map.of());
		}

		String path(Map<String, String> values) {
			String path = this.template;
			for (String variable : pathVariables()) {
				String value = values.getOrDefault(variable,
						variable.equals("slug") ? BundledArticle.SLUG : "unknown-" + variable);
				path = path.replace("{" + variable + "}", value);
			}
			return path;
		}

	}

	/**
	 * One request: one parameter of an operation set to a value, sent percent-encoded or
	 * as it is.
	 */
	record FuzzCase(Operation operation, String parameter, String value, boolean raw) {

		static final String QUERY = "(query)";

		URI uri() {
			if (QUERY.equals(this.parameter)) {
				return URI.create(this.operation.validPath() + "?" + this.value);
			}
			if (this.operation.pathVariables().contains(this.parameter)) {
				String segment = this.raw ? this.value : UriUtils.encodePathSegment(this.value, StandardCharsets.UTF_8);
				return URI.create(this.operation.path(Map.of(this.parameter, segment)));
			}
			String value = this.raw ? this.value : UriUtils.encode(this.value, StandardCharsets.UTF_8);
			return URI.create(this.operation.validPath() + "?" + this.parameter + "=" + value);
		}

		@Override
		public String toString() {
			Map<String, Object> shown = new LinkedHashMap<>();
			shown.put(this.operation.id(), this.parameter);
			StringBuilder value = new StringBuilder();
			this.value.codePoints().limit(40).forEach((c) -> {
				if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || Character.getType(c) == Character.FORMAT) {
					value.append(String.format("\\u%04X", c));
				}
				else {
					value.appendCodePoint(c);
				}
			});
			if (this.value.length() > 40) {
				value.append("…(").append(this.value.length()).append(" chars)");
			}
			return shown + " = [" + value + "]" + (this.raw ? " raw" : "") + " seed " + SEED;
		}

	}

}

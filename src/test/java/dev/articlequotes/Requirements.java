package dev.articlequotes;

import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.fail;

/**
 * What a test needs from outside the JVM: a system tool (Chromium and chromedriver,
 * Node's {@code redocly} or {@code npx}, {@code python3}) or the files in
 * {@code ../shared}. Absent, the test is skipped with a message saying what to install;
 * under {@code CI=true} it fails with the same message instead, so that a green CI run
 * has run every test.
 */
public final class Requirements {

	private Requirements() {
	}

	/**
	 * Skips the calling test, or fails it when the environment variable {@code CI} is
	 * {@code true}, unless {@code present}.
	 * @param present whether what the test needs is there
	 * @param need what the test needs and how to get it, for the message
	 */
	public static void assumeOrFail(boolean present, String need) {
		if (present) {
			return;
		}
		if (onCi()) {
			fail("CI=true and this test needs " + need);
		}
		Assumptions.abort("Skipped: needs " + need + " (under CI=true this fails)");
	}

	static boolean onCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

}

package dev.articlequotes;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

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

	/** Whether a command answers {@code --version} with exit status 0 within 20 s. */
	public static boolean commandAvailable(String command) {
		try {
			Process process = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	static boolean onCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

}

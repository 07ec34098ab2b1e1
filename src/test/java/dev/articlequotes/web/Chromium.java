package dev.articlequotes.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

import dev.articlequotes.Requirements;

/**
 * Headless Chromium from the system packages ({@code chromium}, {@code chromium-driver}),
 * driven through the system chromedriver so that Selenium Manager never downloads
 * anything. Tests that use it are skipped when either binary is missing, and fail under
 * {@code CI=true} ({@link Requirements}).
 */
final class Chromium implements AutoCloseable {

	static final Path BROWSER = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));

	static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final Path profile;

	private final ChromeDriver driver;

	private Chromium(Path profile, ChromeDriver driver) {
		this.profile = profile;
		this.driver = driver;
	}

	static boolean isInstalled() {
		return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
	}

	/**
	 * Skips the calling test (fails it under {@code CI=true}), with a message saying why,
	 * when no browser is installed.
	 */
	static void assumeInstalled() {
		Requirements.assumeOrFail(isInstalled(), "the browser " + BROWSER + " and " + DRIVER
				+ " (apt-get install chromium chromium-driver; .ci/run installs them)");
	}

	/**
	 * Starts a browser with a fresh profile, or answers {@code null} when none is
	 * installed.
	 */
	static Chromium startIfInstalled() throws IOException {
		if (!isInstalled()) {
			return null;
		}
		Path profile = Files.createTempDirectory("article-quotes-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		// The network is closed: no sandbox, no GPU, nothing that phones home
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new Chromium(profile, new ChromeDriver(service, options));
	}

	WebDriver driver() {
		return this.driver;
	}

	WebDriverWait waiting() {
		return new WebDriverWait(this.driver, Duration.ofSeconds(20));
	}

	/** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
	Path screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Path file = SCREENSHOTS.resolve(name + ".png");
		Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
		return file;
	}

	@Override
	public void close() throws IOException {
		try {
			this.driver.quit();
		}
		finally {
			FileSystemUtils.deleteRecursively(this.profile);
		}
	}

}

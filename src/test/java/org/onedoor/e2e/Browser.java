package org.onedoor.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian chromium driven by Selenium through the system chromedriver (no driver download).
 * Tests using it are skipped, with the reason printed, where chromium or chromedriver is not installed;
 * {@code .ci/run} installs both.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ONEDOOR_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("ONEDOOR_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private Browser() {
    }

    static ChromeDriver start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                () -> "SKIPPED: browser test needs chromium at " + CHROMIUM + " (Debian package chromium)");
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER),
                () -> "SKIPPED: browser test needs chromedriver at " + CHROMEDRIVER + " (Debian package chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=vi", "--accept-lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }
}

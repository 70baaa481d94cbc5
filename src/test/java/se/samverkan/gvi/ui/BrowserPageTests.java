package se.samverkan.gvi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.samverkan.gvi.support.AxeCore;
import se.samverkan.gvi.support.HeadlessChromium;

/**
 * What the browser tests of the pages share: the service on a random port with the embedded H2 in
 * a temporary folder and the demo data, a headless Chromium per test ({@link HeadlessChromium}:
 * skipped with a message when it is missing, a failure with {@code CI=true}), and signing in as a
 * demo user.
 */
abstract class BrowserPageTests {

    @LocalServerPort
    int port;

    HeadlessChromium chromium;
    WebDriver browser;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory("gvi-pages");
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:" + folder.resolve("gvi").toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @BeforeAll
    static void chromiumIsInstalled() {
        HeadlessChromium.requireInstalled();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    void open(int width, int height) throws IOException {
        chromium = HeadlessChromium.open(width, height);
        browser = chromium.driver();
    }

    void signIn(String user) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        wait(Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().endsWith("/login"));
    }

    WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Keeps a picture of the page (target/screenshots) and checks it with axe-core: no serious or critical violation. */
    void screenshot(String name) throws IOException {
        chromium.screenshot(name);
        assertThat(AxeCore.seriousViolations(browser))
                .as("axe-core on " + browser.getCurrentUrl())
                .isEmpty();
    }
}

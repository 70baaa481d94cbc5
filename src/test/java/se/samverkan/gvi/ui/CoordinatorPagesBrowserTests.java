package se.samverkan.gvi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import se.samverkan.gvi.incident.IncidentService;
import se.samverkan.gvi.support.TestClock;

/**
 * The pages in a real browser: headless Chromium from the operating system (Debian's
 * {@code chromium} and {@code chromium-driver}), driven by Selenium with the driver path set, so
 * nothing is ever downloaded. The service runs on a random port with the embedded H2 in a temporary
 * folder and the demo data. Each page is saved as a screenshot under {@code target/screenshots/}.
 *
 * <p>Without Chromium the tests are skipped with a message; with {@code CI=true} they fail instead.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gvi.rules.warm-up-evaluations=3")
@Import(TestClock.Config.class)
class CoordinatorPagesBrowserTests extends BrowserPageTests {

    @Autowired
    IncidentService incidents;

    @Autowired
    TestClock clock;

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws IOException {
        open(1280, 800);
        browser.get(url("/groups/G-SKOG"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Logga in");
        assertThat(browser.findElement(By.cssSelector("label[for=username]")).getText())
                .isEqualTo("Användarnamn");
        screenshot("login");
    }

    @Test
    void aCoordinatorSeesANewIncidentArriveAndApprovesOneOfItsActions() throws IOException {
        open(1280, 900);
        signIn("coordinator");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Inkorg");
        wait(Duration.ofSeconds(10))
                .until(d -> "on".equals(d.findElement(By.tagName("body")).getAttribute("data-live")));

        UUID id = Incidents.shootingBySkog(incidents, "WEB");
        String row = "tr a[href='/recommendations/" + id + "']";
        WebElement link =
                wait(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.cssSelector(row)));
        assertThat(browser.findElement(By.id("live-status")).getText()).startsWith("Ny händelse WEB-");
        screenshot("inbox");

        link.click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Rekommendation för G-SKOG efter WEB-");
        assertThat(browser.findElement(By.id("rec-status")).getText()).isEqualTo("Väntar på beslut");
        assertThat(browser.findElements(By.cssSelector("td, th")).stream().map(WebElement::getText))
                .anyMatch(t -> t.contains("GVI-"));
        browser.manage().window().setSize(new Dimension(1280, 1500));
        screenshot("recommendation");

        List<WebElement> boxes = browser.findElements(By.name("approvedActionIds"));
        assertThat(boxes).hasSizeGreaterThan(1);
        WebElement first = boxes.get(0);
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block:'center'})", first);
        first.click();
        browser.findElement(By.id("reason"))
                .sendKeys("Övriga åtgärder prövas när gruppens kartläggning är uppdaterad.");
        screenshot("recommendation-deciding");
        browser.findElement(By.id("approve-selected")).click();

        wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("decided")));
        assertThat(browser.findElement(By.id("decided")).getText())
                .isEqualTo("Beslutet är sparat. Ny status: Delvis godkänd.");
        assertThat(browser.findElement(By.id("rec-status")).getText()).isEqualTo("Delvis godkänd");
        assertThat(browser.findElement(By.id("decision-current")).getText()).contains("Delvis godkänd", "coordinator");
        assertThat(browser.findElements(By.id("decision-form"))).isEmpty();
        assertThat(browser.findElements(By.xpath("//td[normalize-space(.)!='']")).stream()
                        .map(WebElement::getText))
                .anyMatch(t -> t.startsWith("Godkänd"))
                .anyMatch(t -> t.startsWith("Inte godkänd"));
        screenshot("recommendation-decided");

        browser.manage().window().setSize(new Dimension(1280, 1400));
        browser.get(url("/groups/G-SKOG"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Grupp G-SKOG – Skogsgänget");
        assertThat(browser.findElements(By.cssSelector("svg rect.bar"))).isNotEmpty();
        screenshot("group");

        browser.get(url("/rules"));
        assertThat(browser.findElement(By.id("rule-set-version")).getText()).hasSize(64);
        screenshot("rules");

        clock.advance(Duration.ofDays(10));
        try {
            browser.get(url("/actions/overdue"));
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Försenade åtgärder: 1", "P-0");
            screenshot("overdue");
        } finally {
            clock.advance(Duration.ofDays(-10));
        }
    }

    @Test
    void aLiaisonReadsARecommendationButSeesNoDecisionButtons() throws IOException {
        UUID id = Incidents.shootingBySkog(incidents, "WEB-READ");
        open(820, 1180);
        signIn("liaison");
        browser.findElement(By.cssSelector("tr a[href='/recommendations/" + id + "']"))
                .click();
        assertThat(browser.findElement(By.id("read-only")).getText())
                .isEqualTo("Bara en samordnare kan fatta beslut om rekommendationen.");
        assertThat(browser.findElements(By.id("decision-form"))).isEmpty();
        assertThat(browser.findElements(By.tagName("button")).stream().map(WebElement::getText))
                .containsExactly("Logga ut");
        assertThat(browser.findElements(By.name("approvedActionIds"))).isEmpty();
        assertThat(browser.findElements(By.linkText("Regler"))).isEmpty();
        screenshot("recommendation-liaison-tablet");
    }

    @Test
    void theEnglishSwitchShowsEnglishLabels() throws IOException {
        open(1024, 800);
        signIn("legal");
        browser.findElement(By.id("lang-switch")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Inbox");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.linkText("Overdue actions")).isDisplayed())
                .isTrue();
        browser.findElement(By.linkText("Rules")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rules");
        screenshot("rules-english");
        browser.findElement(By.id("lang-switch")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Regler");
    }
}

package se.samverkan.gvi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.samverkan.gvi.decision.RuleFolderFixture;
import se.samverkan.gvi.incident.IncidentService;
import se.samverkan.gvi.support.HeadlessChromium;
import se.samverkan.gvi.support.ProposedFolders;

/**
 * The legal reviewers' pages in headless Chromium: reviewer A opens a proposal, sees that its check
 * passes and what it would change, and proposes it; reviewer B approves it; A publishes it; the
 * history shows the changed files with their diff. Every new page passes axe-core with no serious or
 * critical violation, and every form field has a label.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gvi.rules.warm-up-evaluations=1", "gvi.rules.four-eyes=true", "gvi.delivery.enabled=false"})
class RuleProposalBrowserTests {

    @TempDir
    static Path workspace;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        Path database = Files.createTempDirectory("gvi-proposal-pages");
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:" + database.resolve("gvi").toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        Path rules = RuleFolderFixture.copyOfProjectRules(workspace);
        Path proposals = workspace.resolve("proposals");
        ProposedFolders.debtFromMay(proposals.resolve("debt-from-may"));
        ProposedFolders.scenariosBeside(proposals);
        registry.add("gvi.rules.path", rules::toString);
        registry.add("gvi.rules.proposals-root", proposals::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    IncidentService incidents;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder encoder;

    private HeadlessChromium chromium;
    private WebDriver browser;

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

    @Test
    void reviewerAProposesAChangeReviewerBApprovesItAPublishesItAndTheHistoryShowsTheDiff() throws IOException {
        // a second legal reviewer of the same site beside the demo user "legal"
        ((InMemoryUserDetailsManager) users)
                .createUser(User.withUsername("legal-b")
                        .password(encoder.encode("demo"))
                        .authorities(
                                new SimpleGrantedAuthority("ROLE_LEGAL_REVIEWER"),
                                new SimpleGrantedAuthority("SITE_huddinge"))
                        .build());
        Incidents.shootingBySkog(incidents, "WEB-PROPOSAL");
        chromium = HeadlessChromium.open(1280, 1000);
        browser = chromium.driver();

        signIn("legal");
        browser.findElement(By.linkText("Regelförslag")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Regelförslag");
        assertAccessible("proposals");
        new Select(browser.findElement(By.id("folder"))).selectByValue("debt-from-may");
        browser.findElement(By.id("open-proposal")).click();
        wait(Duration.ofSeconds(120))
                .until(d -> !d.findElements(By.id("proposal-version")).isEmpty());
        assertThat(browser.findElement(By.id("check-passed")).getText()).startsWith("Kontrollen gick igenom");
        assertThat(browser.findElement(By.id("impact-summary")).getText()).contains("rekommendationer skulle ändras");
        assertThat(browser.findElements(By.cssSelector(".impact-change h3")).stream()
                        .map(WebElement::getText))
                .anyMatch(t -> t.contains("grupp G-SKOG"));
        assertThat(browser.findElement(By.cssSelector(".outcome-change")).getText())
                .contains("Konsekvenser för gruppen", "Leverera budskapet");
        String proposed = browser.findElement(By.id("proposal-version")).getText();
        chromium.screenshot("proposal");
        assertAccessible("proposal");
        browser.findElement(By.id("approve")).click();
        assertThat(browser.findElement(By.id("approved")).getText()).contains(proposed);
        assertThat(browser.findElement(By.id("approvals")).getText()).startsWith("Föreslagen av legal");
        signOut();

        signIn("legal-b");
        browser.get(url("/rules/proposals?folder=debt-from-may"));
        assertThat(browser.findElement(By.id("approve")).getText()).isEqualTo("Godkänn versionen");
        browser.findElement(By.id("approve")).click();
        // the answer page runs the whole check again: wait for it, not for the page the click left
        wait(Duration.ofSeconds(120))
                .until(d -> !d.findElements(By.id("approved")).isEmpty());
        assertThat(browser.findElement(By.id("approvals")).getText())
                .contains("Föreslagen av legal", "Godkänd av legal-b");
        signOut();

        // the approved proposal is adopted into the rule folder with its scenarios, as a reviewer's merge would
        RuleFolderFixture.copy(workspace.resolve("proposals/debt-from-may"), workspace.resolve("rules"));
        RuleFolderFixture.copy(workspace.resolve("proposals/features"), workspace.resolve("features"));
        signIn("legal");
        browser.get(url("/rules/proposals?folder=debt-from-may"));
        browser.findElement(By.id("publish")).click();
        assertThat(wait(Duration.ofSeconds(120))
                        .until(d -> d.findElement(By.id("published")))
                        .getText())
                .startsWith("Version " + proposed + " gäller nu");
        assertThat(browser.findElement(By.id("already-serving")).isDisplayed()).isTrue();

        browser.findElement(By.linkText("Se vilka filer som ändrades")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Versionshistorik");
        assertThat(browser.findElement(By.id("versions")).getText()).contains(proposed, "legal, legal-b");
        assertThat(browser.findElement(By.id("changed-files")).getText())
                .contains("promises/huddinge-2024.yaml", "promises/huddinge-2026-05.yaml");
        assertThat(browser.findElements(By.cssSelector("pre.diff .del")).stream()
                        .map(WebElement::getText))
                .contains("-validTo: null");
        assertThat(browser.findElements(By.cssSelector("pre.diff .add")).stream()
                        .map(WebElement::getText))
                .contains("+validTo: 2026-04-30");
        chromium.screenshot("rule-history");
        assertAccessible("history");
    }

    /** No serious or critical axe-core violation, and a label for every field of the page. */
    private void assertAccessible(String page) {
        Results results = new AxeBuilder().analyze(browser);
        List<String> violations = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(r ->
                        r.getId() + " (" + r.getImpact() + "): " + r.getNodes().size() + " element(s)")
                .toList();
        assertThat(violations).as(page + ": axe-core violations").isEmpty();
        assertThat(results.getPasses().stream().map(Rule::getId)).as(page).containsAnyOf("label", "select-name");
        for (WebElement field : browser.findElements(By.cssSelector("input:not([type=hidden]), select, textarea"))) {
            assertThat(browser.findElements(By.cssSelector("label[for='" + field.getAttribute("id") + "']")))
                    .as(page + ": label of " + field.getAttribute("name"))
                    .hasSize(1);
        }
    }

    private void signIn(String user) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        wait(Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().endsWith("/login"));
    }

    private void signOut() {
        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        wait(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/login"));
    }

    private WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

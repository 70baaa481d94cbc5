package se.samverkan.gvi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import se.samverkan.gvi.support.AxeCore;
import se.samverkan.gvi.support.HeadlessChromium;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin's mapping pages and the coordinator's call-in page in headless Chromium (as
 * {@link CoordinatorPagesBrowserTests}): an admin registers two persons, ticking facts by mouse and
 * by keyboard, and maps a new group with both; a coordinator registers a call-in with a speaker and
 * attendees, closes a sanction round with its effect review and reports an action's outcome. The
 * results are read back through the API, and axe-core checks every page, blank and
 * refused, for serious or critical violations.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gvi.rules.warm-up-evaluations=3")
class MappingPagesBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    se.samverkan.gvi.incident.IncidentService incidents;

    @Autowired
    se.samverkan.gvi.recommendation.Recommendations recommendations;

    private HeadlessChromium chromium;
    private WebDriver browser;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory("gvi-mapping-pages");
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

    @Test
    void anAdminRegistersTwoPersonsWithTheirFactsAndMapsANewGroupWithBoth() throws IOException {
        open();
        signIn("admin");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Grupper");
        assertAccessible("groups");

        browser.findElement(By.linkText("Ny person")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Registrera en person");
        assertAccessible("person-new");
        browser.findElement(By.id("ref")).sendKeys("P-7601");
        date("birthDate", "2003-04-05");
        browser.findElement(By.cssSelector("label[for=fact-underSupervision]")).click();
        WebElement warrant = browser.findElement(By.id("fact-outstandingWarrant"));
        focusByTab(warrant);
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        assertThat(warrant.isSelected()).isTrue();
        browser.findElement(By.id("ref")).sendKeys(Keys.ENTER);
        waitFor("/persons/P-7601/edit");
        assertThat(browser.findElement(By.id("saved")).getText()).isEqualTo("Personen P-7601 är sparad.");
        assertThat(browser.findElement(By.id("fact-underSupervision")).isSelected())
                .isTrue();
        assertAccessible("person-edit");
        JsonNode person = api("admin", "/api/v1/persons/P-7601");
        assertThat(person.get("birthDate").asString()).isEqualTo("2003-04-05");
        assertThat(person.get("underSupervision").asBoolean()).isTrue();
        assertThat(person.get("outstandingWarrant").asBoolean()).isTrue();
        assertThat(person.get("inCustody").asBoolean()).isFalse();

        browser.get(url("/persons/new"));
        browser.findElement(By.id("ref")).sendKeys("P-7602");
        date("birthDate", "2004-06-07");
        browser.findElement(By.id("save")).click();
        waitFor("/persons/P-7602/edit");

        browser.findElement(By.linkText("Ny grupp")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kartlägg en ny grupp");
        assertAccessible("group-new");
        browser.findElement(By.id("ref")).sendKeys("G-WEB");
        browser.findElement(By.id("name")).sendKeys("Webbgänget");
        browser.findElement(By.id("area")).sendKeys("Fiktiva Webbdalen");
        browser.findElement(By.id("rivals-0")).sendKeys("G-SKOG");
        date("audit-mappedOn", "2026-02-01");
        browser.findElement(By.id("audit-members-0-personRef")).sendKeys("P-7601");
        date("audit-members-0-joinedOn", "2025-09-01");
        WebElement firstRow = browser.findElement(By.id("audit-members-0-personRef"));
        browser.findElement(By.name("addMember")).click();
        // the button posts the form and the page comes back with one more row: wait for that page
        PageLoads.awaitReplaced(browser, firstRow);
        assertThat(browser.findElement(By.id("audit-members-0-personRef")).getAttribute("value"))
                .isEqualTo("P-7601");
        browser.findElement(By.id("audit-members-1-personRef")).sendKeys("P-7699");
        date("audit-members-1-joinedOn", "2025-10-01");
        browser.findElement(By.id("save")).click();

        assertThat(browser.findElement(By.id("audit-members-1-personRef-error")).getText())
                .contains("Ingen person med den referensen är registrerad");
        assertAccessible("group-new-refused");
        WebElement second = browser.findElement(By.id("audit-members-1-personRef"));
        second.clear();
        second.sendKeys("P-7602");
        browser.findElement(By.id("save")).click();
        waitFor("/groups");
        assertThat(browser.findElement(By.id("saved")).getText())
                .isEqualTo("Gruppen G-WEB är sparad (1 kartläggningar).");

        JsonNode group = api("admin", "/api/v1/groups/G-WEB");
        assertThat(group.get("name").asString()).isEqualTo("Webbgänget");
        assertThat(group.get("rivals").valueStream().map(JsonNode::asString)).containsExactly("G-SKOG");
        assertThat(group.get("audits").get(0).get("mappedOn").asString()).isEqualTo("2026-02-01");
        assertThat(group.get("audits")
                        .get(0)
                        .get("members")
                        .valueStream()
                        .map(m -> m.get("personRef").asString()))
                .containsExactly("P-7601", "P-7602");

        browser.get(url("/groups/G-WEB/audits/new"));
        assertThat(browser.findElement(By.id("audit-members-1-personRef")).getAttribute("value"))
                .isEqualTo("P-7602");
        assertAccessible("group-audit");
    }

    @Test
    void aCoordinatorRegistersACallInWithASpeakerAndAttendees() throws IOException {
        JsonNode before = api("coordinator", "/api/v1/groups/G-BERG");
        List<String> members = before.get("currentMembers")
                .valueStream()
                .map(m -> m.get("personRef").asString())
                .toList();
        assertThat(members).hasSizeGreaterThanOrEqualTo(2);
        open();
        signIn("coordinator");
        browser.get(url("/groups/G-BERG"));
        browser.findElement(By.id("register-call-in")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Registrera call-in för G-BERG");
        assertAccessible("call-in-new");

        date("heldOn", "2026-05-04");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("promiseId")))
                .selectByValue("HUDDINGE-2024");
        browser.findElement(By.cssSelector("label[for=attendee-" + members.get(0) + "]"))
                .click();
        browser.findElement(By.cssSelector("label[for=attendee-" + members.get(1) + "]"))
                .click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("speakers-0-role")))
                .selectByVisibleText("Anhörig");
        browser.findElement(By.id("speakers-0-name")).sendKeys("Talare 850101-1234");
        browser.findElement(By.id("save")).click();
        assertThat(browser.findElement(By.id("speakers-0-name-error")).getText())
                .contains("personnummer");
        assertAccessible("call-in-refused");
        WebElement name = browser.findElement(By.id("speakers-0-name"));
        name.clear();
        name.sendKeys("En fiktiv storasyster");
        browser.findElement(By.id("save")).click();

        waitFor("/groups/G-BERG");
        assertThat(browser.findElement(By.id("call-in-recorded")).getText())
                .isEqualTo("Call-in den 2026-05-04 är registrerad.");
        JsonNode callIn = api("coordinator", "/api/v1/groups/G-BERG")
                .get("callIns")
                .valueStream()
                .filter(c -> c.get("heldOn").asString().equals("2026-05-04"))
                .findFirst()
                .orElseThrow();
        assertThat(callIn.get("promiseId").asString()).isEqualTo("HUDDINGE-2024");
        assertThat(callIn.get("attendees").valueStream().map(JsonNode::asString))
                .containsExactly(members.get(0), members.get(1));
        assertThat(callIn.get("speakers").get(0).get("role").asString()).isEqualTo("RELATIVE");
        assertThat(callIn.get("speakers").get(0).get("name").asString()).isEqualTo("En fiktiv storasyster");
        assertThat(callIn.get("recordedBy").asString()).isEqualTo("coordinator");
    }

    @Test
    void aCoordinatorClosesASanctionRoundAndReportsAnActionsOutcome() throws IOException {
        java.util.UUID id = Incidents.shootingBySkog(incidents, "WEB-OUTCOME");
        recommendations.decide(
                new se.samverkan.gvi.security.Actor("coordinator", "huddinge"),
                id,
                new se.samverkan.gvi.recommendation.DecisionRequest(
                        se.samverkan.gvi.recommendation.ReviewDecision.APPROVED, null, null));
        open();
        signIn("coordinator");
        browser.get(url("/recommendations/" + id));
        browser.findElements(By.linkText("Rapportera utfall")).get(0).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Utfall av ");
        assertAccessible("outcome-new");
        browser.findElement(By.id("save")).click();
        assertThat(browser.findElement(By.id("outcome-error")).getText()).isEqualTo("Fyll i fältet.");
        assertAccessible("outcome-refused");
        browser.findElement(By.cssSelector("label[for=outcome-EXECUTED]")).click();
        browser.findElement(By.id("note")).sendKeys("Genomfört enligt plan (fiktivt).");
        browser.findElement(By.id("save")).click();
        waitFor("/recommendations/" + id);
        assertThat(browser.findElement(By.id("outcome-reported")).getText())
                .isEqualTo("Utfallet är rapporterat: Genomförd.");
        JsonNode actions = api("coordinator", "/api/v1/recommendations/" + id).get("actions");
        assertThat(actions.valueStream().map(a -> a.get("status").asString())).contains("EXECUTED");

        browser.get(url("/groups/G-SKOG"));
        browser.findElement(By.linkText("Avsluta omgången med effektuppföljning"))
                .click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Avsluta sanktionsomgången för G-SKOG");
        assertAccessible("round-closure");
        browser.findElement(By.id("save")).click();
        assertThat(browser.findElement(By.id("effectReview-error")).getText()).isEqualTo("Fyll i fältet.");
        assertAccessible("round-closure-refused");
        browser.findElement(By.id("effectReview")).sendKeys("Två månader utan skjutningar (fiktivt).");
        browser.findElement(By.id("save")).click();
        waitFor("/groups/G-SKOG");
        assertThat(browser.findElement(By.id("round-closed")).getText()).startsWith("Sanktionsomgången är avslutad");
        assertThat(api("coordinator", "/api/v1/groups/G-SKOG")
                        .get("sanctionRounds")
                        .valueStream()
                        .filter(r -> !r.get("effectReview").isNull())
                        .map(r -> r.get("effectReview").asString()))
                .contains("Två månader utan skjutningar (fiktivt).");
    }

    private void assertAccessible(String page) throws IOException {
        chromium.screenshot("mapping-" + page);
        assertThat(AxeCore.seriousViolations(browser)).as("axe-core on " + page).isEmpty();
    }

    /** Moves the focus with the Tab key until it is on the element, as a keyboard user would. */
    private void focusByTab(WebElement target) {
        browser.findElement(By.id("ref")).click();
        for (int i = 0; i < 40 && !target.equals(browser.switchTo().activeElement()); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.switchTo().activeElement()).as("reached by Tab").isEqualTo(target);
    }

    /** A date typed the way the field's own picker would set it (Chromium's date field types by the locale). */
    private void date(String id, String isoDate) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), isoDate);
    }

    private JsonNode api(String user, String path) {
        String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        String body = RestClient.create()
                .get()
                .uri(url(path))
                .header(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                .retrieve()
                .body(String.class);
        return json.readTree(body);
    }

    private void open() throws IOException {
        chromium = HeadlessChromium.open(1280, 1400);
        browser = chromium.driver();
    }

    private void signIn(String user) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().endsWith("/login"));
    }

    private void waitFor(String path) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().replaceFirst("#.*", "").endsWith(path));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

package se.samverkan.gvi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import se.samverkan.gvi.support.TestClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The liaison's, the auditor's and the national analyst's pages in headless Chromium (as
 * {@link CoordinatorPagesBrowserTests}), each checked with axe-core; what the pages did is checked
 * through the API.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gvi.rules.warm-up-evaluations=3")
// the same application context as the coordinator's browser tests, so a run of both starts the service once
@Import(TestClock.Config.class)
class LiaisonAndAuditorPagesBrowserTests extends BrowserPageTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aLiaisonPreviewsReportsAmendsAndRetractsAnIncident() throws Exception {
        String reference = "WEB-LIAISON-" + System.nanoTime() % 1_000_000;
        open(1280, 1400);
        signIn("liaison");
        browser.findElement(By.linkText("Rapportera händelse")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rapportera en händelse");
        accessible("incident-new");

        browser.findElement(By.id("reference")).sendKeys(reference);
        new Select(browser.findElement(By.id("type"))).selectByVisibleText("Skjutning");
        typeDateTime(
                LocalDateTime.now(ZoneId.of("Europe/Stockholm")).minusDays(1).truncatedTo(ChronoUnit.MINUTES));
        browser.findElement(By.id("area")).sendKeys("Fiktiva torget");
        browser.findElement(By.id("summary")).sendKeys("Skott mot ett fönster (fiktivt exempel).");
        new Select(browser.findElement(By.id("attributions-0-groupRef"))).selectByValue("G-SKOG");
        new Select(browser.findElement(By.id("attributions-0-role"))).selectByValue("PERPETRATOR");
        new Select(browser.findElement(By.id("attributions-0-confidence"))).selectByValue("CONFIRMED");
        browser.findElement(By.id("suspects-0")).sendKeys("P-0101");
        // "Lägg till" adds a row in place: the form is not sent, nothing typed is lost, the focus moves to the new row
        browser.findElement(By.cssSelector("button[name=addSuspect]")).click();
        WebElement added = browser.findElement(By.name("suspects[1]"));
        assertThat(browser.switchTo().activeElement()).isEqualTo(added);
        assertThat(browser.findElement(By.cssSelector("label[for=suspects-1]"))
                        .getText()
                        .replaceAll("\\s+", " "))
                .isEqualTo("Person (rad 2)");
        assertThat(browser.findElement(By.id("reference")).getAttribute("value"))
                .isEqualTo(reference);

        // Enter in a field previews, which stores nothing
        browser.findElement(By.id("area")).sendKeys(Keys.ENTER);
        WebElement preview = wait(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("preview-result")));
        assertThat(preview.getText()).contains("Grupp G-SKOG", "Inget är sparat ännu", "GVI-");
        assertThat(api("liaison", "/api/v1/incidents/" + reference).statusCode())
                .isEqualTo(404);
        accessible("incident-preview");

        browser.findElement(By.id("perform")).click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(browser.findElement(By.id("saved")).getText()).isEqualTo("Händelsen är sparad som version 1.");
        JsonNode reported = json(api("liaison", "/api/v1/incidents/" + reference));
        assertThat(reported.path("version").asInt()).isEqualTo(1);
        assertThat(reported.path("current").path("type").asString()).isEqualTo("SHOOTING");
        assertThat(reported.path("current")
                        .path("attributions")
                        .get(0)
                        .path("groupRef")
                        .asString())
                .isEqualTo("G-SKOG");
        assertThat(reported.path("current").path("suspects").get(0).asString()).isEqualTo("P-0101");
        assertThat(reported.path("recommendations").size()).isPositive();
        accessible("incident");

        browser.findElement(By.id("amend")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ändra händelse " + reference);
        assertThat(new Select(browser.findElement(By.id("attributions-0-groupRef")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("G-SKOG");
        accessible("incident-edit");
        WebElement area = browser.findElement(By.id("area"));
        area.clear();
        area.sendKeys("Fiktiva hamnen");
        browser.findElement(By.id("perform")).click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(browser.findElement(By.id("saved")).getText()).isEqualTo("Händelsen är sparad som version 2.");
        JsonNode amended = json(api("liaison", "/api/v1/incidents/" + reference));
        assertThat(amended.path("version").asInt()).isEqualTo(2);
        assertThat(amended.path("current").path("area").asString()).isEqualTo("Fiktiva hamnen");

        browser.findElement(By.id("retract")).click();
        WebElement error = browser.findElement(By.id("reason-error"));
        assertThat(error.getText()).contains("Skriv ett skäl");
        accessible("incident-retraction-refused");
        browser.findElement(By.id("reason")).sendKeys("Felaktigt rapporterad (fiktivt exempel).");
        browser.findElement(By.id("retract")).click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("retracted")));
        assertThat(browser.findElement(By.id("incident-status")).getText()).isEqualTo("Återkallad");
        assertThat(json(api("liaison", "/api/v1/incidents/" + reference))
                        .path("status")
                        .asString())
                .isEqualTo("RETRACTED");
        assertThat(browser.findElements(By.id("retraction-form"))).isEmpty();
    }

    @Test
    void aRefusedReportShowsTheReasonBesideItsFieldAndStoresNothing() throws Exception {
        String reference = "WEB-REFUSED-" + System.nanoTime() % 1_000_000;
        open(1024, 1400);
        signIn("liaison");
        browser.get(url("/incidents/new"));
        browser.findElement(By.id("reference")).sendKeys(reference);
        new Select(browser.findElement(By.id("type"))).selectByValue("THREAT");
        typeDateTime(
                LocalDateTime.now(ZoneId.of("Europe/Stockholm")).minusHours(5).truncatedTo(ChronoUnit.MINUTES));
        browser.findElement(By.id("summary")).sendKeys("Hot mot 850101-1234 (fiktivt)");
        browser.findElement(By.id("perform")).click();

        WebElement error = browser.findElement(By.id("summary-error"));
        assertThat(error.getText()).contains("personnummer");
        assertThat(browser.findElement(By.id("summary")).getAttribute("aria-describedby"))
                .contains("summary-error");
        assertThat(browser.findElement(By.id("reference")).getAttribute("value"))
                .isEqualTo(reference);
        assertThat(api("liaison", "/api/v1/incidents/" + reference).statusCode())
                .isEqualTo(404);
        accessible("incident-refused");
    }

    @Test
    void anAuditorOpensTheLogFiltersItAndSeesTheChainVerified() throws Exception {
        open(1280, 1200);
        signIn("auditor");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Beslutslogg");
        WebElement verification = browser.findElement(By.id("verification"));
        assertThat(verification.getAttribute("data-valid")).isEqualTo("true");
        assertThat(verification.getText()).startsWith("Kedjan är obruten");
        assertThat(json(api("auditor", "/api/v1/audit/verify")).path("valid").asBoolean())
                .isTrue();
        assertThat(browser.findElements(By.linkText("Rapportera händelse"))).isEmpty();
        accessible("audit");

        String subject =
                browser.findElement(By.cssSelector("#entries tbody tr td a")).getText();
        browser.findElement(By.id("subject")).sendKeys(subject);
        WebElement unfiltered = browser.findElement(By.id("entries"));
        browser.findElement(By.id("filter")).click();
        // the filter is a GET of the page: read the rows only from the page it brings back
        PageLoads.awaitReplaced(browser, unfiltered);
        List<String> subjects = browser.findElements(By.cssSelector("#entries tbody tr td a")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(subjects).isNotEmpty().allMatch(subject::equals);
        assertThat(browser.findElement(By.id("subject")).getAttribute("value")).isEqualTo(subject);
        accessible("audit-filtered");
    }

    @Test
    void aNationalAnalystLandsOnTheNationalOverviewAndReadsTheFiguresOfEverySite() throws Exception {
        open(1280, 1400);
        signIn("analyst");
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/national");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nationell översikt");
        assertThat(browser.findElements(By.cssSelector("nav a")).stream().map(WebElement::getText))
                .containsExactly("Nationell översikt");
        // the demo data's sites, each a row and a column, beside the total
        assertThat(browser.findElements(By.cssSelector("#outcomes tbody th[scope=row]")).stream()
                        .map(WebElement::getText))
                .containsExactly("huddinge", "malmo");
        assertThat(browser.findElement(By.cssSelector("#outcomes tfoot th[scope=row]"))
                        .getText())
                .isEqualTo("Totalt");
        assertThat(browser.findElements(By.cssSelector("#incidents tbody tr"))).isNotEmpty();
        accessible("national");
    }

    /** Types a time into the {@code datetime-local} field as its value, whatever the browser's own input format. */
    private void typeDateTime(LocalDateTime time) {
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1]", browser.findElement(By.id("occurredAt")), time.toString());
    }

    private void accessible(String name) throws IOException {
        screenshot(name);
    }

    private HttpResponse<String> api(String user, String path) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Authorization", "Basic " + basic)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}

package se.samverkan.gvi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;
import se.samverkan.gvi.security.LocalIdentityProvider.Account;
import se.samverkan.gvi.support.HeadlessChromium;

/**
 * The pages' sign-in in production, end to end: a real OpenID Connect provider (Spring
 * Authorization Server, {@link LocalIdentityProvider}) and the service in the prod profile, each on
 * its own random port, and headless Chromium from the operating system signing people in at the
 * provider's own form. Nothing of the flow is mocked: the service reads the provider's metadata,
 * exchanges the code (with PKCE and its client secret), checks the ID token against the provider's
 * keys, and signs out at the provider too. The API takes the same provider's access tokens.
 *
 * <p>Without Chromium the browser tests are skipped with a message (with {@code CI=true} they fail);
 * the API tests run regardless.
 */
class OidcPageSignInBrowserTests {

    static final String AUDIENCE = "gvi-decision-core";
    static final String GROUP = "G-OIDC";

    /** A coordinator of Huddinge; the provider also knows groups that are no role of the service. */
    static final Account ANNA =
            new Account("anna", "anna-pw-1", "anna.karlsson", List.of("COORDINATOR", "intranet-users"), "huddinge");

    static final Account LARS = new Account("lars", "lars-pw-1", "lars.berg", List.of("AUDITOR"), "huddinge");
    /** A national analyst: the role and no site, as the provider gives it. */
    static final Account NILS = new Account("nils", "nils-pw-1", "nils.lind", List.of("NATIONAL_ANALYST"), null);

    /** Machine callers of the API with tokens of their own (client credentials). */
    static final Account REGISTRY =
            new Account("gvi-registry", "registry-secret", "kartlaggning-import", List.of("ADMIN"), "huddinge");

    static final Account AUDIT_EXPORT =
            new Account("gvi-audit-export", "audit-secret", "granskning-export", List.of("AUDITOR"), "huddinge");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static LocalIdentityProvider.Running provider;
    private static ConfigurableApplicationContext service;
    private static String base;

    private @Nullable HeadlessChromium chromium;
    private @Nullable WebDriver browser;

    @BeforeAll
    static void startProviderAndService() throws Exception {
        provider = LocalIdentityProvider.start(new LocalIdentityProvider.Directory(
                List.of(ANNA, LARS, NILS), List.of(REGISTRY, AUDIT_EXPORT), AUDIENCE));
        service = ProdProfile.start(
                "prod-oidc",
                "--gvi.security.demo-users=false",
                "--gvi.security.jwt.issuer-uri=" + provider.issuer(),
                // the keys from the issuer's metadata, as for the pages
                "--gvi.security.jwt.jwk-set-uri=",
                "--gvi.security.jwt.audience=" + AUDIENCE,
                "--gvi.security.jwt.roles-claim=realm_access.roles",
                "--gvi.security.jwt.user-name-claim=preferred_username",
                "--gvi.security.oidc.client-id=gvi-pages",
                "--gvi.security.oidc.client-secret=pages-secret");
        base = "http://127.0.0.1:" + ProdProfile.port(service);
        provider.registerPages("gvi-pages", "pages-secret", base);

        // a group of Huddinge, registered over the API with the registry's own token
        String registry = provider.clientCredentialsToken(REGISTRY);
        assertThat(call("PUT", "/api/v1/persons/" + GROUP + "-A", registry, "{\"birthDate\":\"1998-04-01\"}")
                        .statusCode())
                .isIn(200, 201);
        HttpResponse<String> group = call("PUT", "/api/v1/groups/" + GROUP, registry, """
                {"name":"Oidcgänget","area":"Fiktiva området","rivals":[],
                 "audit":{"mappedOn":"2025-06-01","members":[{"personRef":"%s-A","joinedOn":"2024-01-01"}]}}""".formatted(GROUP));
        assertThat(group.statusCode()).as(group.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aCoordinatorSignsInAtTheIdentityProviderWorksOnThePagesAndSignsOutThereToo() throws Exception {
        open();
        browser.get(base + "/");
        signInAtProvider(ANNA);
        // back at the page asked for (Spring Security marks a saved request's return with ?continue)
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Inkorg");
        // the name from the configured claim (preferred_username), not the provider's subject
        assertThat(browser.findElement(By.cssSelector(".who")).getText()).isEqualTo("Inloggad som anna.karlsson");
        assertThat(browser.findElements(By.cssSelector("nav a")).stream().map(WebElement::getText))
                .containsExactly("Inkorg", "Försenade åtgärder", "Regler", "Grupper", "Versionshistorik");
        screenshot("oidc-inbox");

        // a page of the coordinator's own site: the site came from the ID token's site claim
        browser.get(base + "/groups/" + GROUP);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Grupp " + GROUP + " – Oidcgänget");
        browser.get(base + "/actions/overdue");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Försenade åtgärder");

        browser.findElement(By.xpath("//button[normalize-space(.)='Logga ut']")).click();
        wait(Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().equals(base + "/login?logout"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Du är utloggad.");
        assertThat(browser.findElement(By.id("provider-sign-in")).getText())
                .isEqualTo("Logga in via identitetsleverantören");
        assertThat(browser.findElements(By.id("password"))).isEmpty();
        screenshot("oidc-signed-out");
        // signed out at the provider too: the next page asks for the password again instead of signing straight in
        browser.get(base + "/");
        wait(Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().startsWith(provider.issuer() + "/login"));
        assertThat(browser.findElements(By.id("password"))).hasSize(1);

        // the decision log names the page user as the configured claim does, in their site's log
        HttpResponse<String> log = call(
                "GET", "/api/v1/audit?subject=group:" + GROUP, provider.clientCredentialsToken(AUDIT_EXPORT), null);
        assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
        assertThat(log.body())
                .contains(
                        "\"action\":\"GROUP_READ\"",
                        "\"actor\":\"anna.karlsson\"",
                        "\"actor\":\"kartlaggning-import\"");
    }

    @Test
    void anAuditorStartsAtTheDecisionLogAndGetsTheForbiddenPageForAGroup() throws Exception {
        open();
        browser.get(base + "/login");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Logga in");
        assertThat(browser.findElements(By.id("username"))).isEmpty();
        screenshot("oidc-login");
        browser.findElement(By.id("provider-sign-in")).click();
        signInAtProvider(LARS);
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/audit");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Beslutslogg");
        assertThat(browser.findElement(By.cssSelector(".who")).getText()).isEqualTo("Inloggad som lars.berg");

        browser.get(base + "/groups/" + GROUP);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ingen behörighet");
        screenshot("oidc-forbidden");
    }

    @Test
    void aNationalAnalystWithoutASiteStartsAtTheNationalOverviewAndGetsTheForbiddenPageElsewhere() throws Exception {
        open();
        browser.get(base + "/login");
        browser.findElement(By.id("provider-sign-in")).click();
        signInAtProvider(NILS);
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/national");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nationell översikt");
        assertThat(browser.findElement(By.cssSelector(".who")).getText()).isEqualTo("Inloggad som nils.lind");
        screenshot("oidc-national");

        browser.get(base + "/actions/overdue");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ingen behörighet");
    }

    @Test
    void theApiTakesTheSameProvidersAccessTokensWithTheirRoles() throws Exception {
        String registry = provider.clientCredentialsToken(REGISTRY);
        String auditor = provider.clientCredentialsToken(AUDIT_EXPORT);
        assertThat(call("GET", "/api/v1/groups/" + GROUP, registry, null).statusCode())
                .isEqualTo(200);
        HttpResponse<String> forbidden = call("GET", "/api/v1/groups/" + GROUP, auditor, null);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(call("GET", "/api/v1/groups/" + GROUP, null, null).statusCode())
                .isEqualTo(401);
        // the API description: for signed-in callers only in prod
        assertThat(call("GET", "/v3/api-docs", registry, null).body()).contains("/api/v1/incidents");
        assertThat(call("GET", "/v3/api-docs", null, null).statusCode()).isEqualTo(401);
    }

    /** The provider's own sign-in form, then back at the service (through its sign-in return address). */
    private void signInAtProvider(Account person) {
        wait(Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().startsWith(provider.issuer() + "/login"));
        browser.findElement(By.id("username")).sendKeys(person.id());
        browser.findElement(By.id("password")).sendKeys(person.password());
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait(Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().startsWith(base + "/")
                        && !d.getCurrentUrl().contains("/login/oauth2/code/"));
    }

    private static HttpResponse<String> call(String method, String path, @Nullable String token, @Nullable String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void open() throws IOException {
        chromium = HeadlessChromium.open(1280, 900);
        browser = chromium.driver();
    }

    private WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }

    private void screenshot(String name) throws IOException {
        chromium.screenshot(name);
    }
}

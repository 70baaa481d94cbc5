package se.samverkan.gvi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The prod profile over real HTTP: what an anonymous caller reaches besides the sign-in. The
 * identity provider is configured but never called here (its metadata is read at the first
 * sign-in, not at start).
 */
class ProdHttpEndpointsTests {

    private static ConfigurableApplicationContext service;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startProd() {
        service = ProdProfile.start(
                "prod-endpoints",
                "--gvi.security.demo-users=false",
                "--gvi.security.jwt.issuer-uri=http://127.0.0.1:9/never-called-issuer",
                "--gvi.security.jwt.audience=gvi-decision-core",
                "--gvi.security.oidc.client-id=gvi-pages",
                "--gvi.security.oidc.client-secret=never-sent");
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void theApiDescriptionAndItsUiAreNotOpenToAnonymousCallers() throws Exception {
        for (String path : new String[] {
            "/v3/api-docs",
            "/v3/api-docs.yaml",
            "/swagger-ui/swagger-initializer.js",
            "/swagger-ui.html",
            "/swagger-ui/index.html"
        }) {
            HttpResponse<String> response = get(path, "application/json");
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body())
                    .as(path)
                    .contains("\"type\":\"urn:gvi:problem:unauthenticated\"")
                    .doesNotContain("openapi");
        }
    }

    @Test
    void theErrorPathRequestedDirectlyIsNotFoundNeverAnInternalError() throws Exception {
        HttpResponse<String> json = get("/error", "application/json");
        assertThat(json.statusCode()).as(json.body()).isEqualTo(404);
        assertThat(json.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.body()).contains("\"type\":\"urn:gvi:problem:not-found\"", "\"status\":404");

        HttpResponse<String> page = get("/error", "text/html");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(404);
        assertThat(get("/error?status=500", "*/*").statusCode()).isEqualTo(404);
    }

    @Test
    void aPageAskedForWithoutASessionGoesToTheIdentityProvider() throws Exception {
        HttpResponse<String> response = get("/groups/G-SKOG", "text/html");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/oauth2/authorization/idp"));
    }

    @Test
    void theSignInPageOffersTheIdentityProviderAndNoPasswordForm() throws Exception {
        HttpResponse<String> page = get("/login", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Logga in via identitetsleverantören", "href=\"/oauth2/authorization/idp\"")
                .doesNotContain("type=\"password\"", "Användarnamn", "Demoanvändare", "coordinator");
        // and nothing answers a posted user name and password
        HttpResponse<String> posted = HTTP.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=coordinator&password=demo"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(403);
    }

    @Test
    void anUnreachableIdentityProviderIsNoInternalError() throws Exception {
        HttpResponse<String> response = get("/oauth2/authorization/idp", "text/html");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + ProdProfile.port(service) + path);
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest request =
                HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}

package se.samverkan.gvi.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.samverkan.gvi.GviApplication;
import se.samverkan.gvi.decision.RuleFolderFixture;
import se.samverkan.gvi.rules.runtime.ActiveRuleSet;
import se.samverkan.gvi.support.Instances;
import se.samverkan.gvi.support.PostgresAvailable;
import se.samverkan.gvi.support.PostgresSchema;

/**
 * Two instances of the service on loopback ports, sharing one PostgreSQL schema, behave as one:
 * a reload on one serves on the other within the sync interval (for that site only), a restarted
 * instance serves each site's recorded version, and the same incident posted to both at once is
 * stored once.
 */
@ExtendWith(PostgresAvailable.class)
class MultiInstanceTests {

    @TempDir
    static Path workspace;

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static Map<String, String> database;

    @BeforeAll
    static void startTwoInstances() {
        Path firstRules = RuleFolderFixture.copyOfProjectRules(workspace.resolve("first"));
        Path secondRules = RuleFolderFixture.copyOfProjectRules(workspace.resolve("second"));
        database = PostgresSchema.properties("multi_instance");
        first = start(database, firstRules);
        second = start(database, secondRules);
    }

    private static ConfigurableApplicationContext start(Map<String, String> database, Path rules) {
        Map<String, String> properties = new HashMap<>(database);
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("gvi.rules.path", rules.toString());
        properties.put("gvi.rules.sync-interval", "PT1S");
        properties.put("spring.main.banner-mode", "off");
        String[] args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(GviApplication.class).run(args);
    }

    @AfterAll
    static void stop() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    private static HttpResponse<String> call(
            ConfigurableApplicationContext instance, String user, String method, String path, @Nullable String body)
            throws Exception {
        return Instances.call(instance, user, method, path, body);
    }

    private static String version(ConfigurableApplicationContext instance) {
        return version(instance, "huddinge");
    }

    private static String version(ConfigurableApplicationContext instance, String site) {
        return instance.getBean(ActiveRuleSet.class).current(site).version();
    }

    @Test
    void aReloadOnOneInstanceServesOnTheOtherWithinSeconds() throws Exception {
        Path levers = workspace.resolve("first/rules/levers.yaml");
        Files.writeString(
                levers,
                Files.readString(levers).replace("legalBasis: \"utmätning\"", "legalBasis: \"utmätning av lön\""));
        String before = version(second);
        String malmoFirst = version(first, "malmo");
        String malmoSecond = version(second, "malmo");

        HttpResponse<String> reload = call(first, "legal", "POST", "/api/v1/rules/reload", null);

        assertThat(reload.statusCode()).as(reload.body()).isEqualTo(200);
        String reloaded = version(first);
        assertThat(reloaded).isNotEqualTo(before);
        Awaitility.await("the second instance follows the reload made on the first")
                .atMost(Duration.ofSeconds(15))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(200))
                .until(() -> version(second), reloaded::equals);
        assertThat(call(second, "legal", "GET", "/api/v1/rules", null).body()).contains(reloaded);
        // levers.yaml is common, but the reload was Huddinge's: Malmö keeps its version on both instances
        assertThat(version(first, "malmo")).isEqualTo(malmoFirst);
        assertThat(version(second, "malmo")).isEqualTo(malmoSecond);
    }

    @Test
    void aRestartedInstanceAdoptsEachSitesRecordedVersionNotItsChangedFolder() {
        Path rules = RuleFolderFixture.copyOfProjectRules(workspace.resolve("third"));
        RuleFolderFixture.replace(
                rules.resolve("sites/malmo/promises/malmo-2025.yaml"), "  STANDARD: 10", "  STANDARD: 9");
        RuleFolderFixture.replace(
                rules.resolve("sites/huddinge/promises/huddinge-2024.yaml"), "  STANDARD: 7", "  STANDARD: 6");
        String huddinge = version(first, "huddinge");
        String malmo = version(first, "malmo");
        try (ConfigurableApplicationContext third = start(database, rules)) {
            assertThat(version(third, "huddinge")).isEqualTo(huddinge);
            assertThat(version(third, "malmo")).isEqualTo(malmo).isNotEqualTo(huddinge);
        }
    }

    @Test
    void theSameIncidentPostedToBothInstancesAtOnceIsStoredOnce() throws Exception {
        call(first, "admin", "PUT", "/api/v1/persons/MI-A", "{\"birthDate\":\"1998-04-01\",\"underSupervision\":true}");
        call(first, "admin", "PUT", "/api/v1/groups/MI1", """
                {"name":"Grupp MI1","area":"Fiktiva området","rivals":[],
                 "audit":{"mappedOn":"2025-06-01","members":[{"personRef":"MI-A","joinedOn":"2024-01-01"}]}}""");
        String incident = """
                {"reference":"K-MI-1","type":"SHOOTING","occurredAt":"2026-02-01T21:40:00+01:00","area":"Fiktivt",
                 "summary":"Fiktiv händelse","attributions":[{"groupRef":"MI1","role":"PERPETRATOR","confidence":"CONFIRMED"}],
                 "suspects":[]}""";

        CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> post(first, incident));
        CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> post(second, incident));
        List<Integer> statuses = List.of(a.get().statusCode(), b.get().statusCode());

        assertThat(statuses).containsExactlyInAnyOrder(201, 200);
        assertThat(a.get().body().replaceAll("\\s", ""))
                .isEqualTo(b.get().body().replaceAll("\\s", ""));
    }

    private static HttpResponse<String> post(ConfigurableApplicationContext instance, String body) {
        try {
            return call(instance, "liaison", "POST", "/api/v1/incidents", body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

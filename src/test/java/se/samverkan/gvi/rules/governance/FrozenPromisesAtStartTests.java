package se.samverkan.gvi.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import se.samverkan.gvi.GviApplication;
import se.samverkan.gvi.decision.RuleFolderFixture;
import se.samverkan.gvi.rules.runtime.ActiveRuleSet;
import se.samverkan.gvi.support.Instances;
import se.samverkan.gvi.support.PostgresAvailable;
import se.samverkan.gvi.support.PostgresSchema;
import se.samverkan.gvi.support.TestPostgres;

/**
 * A delivered promise stays frozen across restarts. A restart serves the version recorded in the
 * database, never a changed folder, so a folder that changes a delivered promise is only reported
 * at start (its reload is refused); on the very first start there is no earlier version to serve,
 * so such a folder stops the start like a broken rule file. Call-ins stored before delivered
 * promises were recorded get their promise's content from the version that serves at start.
 */
@ExtendWith({PostgresAvailable.class, OutputCaptureExtension.class})
class FrozenPromisesAtStartTests {

    private static final String PROMISE = "sites/huddinge/promises/huddinge-2024.yaml";
    private static final String TEXT = "Om någon i er grupp dödar, skjuter eller spränger";
    private static final String CHANGED_TEXT = "Om någon i er grupp dödar, försöker döda, skjuter eller spränger";

    @TempDir
    static Path workspace;

    private static Map<String, String> database;
    private static String firstVersion;

    /** One instance starts on an empty database, registers a call-in with Huddinge's promise, and stops. */
    @BeforeAll
    static void aCallInDeliveredHuddingesPromise() throws Exception {
        database = PostgresSchema.properties("frozen_at_start");
        try (ConfigurableApplicationContext first =
                start(RuleFolderFixture.copyOfProjectRules(workspace.resolve("first")))) {
            firstVersion = version(first);
            call(first, "admin", "PUT", "/api/v1/persons/FS-A", "{\"birthDate\":\"1998-04-01\"}");
            call(first, "admin", "PUT", "/api/v1/groups/FS1", """
                    {"name":"Grupp FS1","area":"Fiktiva området","rivals":[],
                     "audit":{"mappedOn":"2025-06-01","members":[{"personRef":"FS-A","joinedOn":"2024-01-01"}]}}""");
            HttpResponse<String> callIn = call(first, "coordinator", "POST", "/api/v1/groups/FS1/call-ins", """
                    {"heldOn":"2026-01-10","promiseId":"HUDDINGE-2024","attendees":["FS-A"],
                     "speakers":[{"role":"POLICE"}],"customNotifications":[]}""");
            assertThat(callIn.statusCode()).as(callIn.body()).isEqualTo(201);
        }
    }

    private static ConfigurableApplicationContext start(Path rules) {
        Map<String, String> properties = new HashMap<>(database);
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("gvi.rules.path", rules.toString());
        properties.put("spring.main.banner-mode", "off");
        String[] args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(GviApplication.class).run(args);
    }

    private static HttpResponse<String> call(
            ConfigurableApplicationContext instance, String user, String method, String path, @Nullable String body)
            throws Exception {
        return Instances.call(instance, user, method, path, body);
    }

    private static String version(ConfigurableApplicationContext instance) {
        return instance.getBean(ActiveRuleSet.class).current("huddinge").version();
    }

    /** As the database owner, past row-level security: what a migration or an operator would do. */
    private static void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(database.get("spring.datasource.url"), TestPostgres.USER, "");
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static long count(String query) throws SQLException {
        try (Connection c = DriverManager.getConnection(database.get("spring.datasource.url"), TestPostgres.USER, "");
                Statement s = c.createStatement();
                var rows = s.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Path changedFolder(String name) {
        Path rules = RuleFolderFixture.copyOfProjectRules(workspace.resolve(name));
        RuleFolderFixture.replace(rules.resolve(PROMISE), TEXT, CHANGED_TEXT);
        return rules;
    }

    @Test
    void aRestartWithAFolderThatChangesADeliveredPromiseServesTheRecordedVersionReportsItAndRefusesItsReload(
            CapturedOutput output) throws Exception {
        // as if the call-in had been stored before delivered promises were recorded
        sql("delete from delivered_promise");
        Path rules = changedFolder("restart");

        try (ConfigurableApplicationContext restarted = start(rules)) {
            assertThat(version(restarted)).isEqualTo(firstVersion);
            assertThat(restarted
                            .getBean(ActiveRuleSet.class)
                            .current("huddinge")
                            .promises()
                            .get("HUDDINGE-2024")
                            .text())
                    .contains(TEXT);
            assertThat(count("select count(*) from delivered_promise where promise_id = 'HUDDINGE-2024' "
                            + "and first_group_ref = 'FS1'"))
                    .as("recorded from the version that serves")
                    .isEqualTo(1);
            assertThat(output.getAll())
                    .contains("changes promises of the site huddinge already delivered at call-ins, "
                            + "so its reload will be refused")
                    .contains(PROMISE + ":")
                    .contains(
                            "Löftet HUDDINGE-2024 har lämnats " + "vid call-in med FS1 2026-01-10 och får inte ändras");

            HttpResponse<String> reload = call(restarted, "legal", "POST", "/api/v1/rules/reload", null);

            assertThat(reload.statusCode()).as(reload.body()).isEqualTo(422);
            assertThat(reload.body()).contains(PROMISE).contains("FS1 2026-01-10");
            assertThat(version(restarted)).isEqualTo(firstVersion);
        }
    }

    @Test
    void aFirstStartWithAFolderThatChangesADeliveredPromiseFailsNamingTheFileThePromiseAndTheCallIn() throws Exception {
        // as if no version had ever served the site, so the folder's would be the first
        sql("delete from rule_set_active where site = 'huddinge'");
        try {
            assertThatThrownBy(() -> start(changedFolder("first-start")).close())
                    .satisfies(e -> {
                        StringBuilder messages = new StringBuilder();
                        for (Throwable t = e; t != null; t = t.getCause()) {
                            messages.append(t.getMessage()).append('\n');
                        }
                        assertThat(messages.toString())
                                .contains("cannot serve the site huddinge")
                                .contains(PROMISE + ":")
                                .contains("Löftet HUDDINGE-2024 har lämnats vid call-in med FS1 "
                                        + "2026-01-10 och får inte ändras; bara validTo får sättas.");
                    });
            assertThat(count("select count(*) from rule_set_active where site = 'huddinge'"))
                    .as("the refused folder never became the active version")
                    .isZero();
        } finally {
            try (ConfigurableApplicationContext unchanged =
                    start(RuleFolderFixture.copyOfProjectRules(workspace.resolve("unchanged")))) {
                assertThat(version(unchanged)).isEqualTo(firstVersion);
            }
        }
    }
}

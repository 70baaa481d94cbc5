package se.samverkan.gvi.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.gvi.decision.Priority;
import se.samverkan.gvi.decision.RuleFolderFixture;
import se.samverkan.gvi.rules.runtime.ActiveRuleSet;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.IntegrationTest;
import se.samverkan.gvi.support.TestClock;
import tools.jackson.databind.JsonNode;

/**
 * A promise delivered at a stored call-in is frozen: a reload or an impact run that changes anything
 * of it but its validTo, or removes it, is refused naming the promise file, the changed line, the
 * promise and the call-ins that delivered it, and the previous version keeps serving. On PostgreSQL.
 */
@IntegrationTest(schema = "frozen_promises")
@Import(TestClock.Config.class)
@DirtiesContext
class FrozenPromisesTests {

    private static final String DELIVERED = "sites/huddinge/promises/huddinge-2024.yaml";
    private static final String NEVER_DELIVERED = "sites/huddinge/promises/huddinge-2027.yaml";

    @TempDir
    static Path workspace;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        Path rules = RuleFolderFixture.copyOfProjectRules(workspace);
        RuleFolderFixture.copy(Path.of("rules"), workspace.resolve("proposals/more-triggers"));
        RuleFolderFixture.replace(
                workspace.resolve("proposals/more-triggers").resolve(DELIVERED),
                "triggers: [HOMICIDE,",
                "triggers: [AGGRAVATED_ASSAULT, HOMICIDE,");
        RuleFolderFixture.copy(Path.of("rules"), workspace.resolve("proposals/ends-in-march"));
        RuleFolderFixture.replace(
                workspace.resolve("proposals/ends-in-march").resolve(DELIVERED),
                "validTo: null",
                "validTo: 2026-03-31");
        registry.add("gvi.rules.path", rules::toString);
        registry.add(
                "gvi.rules.proposals-root", () -> workspace.resolve("proposals").toString());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActiveRuleSet active;

    Api api;

    @BeforeEach
    void twoGroupsWereGivenHuddingesPromise() {
        api = new Api(mvc, jdbc);
        if (jdbc.sql("select count(*) from gvi_group").query(Long.class).single() == 0) {
            api.group("FP1", true);
            api.group("FP2", true);
        }
    }

    private static Path rules(String file) {
        return workspace.resolve("rules").resolve(file);
    }

    private static int lineOf(Path file, String start) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(file + " has no line starting with " + start);
    }

    private long refusals() {
        return jdbc.sql("select count(*) from decision_log where action = 'RULES_RELOAD_REFUSED'")
                .query(Long.class)
                .single();
    }

    @Test
    void aCallInRecordsWhatItsPromiseSaidOnce() {
        List<String> recorded = jdbc.sql("""
                select promise_id || ' ' || first_group_ref || ' ' || first_delivered_on || ' ' || length(content_sha256)
                from delivered_promise where site = 'huddinge' and promise_id = 'HUDDINGE-2024'""").query(String.class).list();

        assertThat(recorded)
                .as("the first call-in's delivery counts")
                .containsExactly("HUDDINGE-2024 FP1 2026-01-10 64");
        assertThat(jdbc.sql("select content from delivered_promise where promise_id = 'HUDDINGE-2024'")
                        .query(String.class)
                        .single())
                .contains("dödar, skjuter eller spränger")
                .doesNotContain("validTo");
    }

    @ParameterizedTest(name = "changing {2} of a delivered promise is refused")
    @CsvSource(delimiter = '|', textBlock = """
            Om någon i er grupp dödar, skjuter eller spränger | Om någon i er grupp dödar, försöker döda, skjuter eller spränger | text:                 | texten (text)
            triggers: [HOMICIDE, ATTEMPTED_HOMICIDE,         | triggers: [HOMICIDE,                                           | triggers:             | de utlösande händelserna (triggers)
            levers: [SUPERVISION_REVIEW,                     | levers: [DEBT_ENFORCEMENT, SUPERVISION_REVIEW,                  | levers:               | de utlovade åtgärderna (levers)
            STANDARD: 7                                      | STANDARD: 5                                                    | deadlines:            | fristerna (deadlines)
            escalationWindowDays: 90                         | escalationWindowDays: 60                                       | escalationWindowDays: | eskaleringsfönstret (escalationWindowDays)
            validFrom: 2024-06-01                            | validFrom: 2024-07-01                                          | validFrom:            | dagen då löftet börjar gälla (validFrom)
            får sina villkor prövade.                        | får sina villkor prövade utan dröjsmål.                        | clauses:              | klausulerna (clauses)
            """)
    void aReloadThatChangesADeliveredPromiseIsRefusedNamingItsLineThePromiseAndTheCallIns(
            String text, String replacement, String key, String field) throws IOException {
        Path promise = rules(DELIVERED);
        String original = Files.readString(promise);
        String serving = active.current("huddinge").version();
        long refusals = refusals();
        try {
            RuleFolderFixture.replace(promise, text, replacement);
            if (key.equals("levers:")) {
                RuleFolderFixture.replace(promise, "clauses:\n", """
                        clauses:
                          - ref: "§9"
                            about: DEBT_ENFORCEMENT
                            text: "Kronofogden driver in skulder."
                        """);
            }

            Api.Answer answer = api.post("legal", "/api/v1/rules/reload", "");

            assertThat(answer.status()).as(answer.text()).isEqualTo(422);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            // Huddinge's own scenarios may fail on the changed promise too; the promise's refusal is one error of its
            // own.
            List<JsonNode> aboutThePromise = new ArrayList<>();
            answer.get("errors").forEach(e -> {
                if (e.get("file").asString().equals(DELIVERED)) {
                    aboutThePromise.add(e);
                }
            });
            assertThat(aboutThePromise).as(answer.text()).hasSize(1);
            JsonNode error = aboutThePromise.get(0);
            assertThat(error.get("line").asInt()).isEqualTo(lineOf(promise, key));
            assertThat(error.get("message").asString())
                    .startsWith(
                            "Löftet HUDDINGE-2024 har lämnats vid call-in med FP1 2026-01-10 och FP2 2026-01-10 och "
                                    + "får inte ändras; bara validTo får sättas.")
                    .contains("Ändrat: " + field)
                    .contains("Skriv ett nytt löfte med ett nytt id");
            assertThat(active.current("huddinge").version()).isEqualTo(serving);
            assertThat(refusals()).isEqualTo(refusals + 1);
        } finally {
            Files.writeString(promise, original);
        }
    }

    @Test
    void settingOnlyTheValidToOfADeliveredPromiseIsReloaded() throws IOException {
        Path promise = rules(DELIVERED);
        String original = Files.readString(promise);
        try {
            RuleFolderFixture.replace(promise, "validTo: null", "validTo: 2027-06-30");

            Api.Answer reloaded = api.post("legal", "/api/v1/rules/reload", "");

            assertThat(reloaded.status()).as(reloaded.text()).isEqualTo(200);
            assertThat(active.current("huddinge")
                            .promises()
                            .get("HUDDINGE-2024")
                            .validTo())
                    .hasToString("2027-06-30");
        } finally {
            Files.writeString(promise, original);
            Api.Answer restored = api.post("legal", "/api/v1/rules/reload", "");
            assertThat(restored.status())
                    .as("validTo may be changed again: " + restored.text())
                    .isEqualTo(200);
            assertThat(active.current("huddinge")
                            .promises()
                            .get("HUDDINGE-2024")
                            .validTo())
                    .isNull();
        }
    }

    @Test
    void removingADeliveredPromiseFileIsRefused() throws IOException {
        Path promise = rules(DELIVERED);
        String original = Files.readString(promise);
        String serving = active.current("huddinge").version();
        try {
            Files.delete(promise);

            Api.Answer answer = api.post("legal", "/api/v1/rules/reload", "");

            assertThat(answer.status()).as(answer.text()).isEqualTo(422);
            assertThat(answer.get("errors")).anySatisfy(error -> {
                assertThat(error.get("file").asString()).isEqualTo(DELIVERED);
                assertThat(error.get("line").asInt()).isEqualTo(1);
                assertThat(error.get("message").asString())
                        .startsWith("Löftet HUDDINGE-2024 har lämnats vid call-in med "
                                + "FP1 2026-01-10 och FP2 2026-01-10 och får inte tas bort.")
                        .contains("sätt validTo");
            });
            assertThat(active.current("huddinge").version()).isEqualTo(serving);
        } finally {
            Files.writeString(promise, original);
        }
    }

    @Test
    void anImpactRunOnAFolderThatChangesADeliveredPromiseIsRefusedAndOneThatEndsItIsNot() {
        Api.Answer refused = api.post("legal", "/api/v1/rules/impact", "{\"folder\":\"more-triggers\"}");

        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("file").asString()).isEqualTo(DELIVERED);
            assertThat(error.get("message").asString())
                    .startsWith("Löftet HUDDINGE-2024 har lämnats vid call-in med FP1 "
                            + "2026-01-10 och FP2 2026-01-10 och får inte ändras")
                    .contains("triggers");
        });

        Api.Answer ends = api.post("legal", "/api/v1/rules/impact", "{\"folder\":\"ends-in-march\"}");
        assertThat(ends.status()).as(ends.text()).isEqualTo(200);
    }

    @Test
    void aPromiseNoCallInDeliveredCanBeChangedUntilACallInDeliversIt() throws IOException {
        Path promise = rules(NEVER_DELIVERED);
        String original = Files.readString(promise);
        String changed = original.replace("  STANDARD: 7", "  STANDARD: 6");
        try {
            Files.writeString(promise, changed);
            Api.Answer reloaded = api.post("legal", "/api/v1/rules/reload", "");
            assertThat(reloaded.status()).as(reloaded.text()).isEqualTo(200);
            assertThat(active.current("huddinge")
                            .promises()
                            .get("HUDDINGE-2027")
                            .deadlineDays(Priority.STANDARD))
                    .isEqualTo(6);
            Files.writeString(promise, original);
            assertThat(api.post("legal", "/api/v1/rules/reload", "").status()).isEqualTo(200);

            api.group("FP3", false);
            Api.Answer callIn = api.post("coordinator", "/api/v1/groups/FP3/call-ins", """
                    {"heldOn":"2026-02-01","promiseId":"HUDDINGE-2027","attendees":["FP3-A"],"speakers":[{"role":"POLICE"}],
                     "customNotifications":[]}""");
            assertThat(callIn.status()).as(callIn.text()).isEqualTo(201);
            Files.writeString(promise, changed);

            Api.Answer refused = api.post("legal", "/api/v1/rules/reload", "");
            assertThat(refused.status()).as(refused.text()).isEqualTo(422);
            assertThat(refused.get("errors")).singleElement().satisfies(error -> {
                assertThat(error.get("file").asString()).isEqualTo(NEVER_DELIVERED);
                assertThat(error.get("line").asInt()).isEqualTo(lineOf(promise, "deadlines:"));
                assertThat(error.get("message").asString())
                        .startsWith("Löftet HUDDINGE-2027 har lämnats vid call-in med "
                                + "FP3 2026-02-01 och får inte ändras")
                        .contains("Ändrat: fristerna (deadlines).");
            });
            assertThat(active.current("huddinge")
                            .promises()
                            .get("HUDDINGE-2027")
                            .deadlineDays(Priority.STANDARD))
                    .isEqualTo(7);
        } finally {
            Files.writeString(promise, original);
        }
    }
}

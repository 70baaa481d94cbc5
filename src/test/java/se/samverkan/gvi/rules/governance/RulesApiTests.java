package se.samverkan.gvi.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.gvi.support.Api.incident;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.gvi.decision.RuleFolderFixture;
import se.samverkan.gvi.rules.runtime.ActiveRuleSet;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.IntegrationTest;
import se.samverkan.gvi.support.ProposedFolders;
import se.samverkan.gvi.support.TestClock;
import tools.jackson.databind.JsonNode;

/** Reading, reloading, approving and replaying the rules in a running service (docs/rules.md), on PostgreSQL. */
@IntegrationTest(schema = "rules_api")
@Import(TestClock.Config.class)
@DirtiesContext
class RulesApiTests {

    @TempDir
    static Path workspace;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        Path rules = RuleFolderFixture.copyOfProjectRules(workspace);
        // a changed policy the lawful way: the delivered promise ends, a new one with debt enforcement follows
        ProposedFolders.debtFromMay(workspace.resolve("proposals/debt-from-may"));
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

    @Autowired
    Api api;

    private Path rules() {
        return workspace.resolve("rules");
    }

    @Test
    void theActiveRuleSetListsItsRulesPromisesAndLevers() {
        Api.Answer answer = api.get("coordinator", "/api/v1/rules");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.get("version").asString())
                .isEqualTo(active.current("huddinge").version())
                .matches("[0-9a-f]{64}");
        assertThat(answer.get("loadedAt").asString()).isNotBlank();
        assertThat(answer.get("promises").toString()).contains("HUDDINGE-2024");
        assertThat(answer.get("levers").toString()).contains("SUPERVISION_REVIEW", "DEBT_ENFORCEMENT");
        JsonNode rule = answer.get("rules").get(0);
        assertThat(rule.get("id").asString()).matches("GVI-\\d\\d");
        assertThat(rule.get("legalBasis").asString()).isNotBlank();
        assertThat(rule.get("file").asString()).startsWith("gvi/");
    }

    @Test
    void aBrokenFolderIsRefusedWithFileAndLineAndThePreviousVersionKeepsServing() throws IOException {
        String serving = active.current("huddinge").version();
        long log = api.count("decision_log");
        Path file = rules().resolve("gvi/05-custody-exit.dslr");
        String original = Files.readString(file);
        try {
            Files.writeString(
                    file,
                    original.replace(
                            "Personen har fyllt straffbarhetsåldern och är frihetsberövad", "Personen sitter häktad"));

            Api.Answer answer = api.post("legal", "/api/v1/rules/reload", "");

            assertThat(answer.status()).as(answer.text()).isEqualTo(422);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            JsonNode error = answer.get("errors").get(0);
            assertThat(error.get("file").asString()).isEqualTo("gvi/05-custody-exit.dslr");
            assertThat(error.get("line").asInt()).isPositive();
            assertThat(error.get("message").asString()).contains("Personen sitter häktad");
            assertThat(active.current("huddinge").version()).isEqualTo(serving);
            assertThat(api.count("decision_log")).isEqualTo(log + 1);
            assertThat(jdbc.sql("select action from decision_log order by seq desc limit 1")
                            .query(String.class)
                            .single())
                    .isEqualTo("RULES_RELOAD_REFUSED");
        } finally {
            Files.writeString(file, original);
        }
    }

    @Test
    void aChangedDeadlineInThePromiseTheScenariosPinIsRefused() throws IOException {
        Path promise = workspace.resolve("rules/sites/huddinge/promises/huddinge-2024.yaml");
        String original = Files.readString(promise);
        try {
            Files.writeString(promise, original.replace("STANDARD: 7", "STANDARD: 5"));

            Api.Answer answer = api.post("legal", "/api/v1/rules/reload", "");

            assertThat(answer.status()).as(answer.text()).isEqualTo(422);
            assertThat(answer.get("errors").toString())
                    .contains("frister-och-eskalering.feature")
                    .contains("skulle ha fristen 2026-02-09 09:00 men har 2026-02-07 09:00");
        } finally {
            Files.writeString(promise, original);
        }
    }

    @Test
    void aReloadShowsTheWarningsOfTheCheckBesideTheNewVersion() throws IOException {
        Path table = rules().resolve("gvi/lever-deadlines.drl.csv");
        String original = Files.readString(table);
        try {
            // longer than Huddinge's seven days for STANDARD: allowed, changes nothing, worth a warning
            Files.writeString(
                    table,
                    original.stripTrailing() + "\nSTANDARD,DEBT_ENFORCEMENT,30,"
                            + "\"[UB-4]: ett tak för senare löften\"\n");
            int line = (int) original.stripTrailing().lines().count() + 1;

            Api.Answer reloaded = api.post("legal", "/api/v1/rules/reload", "");

            assertThat(reloaded.status()).as(reloaded.text()).isEqualTo(200);
            JsonNode warnings = reloaded.get("warnings");
            // one for each of Huddinge's promises, both seven days
            assertThat(warnings).hasSize(2);
            for (JsonNode warning : warnings) {
                assertThat(warning.get("file").asString()).isEqualTo("gvi/lever-deadlines.drl.csv");
                assertThat(warning.get("line").asInt()).isEqualTo(line);
            }
            assertThat(warnings.toString())
                    .contains(
                            "30 dagar är längre än löftet HUDDINGE-2024", "30 dagar är längre än löftet HUDDINGE-2027");
        } finally {
            Files.writeString(table, original);
            Api.Answer restored = api.post("legal", "/api/v1/rules/reload", "");
            assertThat(restored.status()).isEqualTo(200);
            assertThat(restored.get("warnings"))
                    .as("the default rules warn of nothing")
                    .isEmpty();
        }
    }

    @Test
    void aChangedLegalBasisIsReloadedAndEveryNewRecommendationNamesTheVersionThatMadeIt() throws IOException {
        String before = active.current("huddinge").version();
        Path levers = rules().resolve("levers.yaml");
        String original = Files.readString(levers);
        try {
            Files.writeString(
                    levers,
                    original.replace(
                            "legalBasis: \"utmätning\"", "legalBasis: \"utmätning av lön och annan egendom\""));

            Api.Answer reloaded = api.post("legal", "/api/v1/rules/reload", "");

            assertThat(reloaded.status()).as(reloaded.text()).isEqualTo(200);
            assertThat(reloaded.get("previousVersion").asString()).isEqualTo(before);
            String after = reloaded.get("version").asString();
            assertThat(after)
                    .isNotEqualTo(before)
                    .isEqualTo(active.current("huddinge").version());
            api.group("RA1", true);
            Api.Answer incident = api.post(
                    "liaison",
                    "/api/v1/incidents",
                    incident("K-RA-1", "SHOOTING", "2026-02-01T21:40:00+01:00", "RA1", "PERPETRATOR", "CONFIRMED"));
            String id = incident.get("recommendations").get(0).get("id").asString();
            JsonNode recommendation =
                    api.get("coordinator", "/api/v1/recommendations/" + id).body();
            assertThat(recommendation.get("ruleSetVersion").asString()).isEqualTo(after);

            Api.Answer stored = api.get("auditor", "/api/v1/rules/versions/" + after);
            assertThat(stored.status()).as(stored.text()).isEqualTo(200);
            assertThat(stored.get("files").toString())
                    .contains("levers.yaml")
                    .contains("utmätning av lön och annan egendom");
            assertThat(api.get("auditor", "/api/v1/rules/versions/" + before).status())
                    .isEqualTo(200);
            assertThat(api.get("auditor", "/api/v1/rules/versions/" + "0".repeat(64))
                            .status())
                    .isEqualTo(404);
        } finally {
            Files.writeString(levers, original);
            assertThat(api.post("legal", "/api/v1/rules/reload", "").status()).isEqualTo(200);
        }
    }

    @Test
    void anImpactAnalysisListsWhatAProposedFolderWouldChangeWithoutActivatingIt() {
        api.group("RA2", true);
        api.person("RA2-A", "1998-04-01", "\"underSupervision\":true,\"enforcementDebt\":true");
        assertThat(api.post(
                                "liaison",
                                "/api/v1/incidents",
                                incident(
                                        "K-RA-2",
                                        "SHOOTING",
                                        "2026-05-04T21:40:00+02:00",
                                        "RA2",
                                        "PERPETRATOR",
                                        "CONFIRMED"))
                        .status())
                .isEqualTo(201);
        // an older incident reported later does not escalate the earlier-reported one (GVI-14), and its
        // replay must not either: the replay sees the enforcements stored when the incident was
        api.group("RA3", true);
        assertThat(api.post(
                                "liaison",
                                "/api/v1/incidents",
                                incident(
                                        "K-RA-3A",
                                        "SHOOTING",
                                        "2026-02-10T21:40:00+01:00",
                                        "RA3",
                                        "PERPETRATOR",
                                        "CONFIRMED"))
                        .status())
                .isEqualTo(201);
        assertThat(api.post(
                                "liaison",
                                "/api/v1/incidents",
                                incident(
                                        "K-RA-3B",
                                        "SHOOTING",
                                        "2026-02-01T21:40:00+01:00",
                                        "RA3",
                                        "PERPETRATOR",
                                        "CONFIRMED"))
                        .status())
                .isEqualTo(201);
        String serving = active.current("huddinge").version();

        Api.Answer impact = api.post("legal", "/api/v1/rules/impact", "{\"folder\":\"debt-from-may\"}");

        assertThat(impact.status()).as(impact.text()).isEqualTo(200);
        assertThat(impact.get("incidents").asInt()).isPositive();
        assertThat(impact.get("proposedVersion").asString()).isNotEqualTo(serving);
        assertThat(active.current("huddinge").version()).isEqualTo(serving);
        // RA2's promise has ended by its incident: the group must first be given the new promise
        JsonNode ra2 = null;
        for (JsonNode change : impact.get("changes")) {
            if (change.get("incidentReference").asString().equals("K-RA-2")) {
                ra2 = change;
            }
        }
        assertThat(ra2).as(impact.text()).isNotNull();
        assertThat(ra2.get("outcomeBefore").asString()).isEqualTo("GROUP_ENFORCEMENT");
        assertThat(ra2.get("outcomeAfter").asString()).isEqualTo("DELIVER_PROMISE");
        assertThat(ra2.get("actionsRemoved").toString()).contains("RA2-A SUPERVISION_REVIEW");
        assertThat(impact.get("changes").toString())
                .as("RA3's incidents lie before the promise ends, nor do their " + "priorities change")
                .doesNotContain("K-RA-3A")
                .doesNotContain("K-RA-3B");
        assertThat(api.post("legal", "/api/v1/rules/impact", "{\"folder\":\"../rules\"}")
                        .status())
                .isEqualTo(422);
        assertThat(api.post("coordinator", "/api/v1/rules/impact", "{\"folder\":\"debt-from-may\"}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anApprovalNeedsTheExactVersionShape() {
        assertThat(api.post("legal", "/api/v1/rules/approvals", "{\"version\":\"not-a-version\"}")
                        .status())
                .isEqualTo(400);
        Api.Answer approval = api.post(
                "legal",
                "/api/v1/rules/approvals",
                "{\"version\":\"" + active.current("huddinge").version() + "\"}");
        assertThat(approval.status()).as(approval.text()).isEqualTo(201);
        assertThat(approval.get("approvedBy").asString()).isEqualTo("legal");
    }

    @Test
    void aVersionWhoseDigitsHappenToLookLikeAnIdentityNumberIsStillAVersion() {
        String version = "a8501011234" + "b".repeat(53);

        assertThat(api.get("legal", "/api/v1/rules/versions/" + version).status())
                .isEqualTo(404);
        assertThat(api.post("legal", "/api/v1/rules/approvals", "{\"version\":\"" + version + "\"}")
                        .status())
                .isEqualTo(201);
    }
}

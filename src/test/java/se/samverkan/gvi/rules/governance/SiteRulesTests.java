package se.samverkan.gvi.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.gvi.decision.Attribution;
import se.samverkan.gvi.decision.Confidence;
import se.samverkan.gvi.decision.Priority;
import se.samverkan.gvi.decision.Role;
import se.samverkan.gvi.decision.RuleFolderFixture;
import se.samverkan.gvi.decision.RuleProblem;
import se.samverkan.gvi.group.CallInRequest;
import se.samverkan.gvi.group.GroupRequest;
import se.samverkan.gvi.group.GroupService;
import se.samverkan.gvi.group.PersonRequest;
import se.samverkan.gvi.incident.Incident;
import se.samverkan.gvi.incident.IncidentService;
import se.samverkan.gvi.recommendation.RecommendationView;
import se.samverkan.gvi.recommendation.Recommendations;
import se.samverkan.gvi.refusal.NotFoundException;
import se.samverkan.gvi.rules.runtime.ActiveRuleSet;
import se.samverkan.gvi.rules.runtime.RuleFolderRefused;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.security.SiteScope;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.IntegrationTest;
import se.samverkan.gvi.support.Sites;
import se.samverkan.gvi.support.TestClock;

/**
 * Rules per site: the common rule set plus each site's promises, each site with its own active
 * version, reload, history and refusal. Huddinge over HTTP (its demo users), Malmö through the
 * service API as a Malmö user would act.
 */
@IntegrationTest(schema = "site_rules")
@Import(TestClock.Config.class)
@DirtiesContext
class SiteRulesTests {

    private static final Actor MALMO_LEGAL = new Actor("malmo-jurist", "malmo");
    private static final Actor MALMO_ADMIN = new Actor("malmo-admin", "malmo");
    private static final Actor MALMO_COORDINATOR = new Actor("malmo-samordnare", "malmo");
    private static final Actor MALMO_LIAISON = new Actor("malmo-polis", "malmo");

    @TempDir
    static Path workspace;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        Path rules = RuleFolderFixture.copyOfProjectRules(workspace);
        registry.add("gvi.rules.path", rules::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActiveRuleSet active;

    @Autowired
    RuleGovernance governance;

    @Autowired
    GroupService groups;

    @Autowired
    IncidentService incidents;

    @Autowired
    Recommendations recommendations;

    @Autowired
    Api api;

    private static Path rules(String file) {
        return workspace.resolve("rules").resolve(file);
    }

    @Test
    void eachSiteServesItsOwnPromisesUnderItsOwnVersion() {
        RulesViews.ActiveRules huddinge = governance.describe("huddinge");
        RulesViews.ActiveRules malmo = governance.describe("malmo");

        assertThat(huddinge.promises()).containsExactly("HUDDINGE-2024", "HUDDINGE-2027");
        assertThat(malmo.promises()).containsExactly("MALMO-2025");
        assertThat(malmo.version()).isNotEqualTo(huddinge.version());
        assertThat(malmo.rules()).hasSameSizeAs(huddinge.rules());

        Api.Answer overHttp = api.get("coordinator", "/api/v1/rules");
        assertThat(overHttp.status()).as(overHttp.text()).isEqualTo(200);
        assertThat(overHttp.get("version").asString()).isEqualTo(huddinge.version());
        assertThat(overHttp.get("promises").toString())
                .contains("HUDDINGE-2024")
                .doesNotContain("MALMO-2025");

        Api.Answer malmoOverHttp = api.get("malmo-legal", "/api/v1/rules");
        assertThat(malmoOverHttp.status()).as(malmoOverHttp.text()).isEqualTo(200);
        assertThat(malmoOverHttp.get("version").asString()).isEqualTo(malmo.version());
        assertThat(malmoOverHttp.get("promises").toString())
                .contains("MALMO-2025")
                .doesNotContain("HUDDINGE-2024");
    }

    @Test
    void aReloadForHuddingeLeavesMalmosVersionRecommendationsAndHistoryUntouched() throws IOException {
        String malmoVersion = active.current("malmo").version();
        String huddingeBefore = active.current("huddinge").version();
        RecommendationView malmoBefore = malmoIncident("K-SR-1", "SR1", "SR1-A");
        assertThat(malmoBefore.ruleSetVersion()).isEqualTo(malmoVersion);
        assertThat(malmoBefore.promiseId()).isEqualTo("MALMO-2025");
        assertThat(malmoBefore.actions()).extracting(a -> a.proposed().lever()).contains("DEBT_ENFORCEMENT");
        assertThat(Duration.between(malmoBefore.reportedAt(), malmoBefore.dueBy()))
                .isEqualTo(Duration.ofDays(10));

        Path levers = rules("levers.yaml");
        Path promise = rules("sites/huddinge/promises/huddinge-2027.yaml");
        String leversText = Files.readString(levers);
        String promiseText = Files.readString(promise);
        try {
            // a common file and Huddinge's own promise change (one the common scenarios do not name, so they
            // still pass); only Huddinge reloads
            Files.writeString(
                    levers, leversText.replace("legalBasis: \"utmätning\"", "legalBasis: \"utmätning av lön\""));
            Files.writeString(promise, promiseText.replace("  STANDARD: 7", "  STANDARD: 6"));

            Api.Answer reload = api.post("legal", "/api/v1/rules/reload", "");

            assertThat(reload.status()).as(reload.text()).isEqualTo(200);
            String huddingeAfter = reload.get("version").asString();
            assertThat(huddingeAfter)
                    .isNotEqualTo(huddingeBefore)
                    .isEqualTo(active.current("huddinge").version());
            assertThat(active.current("huddinge")
                            .promises()
                            .get("HUDDINGE-2027")
                            .deadlines()
                            .get(Priority.STANDARD))
                    .isEqualTo(6);
            assertThat(active.current("malmo").version()).isEqualTo(malmoVersion);
            assertThat(jdbc.sql("select version from rule_set_active where site = 'malmo'")
                            .query(String.class)
                            .single()
                            .strip())
                    .isEqualTo(malmoVersion);
            assertThat(Sites.malmo(() -> recommendations.get(MALMO_COORDINATOR, malmoBefore.id())))
                    .isEqualTo(malmoBefore);
            assertThat(Sites.malmo(() -> incidents.evaluate(MALMO_LIAISON, request("K-SR-WHATIF", "SR1")))
                            .recommendations())
                    .singleElement()
                    .satisfies(r -> assertThat(r.ruleSetVersion()).isEqualTo(malmoVersion));
            // each site's history holds only the versions that served it
            assertThat(Sites.huddinge(() -> governance.version("huddinge", huddingeAfter))
                            .files())
                    .extracting(RulesViews.RuleFile::path)
                    .contains("promises/huddinge-2024.yaml")
                    .doesNotContain("promises/malmo-2025.yaml");
            assertThatThrownBy(() -> Sites.malmo(() -> governance.version("malmo", huddingeAfter)))
                    .isInstanceOf(NotFoundException.class);
            assertThat(Sites.malmo(() -> governance.version("malmo", malmoVersion))
                            .files())
                    .extracting(RulesViews.RuleFile::path)
                    .contains("promises/malmo-2025.yaml");
        } finally {
            Files.writeString(levers, leversText);
            Files.writeString(promise, promiseText);
            assertThat(api.post("legal", "/api/v1/rules/reload", "").status()).isEqualTo(200);
        }
    }

    @Test
    void aBrokenMalmoPromiseRefusesMalmosReloadNamingItsFileButNotHuddingesReload() throws IOException {
        String malmoVersion = active.current("malmo").version();
        Path promise = rules("sites/malmo/promises/malmo-2025.yaml");
        String original = Files.readString(promise);
        int deadlinesLine = lineOf(original, "deadlines:");
        long refusals = refusals("malmo-jurist");
        try {
            Files.writeString(promise, original.replace("  STANDARD: 10", "  STANDARD: 0"));

            assertThatThrownBy(() -> Sites.malmo(() -> governance.reload(MALMO_LEGAL)))
                    .isInstanceOf(RuleFolderRefused.class)
                    .satisfies(e -> assertThat(((RuleFolderRefused) e).problems())
                            .contains(new RuleProblem(
                                    "sites/malmo/promises/malmo-2025.yaml",
                                    deadlinesLine,
                                    "Löftet saknar en frist i dagar (minst 1) för prioriteten STANDARD.")));
            assertThat(active.current("malmo").version()).isEqualTo(malmoVersion);
            assertThat(refusals("malmo-jurist")).isEqualTo(refusals + 1);

            Api.Answer huddinge = api.post("legal", "/api/v1/rules/reload", "");
            assertThat(huddinge.status())
                    .as("Malmö's promise is no part of Huddinge's rule set: " + huddinge.text())
                    .isEqualTo(200);
        } finally {
            Files.writeString(promise, original);
        }
    }

    @Test
    void aMalmoDeadlineThatMalmosOwnScenarioPinsRefusesMalmosReloadNamingTheScenario() throws IOException {
        String malmoVersion = active.current("malmo").version();
        Path promise = rules("sites/malmo/promises/malmo-2025.yaml");
        String original = Files.readString(promise);
        try {
            Files.writeString(promise, original.replace("  STANDARD: 10", "  STANDARD: 7"));

            assertThatThrownBy(() -> Sites.malmo(() -> governance.reload(MALMO_LEGAL)))
                    .isInstanceOf(RuleFolderRefused.class)
                    // (once a call-in has delivered MALMO-2025, the changed deadline is refused for that too)
                    .satisfies(e -> assertThat(((RuleFolderRefused) e).problems())
                            .filteredOn(p -> p.file().endsWith(".feature"))
                            .singleElement()
                            .satisfies(p -> {
                                assertThat(p.file()).endsWith("features/sites/malmo/malmos-lofte.feature");
                                assertThat(p.message()).contains("orten malmo").contains("2026-02-12 09:00");
                            }));
            assertThat(active.current("malmo").version()).isEqualTo(malmoVersion);
        } finally {
            Files.writeString(promise, original);
        }
    }

    @Test
    void aSiteFileThatOnlyTheCommonRulesMayHaveRefusesThatSitesReload() throws IOException {
        Path ages = rules("sites/malmo/ages.yaml");
        Files.copy(rules("ages.yaml"), ages);
        try {
            assertThatThrownBy(() -> Sites.malmo(() -> governance.reload(MALMO_LEGAL)))
                    .isInstanceOf(RuleFolderRefused.class)
                    .satisfies(e -> assertThat(((RuleFolderRefused) e).problems())
                            .anySatisfy(p -> {
                                assertThat(p.file()).isEqualTo("sites/malmo/ages.yaml");
                                assertThat(p.message()).contains("gemensam");
                            }));
        } finally {
            Files.delete(ages);
        }
    }

    @Test
    void aSiteWithoutRulesIsRefusedClearly() {
        assertThatThrownBy(() -> governance.describe("lund"))
                .isInstanceOf(RuleFolderRefused.class)
                .hasMessageContaining("lund");
        assertThatThrownBy(() -> SiteScope.forSite("lund", () -> governance.reload(new Actor("lund-jurist", "lund"))))
                .isInstanceOf(RuleFolderRefused.class);
    }

    private long refusals(String actor) {
        return jdbc.sql("select count(*) from decision_log where action = 'RULES_RELOAD_REFUSED' and actor = :actor")
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    /** A Malmö group on notice of Malmö's promise, and a confirmed shooting by it. */
    private RecommendationView malmoIncident(String reference, String group, String person) {
        return Sites.malmo(() -> malmoIncidentInScope(reference, group, person));
    }

    private RecommendationView malmoIncidentInScope(String reference, String group, String person) {
        groups.savePerson(
                MALMO_ADMIN,
                person,
                new PersonRequest(
                        LocalDate.of(1998, 4, 1), java.util.Map.of("underSupervision", true, "enforcementDebt", true)));
        groups.saveGroup(
                MALMO_ADMIN,
                group,
                new GroupRequest(
                        "Grupp " + group,
                        "Fiktiva området",
                        List.of(),
                        new GroupRequest.Audit(
                                LocalDate.of(2025, 6, 1),
                                List.of(new GroupRequest.Member(person, LocalDate.of(2024, 1, 1), null)))));
        groups.recordCallIn(
                MALMO_COORDINATOR,
                group,
                new CallInRequest(LocalDate.of(2026, 1, 10), "MALMO-2025", List.of(person), List.of(), List.of()));
        var reported = incidents.report(MALMO_LIAISON, request(reference, group));
        return recommendations.get(
                MALMO_COORDINATOR, reported.report().recommendations().get(0).id());
    }

    private static Incident request(String reference, String group) {
        return new Incident(
                reference,
                "SHOOTING",
                OffsetDateTime.parse("2026-02-01T21:40:00+01:00"),
                "Fiktivt",
                "Fiktiv händelse",
                List.of(new Attribution(group, Role.PERPETRATOR, Confidence.CONFIRMED)),
                List.of());
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }
}

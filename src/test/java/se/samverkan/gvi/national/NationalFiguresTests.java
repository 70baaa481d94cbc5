package se.samverkan.gvi.national;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.gvi.support.Api.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The national analyst's figures on PostgreSQL: across sites, summing up, small cells suppressed, nothing personal. */
@IntegrationTest(schema = "national_figures")
class NationalFiguresTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private static final Set<String> FIELDS = Set.of(
            "computedAt",
            "suppressedBelow",
            "sites",
            "total",
            "site",
            "incidentsPerTypeAndMonth",
            "type",
            "month",
            "incidents",
            "recommendationsPerOutcome",
            "GROUP_ENFORCEMENT",
            "NO_GROUP_ACTION",
            "reportToDecision",
            "decisions",
            "medianHours",
            "actionsInTime",
            "due",
            "executedInTime",
            "share");

    @Test
    void theAnalystSeesCountsPerSiteAndInTotalThatSumUpWithSmallCellsSuppressedAndNothingPersonal() {
        Api api = new Api(mvc, jdbc);
        Api malmo = api.site("malmo", "MALMO-2025");
        api.group("NF", true);
        malmo.group("NF", true);
        List<String> huddingeRecommendations = new ArrayList<>();
        List<String> malmoRecommendations = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String body = incident(
                    "K-NF-" + i,
                    "SHOOTING",
                    "2026-02-0" + (i + 1) + "T21:00:00+01:00",
                    "NF",
                    "PERPETRATOR",
                    "CONFIRMED");
            Api.Answer h = api.post("liaison", "/api/v1/incidents", body);
            assertThat(h.status()).as(h.text()).isEqualTo(201);
            huddingeRecommendations.add(
                    h.get("recommendations").get(0).get("id").asString());
            Api.Answer m = api.post("malmo-liaison", "/api/v1/incidents", body);
            assertThat(m.status()).as(m.text()).isEqualTo(201);
            malmoRecommendations.add(m.get("recommendations").get(0).get("id").asString());
        }
        assertThat(api.post(
                                "malmo-liaison",
                                "/api/v1/incidents",
                                incident(
                                        "K-NF-T",
                                        "THREAT",
                                        "2026-02-10T12:00:00+01:00",
                                        "NF",
                                        "PERPETRATOR",
                                        "CONFIRMED"))
                        .status())
                .isEqualTo(201);
        List<String> executed = new ArrayList<>();
        for (String id : huddingeRecommendations) {
            Api.Answer decided = api.post(
                    "coordinator", "/api/v1/recommendations/" + id + "/decision", "{\"decision\":\"APPROVED\"}");
            assertThat(decided.status()).as(decided.text()).isEqualTo(200);
            String action = decided.get("actions").get(0).get("id").asString();
            String executedOn = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"))
                    .toString();
            assertThat(api.post(
                                    "coordinator",
                                    "/api/v1/recommendations/" + id + "/actions/" + action + "/outcome",
                                    "{\"executedOn\":\"" + executedOn
                                            + "\",\"outcome\":\"EXECUTED\",\"note\":\"Fiktiv notering\"}")
                            .status())
                    .isEqualTo(200);
            executed.add(action);
        }

        // one decision in Malmö: a small cell, which the total beside Huddinge's three would give away
        assertThat(api.post(
                                "malmo-coordinator",
                                "/api/v1/recommendations/" + malmoRecommendations.get(0) + "/decision",
                                "{\"decision\":\"REJECTED\",\"reason\":\"Fiktiv motivering\"}")
                        .status())
                .isEqualTo(200);

        Api.Answer figures = api.get("analyst", "/api/v1/national/figures");
        assertThat(figures.status()).as(figures.text()).isEqualTo(200);
        JsonNode h = figures.get("sites").get(0);
        JsonNode m = figures.get("sites").get(1);
        JsonNode total = figures.get("total");
        assertThat(h.get("site").asString()).isEqualTo("huddinge");
        assertThat(m.get("site").asString()).isEqualTo("malmo");
        assertThat(total.get("site").asString()).isEqualTo("total");
        assertThat(figures.get("suppressedBelow").asInt()).isEqualTo(3);

        // incidents per type and month: 3 + 3 shootings in February; Malmö's single threat is a small cell
        assertThat(cell(h, "SHOOTING", "2026-02").asLong()).isEqualTo(3);
        assertThat(cell(m, "SHOOTING", "2026-02").asLong()).isEqualTo(3);
        assertThat(cell(total, "SHOOTING", "2026-02").asLong()).isEqualTo(6);
        assertThat(cell(m, "THREAT", "2026-02").asString()).isEqualTo("<3");
        assertThat(cell(total, "THREAT", "2026-02").asString()).isEqualTo("<3");

        // recommendations per outcome sum over the sites
        assertThat(h.get("recommendationsPerOutcome").get("GROUP_ENFORCEMENT").asLong())
                .isEqualTo(3);
        assertThat(m.get("recommendationsPerOutcome").get("GROUP_ENFORCEMENT").asLong())
                .isEqualTo(3);
        assertThat(total.get("recommendationsPerOutcome")
                        .get("GROUP_ENFORCEMENT")
                        .asLong())
                .isEqualTo(6);
        assertThat(m.get("recommendationsPerOutcome").get("NO_GROUP_ACTION").asString())
                .isEqualTo("<3");
        assertThat(h.get("recommendationsPerOutcome").has("NO_GROUP_ACTION")).isFalse();

        // time to decision: three Huddinge decisions, one in Malmö (no median from so few); the total
        // of four less Huddinge's three would show Malmö's one, so it is withheld
        assertThat(h.get("reportToDecision").get("decisions").asLong()).isEqualTo(3);
        assertThat(h.get("reportToDecision").get("medianHours").isNumber()).isTrue();
        assertThat(m.get("reportToDecision").get("decisions").asString()).isEqualTo("<3");
        assertThat(m.get("reportToDecision").get("medianHours").isNull()).isTrue();
        assertThat(total.get("reportToDecision").get("decisions").asString()).isEqualTo("withheld");
        assertThat(total.get("reportToDecision").get("medianHours").isNumber()).isTrue();

        // actions executed in time: the three reported ones, executed today, before their deadline
        assertThat(h.get("actionsInTime").get("due").asLong()).isEqualTo(3);
        assertThat(h.get("actionsInTime").get("executedInTime").asLong()).isEqualTo(3);
        assertThat(h.get("actionsInTime").get("share").asDouble()).isEqualTo(1.0);
        assertThat(m.get("actionsInTime").get("due").asLong()).isZero();
        assertThat(m.get("actionsInTime").get("share").isNull()).isTrue();

        // nothing personal: only the fields above, no reference, id or free text anywhere
        assertThat(fieldNames(figures.body())).isSubsetOf(FIELDS);
        assertThat(figures.text())
                .doesNotContain(
                        "NF-",
                        "K-NF",
                        "Fiktiv",
                        huddingeRecommendations.get(0),
                        executed.get(0),
                        "liaison",
                        "coordinator");

        // the analyst reads nothing else; site users do not read the figures
        for (String path : List.of(
                "/api/v1/recommendations",
                "/api/v1/recommendations/" + huddingeRecommendations.get(0),
                "/api/v1/persons/NF-A",
                "/api/v1/groups/NF",
                "/api/v1/incidents/K-NF-1",
                "/api/v1/actions",
                "/api/v1/audit/verify",
                "/api/v1/audit",
                "/api/v1/rules")) {
            assertThat(api.get("analyst", path).status()).as(path).isEqualTo(403);
        }
        for (String user : List.of("liaison", "coordinator", "legal", "auditor", "admin", "malmo-coordinator")) {
            assertThat(api.get(user, "/api/v1/national/figures").status())
                    .as(user)
                    .isEqualTo(403);
        }
    }

    private static JsonNode cell(JsonNode site, String type, String month) {
        for (JsonNode c : site.get("incidentsPerTypeAndMonth")) {
            if (c.get("type").asString().equals(type)
                    && c.get("month").asString().equals(month)) {
                return c.get("incidents");
            }
        }
        throw new AssertionError("no cell " + type + " " + month + " in " + site);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        if (node.isObject()) {
            for (var e : node.properties()) {
                names.add(e.getKey());
                names.addAll(fieldNames(e.getValue()));
            }
        } else if (node.isArray()) {
            node.forEach(n -> names.addAll(fieldNames(n)));
        }
        return names;
    }
}

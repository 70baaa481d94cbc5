package se.samverkan.gvi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.gvi.audit.DecisionLog;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.EmbeddedTest;
import tools.jackson.databind.JsonNode;

/**
 * The whole service on the embedded H2 default (in memory here): the migrations run, the demo
 * data loads into the empty database through the real services, and a newcomer finds
 * recommendations pending review and can decide one.
 */
@EmbeddedTest(database = "smoke")
@ExtendWith(OutputCaptureExtension.class)
class H2SmokeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DecisionLog decisionLog;

    @Test
    void theEmbeddedDefaultStartsWithDemoDataAndPendingRecommendations(CapturedOutput output) {
        Api api = new Api(mvc, jdbc);
        // Huddinge's 30 persons and 3 groups, Malmö's 12 and 2 (P-0101 … P-0112 exist in both)
        assertThat(api.count("person")).isEqualTo(42);
        assertThat(api.count("gvi_group")).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from person where ref = 'P-0101'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        Api.Answer pending = api.get("coordinator", "/api/v1/recommendations?status=PENDING_REVIEW");
        assertThat(pending.status()).isEqualTo(200);
        assertThat(pending.get("total").asLong()).isEqualTo(4);
        StringBuilder outcomes = new StringBuilder();
        for (JsonNode r : pending.get("items")) {
            outcomes.append(r.get("groupRef").asString())
                    .append(':')
                    .append(r.get("outcome").asString())
                    .append(':')
                    .append(r.get("priority").asString())
                    .append(' ');
        }
        assertThat(outcomes.toString())
                .contains(
                        "G-SKOG:GROUP_ENFORCEMENT:ESCALATED",
                        "G-SKOG:GROUP_ENFORCEMENT:STANDARD",
                        "G-BERG:RETALIATION_PREVENTION",
                        "G-ANG:DELIVER_PROMISE");

        String id = pending.get("items").get(0).get("id").asString();
        Api.Answer decided = api.post(
                "coordinator",
                "/api/v1/recommendations/" + id + "/decision",
                "{\"decision\":\"REJECTED\",\"reason\":\"Prövas i nästa möte\"}");
        assertThat(decided.status()).as(decided.text()).isEqualTo(200);
        assertThat(api.get("coordinator", "/api/v1/groups/G-SKOG").get("sanctionRounds"))
                .hasSize(1);
        assertThat(api.get("liaison", "/v3/api-docs").text()).contains("/api/v1/incidents");
        assertThat(decisionLog.verify("huddinge").valid()).isTrue();
        assertThat(decisionLog.verify("malmo").valid()).isTrue();
        // H2 has no row-level security: the application's site filters keep the sites apart
        Api.Answer malmo = api.get("malmo-coordinator", "/api/v1/recommendations?status=PENDING_REVIEW");
        assertThat(malmo.get("total").asLong()).isEqualTo(2);
        assertThat(malmo.text()).contains("G-HAMN", "G-TORG").doesNotContain("G-SKOG");
        assertThat(api.get("malmo-coordinator", "/api/v1/groups/G-SKOG").status())
                .isEqualTo(404);
        assertThat(api.get("malmo-coordinator", "/api/v1/recommendations/" + id).status())
                .isEqualTo(404);
        assertThat(api.get("malmo-coordinator", "/api/v1/persons/P-0101")
                        .get("birthDate")
                        .asString())
                .isNotEqualTo(api.get("coordinator", "/api/v1/persons/P-0101")
                        .get("birthDate")
                        .asString());
        Api.Answer figures = api.get("analyst", "/api/v1/national/figures");
        assertThat(figures.status()).as(figures.text()).isEqualTo(200);
        assertThat(figures.get("total").get("incidentsPerTypeAndMonth").size()).isPositive();
        // no free text of the demo incidents ever reaches the log output
        assertThat(output.getAll()).doesNotContain("fiktivt exempel").doesNotContain("Prövas i nästa möte");
    }

    @Test
    void theApiDescriptionHoldsOnlyTheApiGroupedByResourceWithItsSignInsAndNoServerSideArgument() {
        Api.Answer docs = new Api(mvc, jdbc).get("liaison", "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.get("paths");
        java.util.List<String> operations = new java.util.ArrayList<>();
        for (String path : paths.propertyNames()) {
            assertThat(path).as("only the JSON API is described").startsWith("/api/v1/");
            for (String method : paths.get(path).propertyNames()) {
                JsonNode operation = paths.get(path).get(method);
                if (!operation.isObject() || !operation.has("responses")) {
                    continue;
                }
                operations.add(method + " " + path);
                assertThat(operation.get("tags")).as(method + " " + path).isNotEmpty();
                operation.get("tags").forEach(tag -> assertThat(tag.asString()).doesNotEndWith("Controller"));
                operation
                        .path("parameters")
                        .forEach(parameter -> assertThat(parameter.get("name").asString())
                                .as("the signed-in user is no parameter of " + method + " " + path)
                                .isNotEqualTo("actor"));
            }
        }
        assertThat(operations)
                .contains("post /api/v1/incidents", "get /api/v1/recommendations")
                .doesNotContain("get /rules/catalogue", "get /inbox/events");
        assertThat(docs.get("components").get("securitySchemes").propertyNames())
                .contains("basicAuth", "bearerJwt");
    }
}

package se.samverkan.gvi.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.gvi.support.Api.incident;
import static se.samverkan.gvi.support.Problems.assertProblem;
import static se.samverkan.gvi.support.Problems.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Reporting, idempotency, amendment, retraction and what-if of incidents (docs/api.md), on PostgreSQL. */
@IntegrationTest(schema = "incident_api")
class IncidentApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Api api;

    @Test
    void reportingEvaluatesAndAnswers201WithOneRecommendationPerGroup() {
        api.group("IA1", true);
        api.person("IA-LONE", "1990-01-01", "");
        long logBefore = api.count("decision_log");
        Api.Answer answer = api.post(
                "liaison",
                "/api/v1/incidents",
                incident(
                        "K-IA-1",
                        "SHOOTING",
                        "2026-02-01T21:40:00+01:00",
                        "IA1",
                        "PERPETRATOR",
                        "CONFIRMED",
                        "IA1-A",
                        "IA-LONE"));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        assertThat(fieldNames(answer.body()))
                .containsExactly("reference", "version", "reportedAt", "recommendations", "unattributedSuspects");
        assertThat(answer.get("reference").asString()).isEqualTo("K-IA-1");
        assertThat(answer.get("version").asInt()).isEqualTo(1);
        JsonNode rec = answer.get("recommendations").get(0);
        assertThat(fieldNames(rec)).containsExactly("id", "groupRef", "outcome", "priority", "status");
        assertThat(rec.get("groupRef").asString()).isEqualTo("IA1");
        assertThat(rec.get("outcome").asString()).isEqualTo("GROUP_ENFORCEMENT");
        assertThat(rec.get("priority").asString()).isEqualTo("STANDARD");
        assertThat(rec.get("status").asString()).isEqualTo("PENDING_REVIEW");
        assertThat(answer.get("unattributedSuspects").toString()).isEqualTo("[\"IA-LONE\"]");
        // the incident and each recommendation are logged, in the same transaction
        assertThat(api.count("decision_log")).isEqualTo(logBefore + 2);
        assertThat(jdbc.sql("select count(*) from decision_log where subject = :s")
                        .param("s", "recommendation:" + rec.get("id").asString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // the recommendation carries the engine's rule-set version and reportedAt from storage
        Api.Answer stored = api.get(
                "coordinator", "/api/v1/recommendations/" + rec.get("id").asString());
        assertThat(stored.get("ruleSetVersion").asString()).matches("[0-9a-f]{64}");
        assertThat(stored.get("reportedAt").asString())
                .isEqualTo(answer.get("reportedAt").asString());
        assertThat(stored.get("reportedAt").asString()).isNotNull();
    }

    /**
     * The suspects in no attributed group are rows of their own, one per person in the engine's
     * order, kept per version: a repeated report answers them as read back from those rows.
     */
    @Test
    void theUnattributedSuspectsAreStoredOneRowEachInTheirOrderForTheirVersion() {
        api.group("IA14", true);
        api.person("IA14-LONE-B", "1990-01-01", "");
        api.person("IA14-LONE-A", "1991-01-01", "");
        String v1 = incident(
                "K-IA-14",
                "SHOOTING",
                "2026-02-01T21:40:00+01:00",
                "IA14",
                "PERPETRATOR",
                "CONFIRMED",
                "IA14-LONE-B",
                "IA14-A",
                "IA14-LONE-A");
        Api.Answer reported = api.post("liaison", "/api/v1/incidents", v1);
        assertThat(reported.status()).as(reported.text()).isEqualTo(201);
        assertThat(reported.get("unattributedSuspects").toString()).isEqualTo("[\"IA14-LONE-B\",\"IA14-LONE-A\"]");
        assertThat(unattributedRows("K-IA-14")).containsExactly("1:0:IA14-LONE-B", "1:1:IA14-LONE-A");
        assertThat(jdbc.sql("""
                        select count(*) from information_schema.columns
                         where table_schema = current_schema and table_name = 'incident_version'
                           and column_name = 'unattributed_suspects'""").query(Long.class).single())
                .as("no list in a text column")
                .isZero();

        Api.Answer repeated = api.post("liaison", "/api/v1/incidents", v1);
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.get("unattributedSuspects").toString()).isEqualTo("[\"IA14-LONE-B\",\"IA14-LONE-A\"]");

        String v2 = incident(
                "K-IA-14", "SHOOTING", "2026-02-01T21:40:00+01:00", "IA14", "PERPETRATOR", "CONFIRMED", "IA14-A");
        Api.Answer amended = api.put("liaison", "/api/v1/incidents/K-IA-14", v2);
        assertThat(amended.status()).as(amended.text()).isEqualTo(200);
        assertThat(amended.get("unattributedSuspects").toString()).isEqualTo("[]");
        assertThat(api.put("liaison", "/api/v1/incidents/K-IA-14", v2)
                        .get("unattributedSuspects")
                        .toString())
                .isEqualTo("[]");
        assertThat(unattributedRows("K-IA-14")).containsExactly("1:0:IA14-LONE-B", "1:1:IA14-LONE-A");
    }

    private List<String> unattributedRows(String reference) {
        return jdbc.sql("""
                        select version, ord, person_ref from incident_unattributed_suspect
                         where reference = :ref order by version, ord""")
                .param("ref", reference)
                .query((rs, n) -> rs.getInt("version") + ":" + rs.getInt("ord") + ":" + rs.getString("person_ref"))
                .list();
    }

    @Test
    void theSameReferenceWithTheSameContentAnswers200WithTheSameBody() {
        api.group("IA2", true);
        String body = incident(
                "K-IA-2", "SHOOTING", "2026-02-01T21:40:00+01:00", "IA2", "PERPETRATOR", "CONFIRMED", "IA2-A", "IA2-B");
        Api.Answer first = api.post("liaison", "/api/v1/incidents", body);
        assertThat(first.status()).isEqualTo(201);
        String counts = api.counts();

        Api.Answer again = api.post("liaison", "/api/v1/incidents", body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        // the same instant in another offset, suspects in another order: the same content
        Api.Answer otherOffset = api.post(
                "liaison",
                "/api/v1/incidents",
                incident(
                        "K-IA-2",
                        "SHOOTING",
                        "2026-02-01T20:40:00Z",
                        "IA2",
                        "PERPETRATOR",
                        "CONFIRMED",
                        "IA2-B",
                        "IA2-A"));
        assertThat(otherOffset.status()).as(otherOffset.text()).isEqualTo(200);
        assertThat(otherOffset.body()).isEqualTo(first.body());
        assertThat(api.counts()).isEqualTo(counts);
    }

    @Test
    void theSameReferenceWithOtherContentIsAConflictThatStoresNothing() {
        api.group("IA3", true);
        assertThat(api.post(
                                "liaison",
                                "/api/v1/incidents",
                                incident(
                                        "K-IA-3",
                                        "SHOOTING",
                                        "2026-02-01T21:40:00+01:00",
                                        "IA3",
                                        "PERPETRATOR",
                                        "CONFIRMED"))
                        .status())
                .isEqualTo(201);
        String counts = api.counts();
        Api.Answer conflict = api.post(
                "liaison",
                "/api/v1/incidents",
                incident("K-IA-3", "SHOOTING", "2026-02-01T21:41:00+01:00", "IA3", "PERPETRATOR", "CONFIRMED"));
        assertThat(conflict.status()).isEqualTo(409);
        assertProblem(conflict, 409);
        assertThat(api.counts()).isEqualTo(counts);
    }

    @Test
    void malformedOrIncompleteBodiesAre400ProblemsWithTheFieldAndStoreNothing() {
        api.group("IA4", true);
        String valid = incident("K-IA-4", "SHOOTING", "2026-02-01T21:40:00+01:00", "IA4", "PERPETRATOR", "CONFIRMED");
        Map<String, String> cases = Map.of(
                "body", "{\"reference\":",
                "extra", valid.replace("\"area\"", "\"extra\":1,\"area\""),
                "type", valid.replace("SHOOTING", "SHOOTNG"),
                "attributions[0].role", valid.replace("PERPETRATOR", "BYSTANDER"),
                "attributions[0].confidence", valid.replace("CONFIRMED", "SURE"),
                "reference", valid.replace("\"reference\":\"K-IA-4\",", ""),
                "type ", valid.replace("\"type\":\"SHOOTING\",", ""),
                "occurredAt", valid.replace("\"occurredAt\":\"2026-02-01T21:40:00+01:00\",", ""));
        String counts = api.counts();
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Api.Answer refused = api.post("liaison", "/api/v1/incidents", c.getValue());
            assertThat(refused.status()).as(c.getKey() + ": " + refused.text()).isEqualTo(400);
            assertProblem(refused, 400);
            if (!c.getKey().equals("body")) {
                assertThat(fields(refused)).as(c.getKey()).contains(c.getKey().trim());
            }
        }
        assertThat(api.counts()).isEqualTo(counts);
    }

    @Test
    void referencesToNothingAndContradictionsAre422ProblemsAndStoreNothing() {
        api.group("IA5", true);
        String counts = api.counts();
        Map<String, String> cases = Map.of(
                "occurredAt", incident("K-IA-5", "SHOOTING", "2099-01-01T00:00:00Z", "IA5", "PERPETRATOR", "CONFIRMED"),
                "attributions[0].groupRef",
                        incident("K-IA-5", "SHOOTING", "2026-02-01T21:40:00Z", "NOPE", "PERPETRATOR", "CONFIRMED"),
                "suspects[0]",
                        incident(
                                "K-IA-5",
                                "SHOOTING",
                                "2026-02-01T21:40:00Z",
                                "IA5",
                                "PERPETRATOR",
                                "CONFIRMED",
                                "P-NOBODY"),
                "attributions[1].groupRef", """
                        {"reference":"K-IA-5","type":"SHOOTING","occurredAt":"2026-02-01T21:40:00Z",
                         "attributions":[{"groupRef":"IA5","role":"PERPETRATOR","confidence":"CONFIRMED"},
                                         {"groupRef":"IA5","role":"VICTIM","confidence":"CONFIRMED"}]}""");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Api.Answer refused = api.post("liaison", "/api/v1/incidents", c.getValue());
            assertThat(refused.status()).as(c.getKey() + ": " + refused.text()).isEqualTo(422);
            assertProblem(refused, 422);
            assertThat(fields(refused)).as(c.getKey()).contains(c.getKey());
        }
        assertThat(api.counts()).isEqualTo(counts);
        // the same refusals for the what-if evaluation
        assertThat(api.post("coordinator", "/api/v1/evaluations", cases.get("suspects[0]"))
                        .status())
                .isEqualTo(422);
    }

    @Test
    void unknownIncidentsAre404AndAnAmendmentMustNameItsPath() {
        api.group("IA6", true);
        assertProblem(api.get("liaison", "/api/v1/incidents/K-NEVER"), 404);
        String body = incident("K-IA-6", "SHOOTING", "2026-02-01T21:40:00+01:00", "IA6", "PERPETRATOR", "CONFIRMED");
        assertProblem(api.put("liaison", "/api/v1/incidents/K-IA-6", body), 404);
        assertThat(api.post("liaison", "/api/v1/incidents", body).status()).isEqualTo(201);
        String counts = api.counts();
        Api.Answer mismatch = api.put("liaison", "/api/v1/incidents/K-OTHER", body);
        assertProblem(mismatch, 422);
        assertThat(fields(mismatch)).contains("reference");
        assertThat(api.counts()).isEqualTo(counts);
    }

    @Test
    void anAmendmentIsANewVersionThatSupersedesPendingRecommendations() {
        api.group("IA7", true);
        Api.Answer v1 = api.post(
                "liaison",
                "/api/v1/incidents",
                incident("K-IA-7", "SHOOTING", "2026-02-01T21:40:00+01:00", "IA7", "PERPETRATOR", "SUSPECTED"));
        assertThat(v1.get("recommendations").get(0).get("outcome").asString()).isEqualTo("AWAIT_CONFIRMATION");
        String amended = incident("K-IA-7", "SHOOTING", "2026-02-01T21:40:00+01:00", "IA7", "PERPETRATOR", "CONFIRMED");
        Api.Answer v2 = api.put("liaison", "/api/v1/incidents/K-IA-7", amended);
        assertThat(v2.status()).as(v2.text()).isEqualTo(200);
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        assertThat(v2.get("recommendations")).hasSize(1);
        assertThat(v2.get("recommendations").get(0).get("outcome").asString()).isEqualTo("GROUP_ENFORCEMENT");
        assertThat(v2.get("recommendations").get(0).get("status").asString()).isEqualTo("PENDING_REVIEW");

        Api.Answer incident = api.get("coordinator", "/api/v1/incidents/K-IA-7");
        assertThat(fieldNames(incident.body()))
                .containsExactly("reference", "status", "version", "current", "versions", "recommendations");
        assertThat(incident.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(incident.get("version").asInt()).isEqualTo(2);
        assertThat(incident.get("current")
                        .get("attributions")
                        .get(0)
                        .get("confidence")
                        .asString())
                .isEqualTo("CONFIRMED");
        assertThat(incident.get("versions")).hasSize(2);
        assertThat(incident.get("versions").get(0).get("reportedBy").asString()).isEqualTo("liaison");
        assertThat(statusOf(incident, v1.get("recommendations").get(0).get("id").asString()))
                .isEqualTo("SUPERSEDED");
        assertThat(statusOf(incident, v2.get("recommendations").get(0).get("id").asString()))
                .isEqualTo("PENDING_REVIEW");

        // the same content again is no new version
        String counts = api.counts();
        Api.Answer same = api.put("liaison", "/api/v1/incidents/K-IA-7", amended);
        assertThat(same.status()).isEqualTo(200);
        assertThat(same.get("version").asInt()).isEqualTo(2);
        assertThat(api.counts()).isEqualTo(counts);
    }

    @Test
    void anAmendmentFlagsDecidedRecommendationsForReviewWithoutChangingThem() {
        api.group("IA8", true);
        Api.Answer v1 = api.post(
                "liaison",
                "/api/v1/incidents",
                incident("K-IA-8", "SHOOTING", "2026-02-01T21:40:00+01:00", "IA8", "PERPETRATOR", "CONFIRMED"));
        String id = v1.get("recommendations").get(0).get("id").asString();
        assertThat(api.post("coordinator", "/api/v1/recommendations/" + id + "/decision", "{\"decision\":\"APPROVED\"}")
                        .status())
                .isEqualTo(200);
        api.put(
                "liaison",
                "/api/v1/incidents/K-IA-8",
                incident("K-IA-8", "HOMICIDE", "2026-02-01T21:40:00+01:00", "IA8", "PERPETRATOR", "CONFIRMED"));
        Api.Answer decided = api.get("coordinator", "/api/v1/recommendations/" + id);
        assertThat(decided.get("status").asString()).isEqualTo("APPROVED");
        assertThat(decided.get("needsReview").asBoolean()).isTrue();
    }

    @Test
    void aRetractionWithdrawsPendingRecommendationsAndClosesTheReference() {
        api.group("IA9", true);
        String body = incident("K-IA-9", "SHOOTING", "2026-02-01T21:40:00+01:00", "IA9", "PERPETRATOR", "CONFIRMED");
        Api.Answer v1 = api.post("liaison", "/api/v1/incidents", body);
        String id = v1.get("recommendations").get(0).get("id").asString();
        assertProblem(api.post("liaison", "/api/v1/incidents/K-IA-9/retraction", "{}"), 400);

        Api.Answer retraction =
                api.post("liaison", "/api/v1/incidents/K-IA-9/retraction", "{\"reason\":\"Felaktigt registrerad\"}");
        assertThat(retraction.status()).as(retraction.text()).isEqualTo(200);
        assertThat(fieldNames(retraction.body())).containsExactly("reference", "status", "withdrawn");
        assertThat(retraction.get("status").asString()).isEqualTo("RETRACTED");
        assertThat(retraction.get("withdrawn").toString()).isEqualTo("[\"" + id + "\"]");
        assertThat(api.get("coordinator", "/api/v1/recommendations/" + id)
                        .get("status")
                        .asString())
                .isEqualTo("WITHDRAWN");
        assertThat(api.get("liaison", "/api/v1/incidents/K-IA-9").get("status").asString())
                .isEqualTo("RETRACTED");

        String counts = api.counts();
        assertProblem(api.post("liaison", "/api/v1/incidents/K-IA-9/retraction", "{\"reason\":\"igen\"}"), 409);
        assertProblem(api.post("liaison", "/api/v1/incidents", body), 409);
        assertProblem(api.put("liaison", "/api/v1/incidents/K-IA-9", body), 409);
        assertProblem(api.post("liaison", "/api/v1/incidents/K-NEVER/retraction", "{\"reason\":\"x\"}"), 404);
        assertThat(api.counts()).isEqualTo(counts);
    }

    @Test
    void aWhatIfEvaluationAnswersFullRecommendationsAndStoresOnlyItsLogEntry() {
        api.group("IA10", true);
        String counts = api.counts();
        long log = api.count("decision_log");
        Api.Answer whatIf = api.post(
                "coordinator",
                "/api/v1/evaluations",
                incident("K-IA-10", "SHOOTING", "2026-02-01T21:40:00+01:00", "IA10", "PERPETRATOR", "CONFIRMED"));
        assertThat(whatIf.status()).as(whatIf.text()).isEqualTo(200);
        assertThat(whatIf.get("reference").asString()).isEqualTo("K-IA-10");
        JsonNode rec = whatIf.get("recommendations").get(0);
        assertThat(rec.get("id").isNull()).isTrue();
        assertThat(rec.get("status").isNull()).isTrue();
        assertThat(rec.get("outcome").asString()).isEqualTo("GROUP_ENFORCEMENT");
        assertThat(rec.get("actions").size()).isPositive();
        assertThat(rec.get("actions").get(0).get("explanation").asString()).isNotBlank();
        assertThat(api.count("decision_log")).isEqualTo(log + 1);
        assertThat(api.counts().replaceAll("decision_log=\\d+", ""))
                .isEqualTo(counts.replaceAll("decision_log=\\d+", ""));
        assertProblem(api.get("liaison", "/api/v1/incidents/K-IA-10"), 404);
    }

    @Test
    void aSecondEnforcementOfTheGroupWithinTheWindowIsEscalatedWithTheShorterDeadline() {
        api.group("IA11", true);
        Api.Answer first = api.post(
                "liaison",
                "/api/v1/incidents",
                incident("K-IA-11a", "SHOOTING", "2026-03-01T21:40:00+01:00", "IA11", "PERPETRATOR", "CONFIRMED"));
        Api.Answer second = api.post(
                "liaison",
                "/api/v1/incidents",
                incident("K-IA-11b", "EXPLOSION", "2026-03-15T02:00:00+01:00", "IA11", "PERPETRATOR", "PROBABLE"));
        assertThat(first.get("recommendations").get(0).get("priority").asString())
                .isEqualTo("STANDARD");
        assertThat(second.get("recommendations").get(0).get("priority").asString())
                .isEqualTo("ESCALATED");
        // a group not on notice gets the promise delivered, not sanctions
        api.group("IA12", false);
        Api.Answer notOnNotice = api.post(
                "liaison",
                "/api/v1/incidents",
                incident("K-IA-12", "SHOOTING", "2026-03-01T21:40:00+01:00", "IA12", "PERPETRATOR", "CONFIRMED"));
        assertThat(notOnNotice.get("recommendations").get(0).get("outcome").asString())
                .isEqualTo("DELIVER_PROMISE");
    }

    @Test
    void anApprovedEnforcementOfARetractedIncidentNoLongerEscalates() {
        api.group("IA13", true);
        Api.Answer first = api.post(
                "liaison",
                "/api/v1/incidents",
                incident("K-IA-13a", "SHOOTING", "2026-03-01T21:40:00+01:00", "IA13", "PERPETRATOR", "CONFIRMED"));
        String id = first.get("recommendations").get(0).get("id").asString();
        assertThat(api.post("coordinator", "/api/v1/recommendations/" + id + "/decision", "{\"decision\":\"APPROVED\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.post("liaison", "/api/v1/incidents/K-IA-13a/retraction", "{\"reason\":\"Fel grupp\"}")
                        .status())
                .isEqualTo(200);

        Api.Answer second = api.post(
                "liaison",
                "/api/v1/incidents",
                incident("K-IA-13b", "SHOOTING", "2026-03-15T21:40:00+01:00", "IA13", "PERPETRATOR", "CONFIRMED"));

        assertThat(second.get("recommendations").get(0).get("priority").asString())
                .isEqualTo("STANDARD");
        assertThat(api.get("coordinator", "/api/v1/recommendations/" + id)
                        .get("needsReview")
                        .asBoolean())
                .isTrue();
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    static String statusOf(Api.Answer incident, String id) {
        for (JsonNode r : incident.get("recommendations")) {
            if (r.get("id").asString().equals(id)) {
                return r.get("status").asString();
            }
        }
        throw new AssertionError("no recommendation " + id);
    }
}

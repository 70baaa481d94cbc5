package se.samverkan.gvi.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.gvi.support.Api.incident;
import static se.samverkan.gvi.support.Problems.assertProblem;
import static se.samverkan.gvi.support.Problems.fields;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.IntegrationTest;
import se.samverkan.gvi.support.TestClock;
import tools.jackson.databind.JsonNode;

/** Listing, reading, deciding, reporting outcomes, overdue actions and sanction rounds (docs/api.md). */
@IntegrationTest(schema = "recommendation_api")
@Import(TestClock.Config.class)
class RecommendationApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    Api api;

    private String report(String reference, String occurredAt, String group, String confidence) {
        Api.Answer answer = api.post(
                "liaison",
                "/api/v1/incidents",
                incident(reference, "SHOOTING", occurredAt, group, "PERPETRATOR", confidence, group + "-A"));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.get("recommendations").get(0).get("id").asString();
    }

    @Test
    void theDetailHasExactlyTheShapeOfSection54WithExplanations() {
        api.group("RA1", true);
        String id = report("K-RA-1", "2026-02-01T21:40:00+01:00", "RA1", "CONFIRMED");
        long log = api.count("decision_log");
        Api.Answer rec = api.get("legal", "/api/v1/recommendations/" + id);
        assertThat(rec.status()).isEqualTo(200);
        assertThat(names(rec.body()))
                .containsExactly(
                        "id",
                        "incidentReference",
                        "incidentVersion",
                        "groupRef",
                        "outcome",
                        "priority",
                        "summary",
                        "promiseId",
                        "ruleSetVersion",
                        "reportedAt",
                        "createdAt",
                        "dueBy",
                        "status",
                        "needsReview",
                        "decision",
                        "actions",
                        "exclusions",
                        "firedRules");
        assertThat(rec.get("incidentReference").asString()).isEqualTo("K-RA-1");
        assertThat(rec.get("promiseId").asString()).isEqualTo("HUDDINGE-2024");
        assertThat(rec.get("ruleSetVersion").asString()).matches("[0-9a-f]{64}");
        assertThat(rec.get("decision").isNull()).isTrue();
        assertThat(rec.get("summary").asString()).isNotBlank();
        JsonNode action = rec.get("actions").get(0);
        assertThat(names(action))
                .containsExactly(
                        "id",
                        "personRef",
                        "lever",
                        "agency",
                        "sanction",
                        "legalBasis",
                        "promiseClause",
                        "dueBy",
                        "ruleId",
                        "explanation",
                        "status");
        assertThat(action.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(rec.get("dueBy").asString()).isEqualTo(action.get("dueBy").asString());
        JsonNode exclusion = rec.get("exclusions").get(0);
        assertThat(names(exclusion))
                .containsExactly("personRef", "lever", "reason", "ruleId", "legalBasis", "explanation");
        // RA1-C is 12: excluded as a whole person (lever null); RA1-D is in custody
        assertThat(rec.get("exclusions").toString())
                .contains("\"personRef\":\"RA1-C\",\"lever\":null,\"reason\":\"UNDER_15\"");
        assertThat(rec.get("exclusions").toString()).contains("IN_CUSTODY");
        assertThat(rec.get("firedRules").size()).isPositive();
        // every read is logged with the reader
        assertThat(api.count("decision_log")).isEqualTo(log + 1);
        assertThat(jdbc.sql("select actor from decision_log order by seq desc limit 1")
                        .query(String.class)
                        .single())
                .isEqualTo("legal");
        assertProblem(api.get("legal", "/api/v1/recommendations/" + UUID.randomUUID()), 404);
        assertProblem(api.get("legal", "/api/v1/recommendations/not-a-uuid"), 400);
    }

    @Test
    void theListFiltersPagesAndOrdersByDueBy() {
        api.group("RB1", true);
        api.group("RB2", false);
        String standard = report("K-RB-1", "2026-02-01T21:40:00+01:00", "RB1", "CONFIRMED");
        clock.advance(Duration.ofHours(1));
        String escalated = report("K-RB-2", "2026-02-10T21:40:00+01:00", "RB1", "CONFIRMED");
        report("K-RB-3", "2026-02-10T21:40:00+01:00", "RB2", "CONFIRMED");

        Api.Answer rb1 = api.get("coordinator", "/api/v1/recommendations?groupRef=RB1");
        assertThat(names(rb1.body())).containsExactly("items", "total");
        assertThat(rb1.get("total").asLong()).isEqualTo(2);
        // the escalated one, due in 3 days, comes before the standard one due in 7
        assertThat(ids(rb1)).containsExactly(escalated, standard);

        Api.Answer page = api.get("coordinator", "/api/v1/recommendations?groupRef=RB1&size=1&page=1");
        assertThat(ids(page)).containsExactly(standard);
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(api.get("coordinator", "/api/v1/recommendations?groupRef=RB2&outcome=DELIVER_PROMISE")
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(api.get("coordinator", "/api/v1/recommendations?groupRef=RB2&outcome=GROUP_ENFORCEMENT")
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(api.get("coordinator", "/api/v1/recommendations?groupRef=RB1&status=PENDING_REVIEW")
                        .get("total")
                        .asLong())
                .isEqualTo(2);
        assertProblem(api.get("coordinator", "/api/v1/recommendations?status=WAITING"), 400);
        assertProblem(api.get("coordinator", "/api/v1/recommendations?size=501"), 400);
        assertProblem(api.get("coordinator", "/api/v1/recommendations?page=-1"), 400);
    }

    @Test
    void aPageOrSizeThatIsOutOfRangeOrNoWholeNumberIsRefusedAsThatParameter() {
        for (String list : List.of("/api/v1/recommendations", "/api/v1/actions")) {
            assertThat(api.get("coordinator", list + "?page=&size=").status()).isEqualTo(200);
            assertRefused(list, "page=-1", "page", "page must be 0 or more", "page must be 0 or more");
            assertRefused(list, "size=0", "size", "size must be between 1 and 500", "size must be between 1 and 500");
            assertRefused(list, "size=501", "size", "size must be between 1 and 500", "size must be between 1 and 500");
            assertRefused(list, "page=first", "page", "page has the wrong format", "has the wrong format");
            assertRefused(list, "size=1.5", "size", "size has the wrong format", "has the wrong format");
        }
    }

    private void assertRefused(String list, String query, String field, String detail, String message) {
        Api.Answer answer = api.get("coordinator", list + "?" + query);
        assertProblem(answer, 400);
        assertThat(answer.get("type").asString()).isEqualTo("urn:gvi:problem:validation");
        assertThat(answer.get("title").asString()).isEqualTo("Invalid request");
        assertThat(answer.get("detail").asString()).isEqualTo(detail);
        assertThat(answer.get("instance").asString()).isEqualTo(list);
        assertThat(answer.get("errors")).hasSize(1);
        assertThat(answer.get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(answer.get("errors").get(0).get("message").asString()).isEqualTo(message);
    }

    @Test
    void approvingApprovesEveryActionAndADecidedRecommendationCannotBeDecidedAgain() {
        api.group("RC1", true);
        String id = report("K-RC-1", "2026-02-01T21:40:00+01:00", "RC1", "CONFIRMED");
        Api.Answer approved =
                api.post("coordinator", "/api/v1/recommendations/" + id + "/decision", "{\"decision\":\"APPROVED\"}");
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("decision").get("decidedBy").asString()).isEqualTo("coordinator");
        assertThat(approved.get("decision").get("decision").asString()).isEqualTo("APPROVED");
        approved.get("actions")
                .forEach(a -> assertThat(a.get("status").asString()).isEqualTo("APPROVED"));
        String counts = api.counts();
        assertProblem(
                api.post(
                        "coordinator",
                        "/api/v1/recommendations/" + id + "/decision",
                        "{\"decision\":\"REJECTED\",\"reason\":\"ändrat mig\"}"),
                409);
        assertProblem(
                api.post(
                        "coordinator",
                        "/api/v1/recommendations/" + UUID.randomUUID() + "/decision",
                        "{\"decision\":\"APPROVED\"}"),
                404);
        assertThat(api.counts()).isEqualTo(counts);
    }

    @Test
    void rejectingAndPartialApprovalNeedAReasonAndValidActions() {
        api.group("RD1", true);
        String id = report("K-RD-1", "2026-02-01T21:40:00+01:00", "RD1", "CONFIRMED");
        String path = "/api/v1/recommendations/" + id + "/decision";
        String action = api.get("coordinator", "/api/v1/recommendations/" + id)
                .get("actions")
                .get(0)
                .get("id")
                .asString();
        String counts = api.counts();
        Api.Answer noReason = problem(api.post("coordinator", path, "{\"decision\":\"REJECTED\"}"), 400);
        assertThat(fields(noReason)).containsExactly("reason");
        assertThat(noReason.get("errors").get(0).get("message").asString())
                .isEqualTo("a reason is required for REJECTED");
        assertThat(fields(problem(
                        api.post("coordinator", path, "{\"decision\":\"PARTIALLY_APPROVED\",\"reason\":\"delvis\"}"),
                        400)))
                .containsExactly("approvedActionIds");
        // actions named with a decision that is not partial: refused, though they are the recommendation's
        assertThat(fields(problem(
                        api.post(
                                "coordinator",
                                path,
                                "{\"decision\":\"APPROVED\",\"approvedActionIds\":[\"" + action + "\"]}"),
                        400)))
                .containsExactly("approvedActionIds");
        assertThat(fields(problem(
                        api.post(
                                "coordinator",
                                path,
                                "{\"decision\":\"PARTIALLY_APPROVED\",\"approvedActionIds\":[\"" + UUID.randomUUID()
                                        + "\"],\"reason\":\"delvis\"}"),
                        422)))
                .contains("approvedActionIds[0]");
        problem(api.post("coordinator", path, "{\"decision\":\"MAYBE\"}"), 400);
        problem(api.post("coordinator", path, "{\"decision\":\"APPROVED\",\"extra\":true}"), 400);
        assertThat(api.counts()).isEqualTo(counts);

        JsonNode actions =
                api.get("coordinator", "/api/v1/recommendations/" + id).get("actions");
        String chosen = actions.get(0).get("id").asString();
        Api.Answer partial = api.post(
                "coordinator",
                path,
                "{\"decision\":\"PARTIALLY_APPROVED\",\"approvedActionIds\":[\"" + chosen
                        + "\"],\"reason\":\"delvis\"}");
        assertThat(partial.status()).as(partial.text()).isEqualTo(200);
        assertThat(partial.get("status").asString()).isEqualTo("PARTIALLY_APPROVED");
        assertThat(partial.get("decision").get("reason").asString()).isEqualTo("delvis");
        for (JsonNode a : partial.get("actions")) {
            assertThat(a.get("status").asString())
                    .isEqualTo(a.get("id").asString().equals(chosen) ? "APPROVED" : "NOT_APPROVED");
        }

        api.group("RD2", true);
        String other = report("K-RD-2", "2026-02-01T21:40:00+01:00", "RD2", "CONFIRMED");
        Api.Answer rejected = api.post(
                "coordinator",
                "/api/v1/recommendations/" + other + "/decision",
                "{\"decision\":\"REJECTED\",\"reason\":\"proportionalitet\"}");
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        rejected.get("actions")
                .forEach(a -> assertThat(a.get("status").asString()).isEqualTo("NOT_APPROVED"));
    }

    @Test
    void outcomesAreReportedOnlyForApprovedActionsAndOverdueListsThePastDue() {
        api.group("RE1", true);
        String id = report("K-RE-1", "2026-02-01T21:40:00+01:00", "RE1", "CONFIRMED");
        JsonNode actions =
                api.get("coordinator", "/api/v1/recommendations/" + id).get("actions");
        String first = actions.get(0).get("id").asString();
        String second = actions.get(1).get("id").asString();
        String outcome = "/api/v1/recommendations/" + id + "/actions/%s/outcome";
        String executed = "{\"executedOn\":\"2026-02-03\",\"outcome\":\"EXECUTED\",\"note\":\"klart\"}";
        // a proposed action cannot have an outcome
        problem(api.post("coordinator", outcome.formatted(first), executed), 409);
        api.post(
                "coordinator",
                "/api/v1/recommendations/" + id + "/decision",
                "{\"decision\":\"PARTIALLY_APPROVED\",\"approvedActionIds\":[\"" + first + "\",\"" + second
                        + "\"],\"reason\":\"två av dem\"}");

        assertThat(actionIds(api.get("coordinator", "/api/v1/actions?overdue=true")))
                .doesNotContain(first, second);
        assertThat(actionIds(api.get("coordinator", "/api/v1/actions"))).contains(first, second);
        clock.advance(Duration.ofDays(8));
        Api.Answer overdue = api.get("liaison", "/api/v1/actions?overdue=true");
        assertThat(names(overdue.body())).containsExactly("items", "total");
        assertThat(actionIds(overdue)).contains(first, second);
        String agency = actions.get(0).get("agency").asString();
        Api.Answer byAgency = api.get(
                "coordinator",
                "/api/v1/actions?overdue=true&agency="
                        + java.net.URLEncoder.encode(agency, java.nio.charset.StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        byAgency.get("items")
                .forEach(a -> assertThat(a.get("agency").asString()).isEqualTo(agency));
        assertThat(actionIds(byAgency)).contains(first);

        Api.Answer reported = api.post("coordinator", outcome.formatted(first), executed);
        assertThat(reported.status()).as(reported.text()).isEqualTo(200);
        assertThat(statusOf(reported, first)).isEqualTo("EXECUTED");
        assertThat(actionIds(api.get("coordinator", "/api/v1/actions?overdue=true")))
                .doesNotContain(first)
                .contains(second);
        problem(api.post("coordinator", outcome.formatted(first), executed), 409);
        String notApproved = actions.get(actions.size() - 1).get("id").asString();
        if (!notApproved.equals(first) && !notApproved.equals(second)) {
            problem(api.post("coordinator", outcome.formatted(notApproved), executed), 409);
        }
        problem(api.post("coordinator", outcome.formatted(UUID.randomUUID()), executed), 404);
        problem(
                api.post(
                        "coordinator",
                        outcome.formatted(second),
                        "{\"executedOn\":\"2026-02-03\",\"outcome\":\"DONE\"}"),
                400);
        // the service's clock is moved ahead in this test, so a date far in the future
        problem(
                api.post(
                        "coordinator",
                        outcome.formatted(second),
                        "{\"executedOn\":\"9999-12-31\",\"outcome\":\"EXECUTED\"}"),
                422);
        Api.Answer impossible = api.post(
                "coordinator",
                outcome.formatted(second),
                "{\"executedOn\":\"2026-02-04\",\"outcome\":\"NOT_POSSIBLE\",\"note\":\"ej anträffbar\"}");
        assertThat(statusOf(impossible, second)).isEqualTo("NOT_POSSIBLE");
    }

    @Test
    void theFirstEnforcementOpensASanctionRoundTheNextJoinItAndACoordinatorClosesIt() {
        api.group("RF1", true);
        String first = report("K-RF-1", "2026-02-01T21:40:00+01:00", "RF1", "CONFIRMED");
        String second = report("K-RF-2", "2026-02-20T21:40:00+01:00", "RF1", "PROBABLE");
        report("K-RF-3", "2026-02-21T21:40:00+01:00", "RF1", "SUSPECTED");
        JsonNode rounds = api.get("coordinator", "/api/v1/groups/RF1").get("sanctionRounds");
        assertThat(rounds).hasSize(1);
        assertThat(rounds.get(0).get("recommendationIds").toString()).contains(first, second);
        assertThat(rounds.get(0).get("recommendationIds")).hasSize(2);
        String round = rounds.get(0).get("id").asString();
        String closure = "/api/v1/groups/RF1/sanction-rounds/" + round + "/closure";

        problem(api.post("coordinator", closure, "{}"), 400);
        Api.Answer closed =
                api.post("coordinator", closure, "{\"effectReview\":\"Inga nya skjutningar på sex veckor.\"}");
        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        assertThat(closed.get("closedBy").asString()).isEqualTo("coordinator");
        assertThat(closed.get("closedAt").isNull()).isFalse();
        String counts = api.counts();
        problem(api.post("coordinator", closure, "{\"effectReview\":\"igen\"}"), 409);
        problem(
                api.post(
                        "coordinator",
                        "/api/v1/groups/RF1/sanction-rounds/" + UUID.randomUUID() + "/closure",
                        "{\"effectReview\":\"x\"}"),
                404);
        assertThat(api.counts()).isEqualTo(counts);

        report("K-RF-4", "2026-03-20T21:40:00+01:00", "RF1", "CONFIRMED");
        assertThat(api.get("coordinator", "/api/v1/groups/RF1").get("sanctionRounds"))
                .hasSize(2);
    }

    private static Api.Answer problem(Api.Answer answer, int status) {
        assertProblem(answer, status);
        return answer;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static List<String> ids(Api.Answer page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }

    private static List<String> actionIds(Api.Answer page) {
        return ids(page);
    }

    private static String statusOf(Api.Answer recommendation, String actionId) {
        for (JsonNode a : recommendation.get("actions")) {
            if (a.get("id").asString().equals(actionId)) {
                return a.get("status").asString();
            }
        }
        throw new AssertionError("no action " + actionId);
    }
}

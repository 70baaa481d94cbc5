package se.samverkan.gvi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.gvi.support.Api.incident;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The auditor's endpoints (docs/security.md) over a real flow: every kind of event is an entry naming the
 * person who acted, the chain verifies, and the list pages and filters like the other lists.
 */
@IntegrationTest(schema = "audit_api")
class AuditApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Api api;

    @Test
    void everyEventOfSection7IsAnEntryNamingThePersonWhoActed() {
        api.group("AU1", true);
        Api.Answer reported = api.post(
                "liaison",
                "/api/v1/incidents",
                incident(
                        "K-AU-1", "SHOOTING", "2026-02-01T21:40:00+01:00", "AU1", "PERPETRATOR", "CONFIRMED", "AU1-A"));
        assertThat(reported.status()).as(reported.text()).isEqualTo(201);
        String id = reported.get("recommendations").get(0).get("id").asString();
        assertThat(api.post(
                                "coordinator",
                                "/api/v1/evaluations",
                                incident(
                                        "K-AU-WHATIF",
                                        "SHOOTING",
                                        "2026-02-01T21:40:00+01:00",
                                        "AU1",
                                        "PERPETRATOR",
                                        "CONFIRMED"))
                        .status())
                .isEqualTo(200);
        assertThat(api.get("coordinator", "/api/v1/persons/AU1-A").status()).isEqualTo(200);
        assertThat(api.get("legal", "/api/v1/groups/AU1").status()).isEqualTo(200);
        assertThat(api.get("coordinator", "/api/v1/incidents/K-AU-1").status()).isEqualTo(200);
        Api.Answer read = api.get("coordinator", "/api/v1/recommendations/" + id);
        String actionId = read.get("actions").get(0).get("id").asString();
        assertThat(api.post("coordinator", "/api/v1/recommendations/" + id + "/decision", "{\"decision\":\"APPROVED\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.post(
                                "coordinator",
                                "/api/v1/recommendations/" + id + "/actions/" + actionId + "/outcome",
                                "{\"executedOn\":\"2026-02-03\",\"outcome\":\"EXECUTED\",\"note\":\"Fri text om personen\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.get("liaison", "/api/v1/actions").status()).isEqualTo(200);

        List<String> entries = new ArrayList<>();
        for (JsonNode e : all("/api/v1/audit?size=500")) {
            entries.add(e.get("action").asString() + " by " + e.get("actor").asString() + " on "
                    + e.get("subject").asString());
        }
        assertThat(entries)
                .contains(
                        "INCIDENT_REPORTED by liaison on incident:K-AU-1",
                        "RECOMMENDATION_CREATED by liaison on recommendation:" + id,
                        "EVALUATION_RUN by coordinator on evaluation:K-AU-WHATIF",
                        "PERSON_READ by coordinator on person:AU1-A",
                        "GROUP_READ by legal on group:AU1",
                        "INCIDENT_READ by coordinator on incident:K-AU-1",
                        "RECOMMENDATION_READ by coordinator on recommendation:" + id,
                        "RECOMMENDATION_APPROVED_BY_COORDINATOR by coordinator on recommendation:" + id,
                        "ACTION_OUTCOME_REPORTED by coordinator on action:" + actionId,
                        "ACTIONS_READ by liaison on actions");
        // no decision is attributed to the system: every actor is a signed-in user, except the one
        // entry per site that records which rule-set version the service first started with
        assertThat(jdbc.sql("select distinct actor from decision_log where action <> 'RULES_LOADED_AT_START'")
                        .query(String.class)
                        .list())
                .allMatch(a -> List.of("admin", "liaison", "coordinator", "legal", "auditor")
                        .contains(a));
        assertThat(jdbc.sql("select site from decision_log where action = 'RULES_LOADED_AT_START' order by site")
                        .query(String.class)
                        .list())
                .containsExactly("huddinge", "malmo");
        // free text (summary, note, speaker names) is kept only as a hash, never in a column of the log
        assertThat(jdbc.sql("select count(*) from decision_log where subject like '%Fri%' or action like '%Fri%'"
                                + " or subject like '%Fiktiv%'")
                        .query(Long.class)
                        .single())
                .isZero();

        Api.Answer verify = api.get("auditor", "/api/v1/audit/verify");
        assertThat(verify.status()).as(verify.text()).isEqualTo(200);
        assertThat(verify.get("valid").asBoolean()).isTrue();
        assertThat(verify.get("entries").asLong()).isEqualTo(api.count("decision_log where site = 'huddinge'"));
        assertThat(verify.body().has("firstBrokenSeq")).isTrue();
        assertThat(verify.get("firstBrokenSeq").isNull()).isTrue();
    }

    @Test
    void theListFiltersBySubjectAndTimeAndPages() {
        api.person("AU-P1", "1990-01-01", "");
        api.get("coordinator", "/api/v1/persons/AU-P1");
        api.get("liaison", "/api/v1/persons/AU-P1");

        Api.Answer bySubject = api.get("auditor", "/api/v1/audit?subject=person:AU-P1");
        assertThat(bySubject.status()).as(bySubject.text()).isEqualTo(200);
        assertThat(bySubject.get("total").asLong()).isEqualTo(3);
        JsonNode first = bySubject.get("items").get(0);
        assertThat(first.get("action").asString()).isEqualTo("PERSON_REGISTERED");
        assertThat(first.get("actor").asString()).isEqualTo("admin");
        for (String field : List.of(
                "seq", "at", "actor", "action", "subject", "ruleSetVersion", "payloadHash", "prevHash", "hash")) {
            assertThat(first.has(field)).as(field).isTrue();
        }

        Api.Answer page = api.get("auditor", "/api/v1/audit?subject=person:AU-P1&size=2&page=1");
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("items").size()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("actor").asString()).isEqualTo("liaison");

        String at = first.get("at").asString();
        assertThat(api.get("auditor", "/api/v1/audit?subject=person:AU-P1&to=" + at.replace("+", "%2B"))
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(api.get("auditor", "/api/v1/audit?subject=person:AU-P1&from=" + at.replace("+", "%2B"))
                        .get("total")
                        .asLong())
                .isEqualTo(3);
        assertThat(api.get("auditor", "/api/v1/audit?subject=person:AU-P1&from=2999-01-01T00:00:00Z")
                        .get("total")
                        .asLong())
                .isZero();

        // the auditor's reading is itself an entry
        assertThat(api.get("auditor", "/api/v1/audit?subject=decision-log&size=500")
                        .get("total")
                        .asLong())
                .isGreaterThanOrEqualTo(5);

        assertThat(api.get("auditor", "/api/v1/audit?size=501").status()).isEqualTo(400);
        Api.Answer notANumber = api.get("auditor", "/api/v1/audit?page=first");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.get("detail").asString()).isEqualTo("page has the wrong format");
        assertThat(notANumber.get("errors").get(0).get("field").asString()).isEqualTo("page");
        assertThat(api.get("auditor", "/api/v1/audit?from=yesterday").status()).isEqualTo(400);
        assertThat(api.get("auditor", "/api/v1/audit?from=2026-02-02T00:00:00Z&to=2026-02-01T00:00:00Z")
                        .status())
                .isEqualTo(400);
        assertThat(api.get("coordinator", "/api/v1/audit").status()).isEqualTo(403);
        assertThat(api.get("coordinator", "/api/v1/audit/verify").status()).isEqualTo(403);
    }

    private List<JsonNode> all(String path) {
        List<JsonNode> items = new ArrayList<>();
        api.get("auditor", path).get("items").forEach(items::add);
        return items;
    }
}

package se.samverkan.gvi.group;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.gvi.support.Api.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Persons, groups with audit versions and call-ins (docs/api.md), and the facts as of the incident date. */
@IntegrationTest(schema = "group_api")
class GroupApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Api api;

    @Test
    void aPersonIsCreatedWith201UpdatedWith200AndEveryReadIsLogged() {
        Api.Answer created =
                api.put("admin", "/api/v1/persons/GA-P1", "{\"birthDate\":\"2001-02-03\",\"inCustody\":true}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.get("inCustody").asBoolean()).isTrue();
        assertThat(created.get("underSupervision").asBoolean()).isFalse();
        Api.Answer updated = api.put("admin", "/api/v1/persons/GA-P1", "{\"birthDate\":\"2001-02-03\"}");
        assertThat(updated.status()).isEqualTo(200);
        long log = api.count("decision_log");
        Api.Answer read = api.get("liaison", "/api/v1/persons/GA-P1");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.get("ref").asString()).isEqualTo("GA-P1");
        assertThat(read.get("birthDate").asString()).isEqualTo("2001-02-03");
        assertThat(read.get("inCustody").asBoolean()).isFalse();
        assertThat(api.count("decision_log")).isEqualTo(log + 1);
        assertThat(jdbc.sql(
                                "select action || ':' || actor || ':' || subject from decision_log order by seq desc limit 1")
                        .query(String.class)
                        .single())
                .isEqualTo("PERSON_READ:liaison:person:GA-P1");

        String counts = api.counts();
        assertThat(api.get("liaison", "/api/v1/persons/GA-NOBODY").status()).isEqualTo(404);
        assertThat(api.put("admin", "/api/v1/persons/GA-P2", "{\"birthDate\":\"2001-02-03\",\"shoeSize\":44}")
                        .status())
                .isEqualTo(400);
        Api.Answer missing = api.put("admin", "/api/v1/persons/GA-P2", "{\"inCustody\":true}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.get("errors").toString()).contains("birthDate");
        assertThat(api.put("admin", "/api/v1/persons/GA-P2", "{\"birthDate\":\"2001-02-03\",\"inCustody\":\"maybe\"}")
                        .status())
                .isEqualTo(400);
        assertThat(api.put("admin", "/api/v1/persons/not%20a%20ref", "{\"birthDate\":\"2001-02-03\"}")
                        .status())
                .isEqualTo(400);
        assertThat(api.counts()).isEqualTo(counts);
    }

    @Test
    void aGroupKeepsEveryAuditVersionAndRefusesUnknownMembers() {
        api.person("GB-P1", "2000-01-01", "");
        api.person("GB-P2", "2000-01-01", "");
        String audit1 = """
                {"name":"Gänget","area":"Fiktiva byn","rivals":["GB-X"],
                 "audit":{"mappedOn":"2025-01-01","members":[{"personRef":"GB-P1","joinedOn":"2024-01-01"}]}}""";
        Api.Answer created = api.put("admin", "/api/v1/groups/GB", audit1);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        Api.Answer second = api.put("admin", "/api/v1/groups/GB", """
                {"name":"Gänget","area":"Fiktiva byn","rivals":["GB-X"],
                 "audit":{"mappedOn":"2026-06-01","members":[{"personRef":"GB-P1","joinedOn":"2024-01-01","exitedOn":"2026-05-01"},
                                                           {"personRef":"GB-P2","joinedOn":"2026-01-01"}]}}""");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.get("audits")).hasSize(2);
        assertThat(second.get("currentMembers").toString()).contains("GB-P2").doesNotContain("GB-P1");

        String counts = api.counts();
        Api.Answer unknown = api.put("admin", "/api/v1/groups/GB", """
                {"name":"Gänget","area":"Fiktiva byn",
                 "audit":{"mappedOn":"2026-07-01","members":[{"personRef":"GB-NOBODY","joinedOn":"2024-01-01"}]}}""");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.get("errors").get(0).get("field").asString()).isEqualTo("audit.members[0].personRef");
        assertThat(api.put("admin", "/api/v1/groups/GB2", "{\"name\":\"x\",\"area\":\"y\"}")
                        .status())
                .isEqualTo(400);
        assertThat(api.get("coordinator", "/api/v1/groups/GB-NEVER").status()).isEqualTo(404);
        assertThat(api.counts()).isEqualTo(counts);

        Api.Answer read = api.get("legal", "/api/v1/groups/GB");
        assertThat(names(read.body()))
                .containsExactly(
                        "ref", "name", "area", "rivals", "audits", "currentMembers", "callIns", "sanctionRounds");
        assertThat(read.get("rivals").toString()).isEqualTo("[\"GB-X\"]");
    }

    @Test
    void aCallInIsRecordedOnceWithItsSpeakersAndNotifications() {
        api.group("GC", false);
        String body = """
                {"heldOn":"2026-01-10","promiseId":"HUDDINGE-2024","attendees":["GC-A"],
                 "speakers":[{"role":"TRAUMA_CARE","name":"Sjuksköterska"},{"role":"HOPE"}],
                 "customNotifications":[{"personRef":"GC-B","deliveredOn":"2026-01-11"}]}""";
        Api.Answer created = api.post("coordinator", "/api/v1/groups/GC/call-ins", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.get("id").asString()).isNotBlank();
        assertThat(created.get("speakers")).hasSize(2);
        assertThat(created.get("customNotifications").get(0).get("personRef").asString())
                .isEqualTo("GC-B");

        String counts = api.counts();
        assertThat(api.post("coordinator", "/api/v1/groups/GC/call-ins", body).status())
                .isEqualTo(409);
        Api.Answer promise =
                api.post("coordinator", "/api/v1/groups/GC/call-ins", body.replace("HUDDINGE-2024", "NO-SUCH-PROMISE"));
        assertThat(promise.status()).isEqualTo(422);
        assertThat(promise.get("errors").get(0).get("field").asString()).isEqualTo("promiseId");
        Api.Answer person = api.post(
                "coordinator",
                "/api/v1/groups/GC/call-ins",
                body.replace("\"attendees\":[\"GC-A\"]", "\"attendees\":[\"GC-NOBODY\"]")
                        .replace("01-10", "01-20"));
        assertThat(person.status()).isEqualTo(422);
        assertThat(person.get("errors").get(0).get("field").asString()).isEqualTo("attendees[0]");
        assertThat(api.post("coordinator", "/api/v1/groups/GC/call-ins", body.replace("HOPE", "MAYOR"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post("coordinator", "/api/v1/groups/GC-NEVER/call-ins", body)
                        .status())
                .isEqualTo(404);
        assertThat(api.counts()).isEqualTo(counts);
        assertThat(api.get("coordinator", "/api/v1/groups/GC").get("callIns")).hasSize(1);
    }

    @Test
    void theEngineSeesTheAuditThatAppliesOnTheIncidentDate() {
        api.person("GD-P1", "1999-01-01", "\"underSupervision\":true");
        api.person("GD-P2", "1999-01-01", "\"underSupervision\":true");
        api.put("admin", "/api/v1/groups/GD", """
                {"name":"D","area":"Fiktiva D",
                 "audit":{"mappedOn":"2025-01-01","members":[{"personRef":"GD-P1","joinedOn":"2024-01-01"}]}}""");
        api.put("admin", "/api/v1/groups/GD", """
                {"name":"D","area":"Fiktiva D",
                 "audit":{"mappedOn":"2026-06-01","members":[{"personRef":"GD-P1","joinedOn":"2024-01-01"},
                                                           {"personRef":"GD-P2","joinedOn":"2026-05-01"}]}}""");
        api.post(
                "coordinator",
                "/api/v1/groups/GD/call-ins",
                "{\"heldOn\":\"2025-02-01\",\"promiseId\":\"HUDDINGE-2024\",\"attendees\":[\"GD-P1\"]}");
        // before the second audit only GD-P1 is a member; after it both are
        assertThat(personsIn("2026-03-01T12:00:00+01:00")).containsExactly("GD-P1");
        assertThat(personsIn("2026-07-01T12:00:00+02:00")).containsExactly("GD-P1", "GD-P2");
        // an incident older than every audit reads the first audit
        assertThat(personsIn("2024-12-01T12:00:00+01:00")).containsExactly("GD-P1");

        // a later version mapped on the same day replaces it from that day; the earlier days keep theirs
        api.put("admin", "/api/v1/groups/GD", """
                {"name":"D","area":"Fiktiva D",
                 "audit":{"mappedOn":"2026-06-01","members":[{"personRef":"GD-P2","joinedOn":"2026-05-01"}]}}""");
        assertThat(personsIn("2026-06-01T12:00:00+02:00")).containsExactly("GD-P2");
        assertThat(personsIn("2026-07-01T12:00:00+02:00")).containsExactly("GD-P2");
        assertThat(personsIn("2026-05-31T12:00:00+02:00")).containsExactly("GD-P1");
        assertThat(personsIn("2024-12-01T12:00:00+01:00")).containsExactly("GD-P1");
    }

    private List<String> personsIn(String occurredAt) {
        Api.Answer whatIf = api.post(
                "coordinator",
                "/api/v1/evaluations",
                incident("K-GD", "SHOOTING", occurredAt, "GD", "PERPETRATOR", "CONFIRMED"));
        assertThat(whatIf.status()).as(whatIf.text()).isEqualTo(200);
        TreeSet<String> persons = new TreeSet<>();
        for (JsonNode a : whatIf.get("recommendations").get(0).get("actions")) {
            persons.add(a.get("personRef").asString());
        }
        return new ArrayList<>(persons);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}

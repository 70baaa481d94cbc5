package se.samverkan.gvi.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static se.samverkan.gvi.support.Api.incident;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.IntegrationTest;
import se.samverkan.gvi.support.StatementCount;
import se.samverkan.gvi.ui.PageUsers;

/**
 * A read of a list runs the same number of SQL statements for one row as for fifty: the rows'
 * own lists (actions, audit members, call-in attendees, incident suspects) are read in one query
 * each for all rows, never one query per row. The decision-log append of the read is counted too.
 * The same holds for the coordinator's inbox (fifty rows a page) and group pages, which list
 * incidents beside their recommendations, and for a what-if, whose facts are read in the same
 * number of queries for a group of four as for a group of fifty, and for a decision, whose approved
 * actions go to the delivery outbox in one batch.
 */
@IntegrationTest(schema = "statement_count")
@Import(StatementCount.Configuration.class)
// A decision writes its approved actions to the delivery outbox; the relay that would publish them
// never runs during these tests.
@TestPropertySource(
        properties = {
            "gvi.delivery.enabled=true",
            "gvi.delivery.prefix=test-statement-count.",
            "gvi.delivery.relay-interval=PT1H"
        })
class StatementCountTests {

    @Autowired
    Api api;

    @Autowired
    StatementCount statements;

    @Autowired
    MockMvc mvc;

    private StatementCount.Counted<Api.Answer> read(String user, String path) {
        StatementCount.Counted<Api.Answer> counted = statements.during(() -> api.get(user, path));
        assertThat(counted.result().status()).as(counted.result().text()).isEqualTo(200);
        return counted;
    }

    /** A page as Huddinge's coordinator opens it. */
    private StatementCount.Counted<String> page(String path) {
        return statements.during(() -> {
            try {
                MockHttpServletResponse response = mvc.perform(get(path).with(PageUsers.COORDINATOR))
                        .andReturn()
                        .getResponse();
                assertThat(response.getStatus()).isEqualTo(200);
                return response.getContentAsString(StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Reports an incident of {@code groupRef}; the id of its recommendation. */
    private String report(String reference, String groupRef, int day) {
        Api.Answer answer = api.post(
                "liaison",
                "/api/v1/incidents",
                incident(
                        reference,
                        "SHOOTING",
                        "2026-02-01T21:40:00+01:00".replace("01T", "%02dT".formatted(day % 28 + 1)),
                        groupRef,
                        "PERPETRATOR",
                        "CONFIRMED",
                        groupRef + "-A"));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.get("recommendations").get(0).get("id").asString();
    }

    @Test
    void theListOfRecommendationsRunsAsManyStatementsForFiftyRowsAsForOne() {
        api.group("SCR", true);
        report("K-SCR-0", "SCR", 0);
        String page = "/api/v1/recommendations?groupRef=SCR&size=50";
        StatementCount.Counted<Api.Answer> one = read("legal", page);
        assertThat(one.result().get("items").size()).isEqualTo(1);
        for (int i = 1; i < 50; i++) {
            report("K-SCR-" + i, "SCR", i);
        }
        StatementCount.Counted<Api.Answer> fifty = read("legal", page);
        assertThat(fifty.result().get("items").size()).isEqualTo(50);
        assertThat(fifty.count()).as(String.join("\n", fifty.statements())).isEqualTo(one.count());
    }

    @Test
    void aGroupWithFiftyAuditsAndCallInsRunsAsManyStatementsAsWithOne() {
        api.group("SCG", true);
        StatementCount.Counted<Api.Answer> one = read("liaison", "/api/v1/groups/SCG");
        assertThat(one.result().get("audits").size()).isEqualTo(1);
        assertThat(one.result().get("callIns").size()).isEqualTo(1);
        LocalDate mappedOn = LocalDate.parse("2025-06-01");
        LocalDate heldOn = LocalDate.parse("2025-01-01");
        for (int i = 1; i < 50; i++) {
            Api.Answer audit = api.put("admin", "/api/v1/groups/SCG", """
                    {"name":"Grupp SCG","area":"Fiktiva området","rivals":[],
                     "audit":{"mappedOn":"%s","members":[
                       {"personRef":"SCG-A","joinedOn":"2024-01-01"},{"personRef":"SCG-B","joinedOn":"2024-01-01"}]}}""".formatted(mappedOn.plusDays(i)));
            assertThat(audit.status()).as(audit.text()).isEqualTo(200);
            Api.Answer callIn = api.post("coordinator", "/api/v1/groups/SCG/call-ins", """
                    {"heldOn":"%s","promiseId":"HUDDINGE-2024","attendees":["SCG-A","SCG-B"],
                     "speakers":[{"role":"POLICE"}],
                     "customNotifications":[{"personRef":"SCG-D","deliveredOn":"%s"}]}""".formatted(
                            heldOn.plusDays(i), heldOn.plusDays(i)));
            assertThat(callIn.status()).as(callIn.text()).isEqualTo(201);
        }
        StatementCount.Counted<Api.Answer> fifty = read("liaison", "/api/v1/groups/SCG");
        assertThat(fifty.result().get("audits").size()).isEqualTo(50);
        assertThat(fifty.result().get("callIns").size()).isEqualTo(50);
        assertThat(fifty.count()).as(String.join("\n", fifty.statements())).isEqualTo(one.count());
    }

    @Test
    void anIncidentWithFiftyVersionsRunsAsManyStatementsAsWithOne() {
        api.group("SCI", false);
        report("K-SCI", "SCI", 0);
        StatementCount.Counted<Api.Answer> one = read("liaison", "/api/v1/incidents/K-SCI");
        assertThat(one.result().get("versions").size()).isEqualTo(1);
        for (int i = 1; i < 50; i++) {
            Api.Answer amended = api.put(
                    "liaison",
                    "/api/v1/incidents/K-SCI",
                    incident(
                                    "K-SCI",
                                    "SHOOTING",
                                    "2026-02-01T21:40:00+01:00",
                                    "SCI",
                                    "PERPETRATOR",
                                    "CONFIRMED",
                                    "SCI-A",
                                    "SCI-B")
                            .replace("Fiktiv händelse", "Fiktiv händelse, uppgift " + i));
            assertThat(amended.status()).as(amended.text()).isEqualTo(200);
        }
        StatementCount.Counted<Api.Answer> fifty = read("liaison", "/api/v1/incidents/K-SCI");
        assertThat(fifty.result().get("versions").size()).isEqualTo(50);
        assertThat(fifty.count()).as(String.join("\n", fifty.statements())).isEqualTo(one.count());
    }

    @Test
    void theInboxAndTheGroupPageRunAsManyStatementsForFiftyIncidentsAsForOne() {
        api.group("SCP", true);
        report("K-SCP-0", "SCP", 0);
        StatementCount.Counted<String> inboxOne = page("/");
        StatementCount.Counted<String> groupOne = page("/groups/SCP");
        assertThat(inboxOne.result()).contains("K-SCP-0");
        assertThat(groupOne.result()).contains("K-SCP-0");
        for (int i = 1; i <= 50; i++) {
            report("K-SCP-" + i, "SCP", i);
        }
        StatementCount.Counted<String> inboxFifty = page("/");
        StatementCount.Counted<String> groupFifty = page("/groups/SCP");
        // 51 or more pending: the inbox shows the 50 most urgent and a way to the rest
        assertThat(inboxFifty.result().split("data-incident=", -1)).hasSize(51);
        assertThat(inboxFifty.result()).contains("Sida 1 av", "rel=\"next\" href=\"/?page=1\"");
        assertThat(page("/?page=1").result()).contains("Sida 2 av", "rel=\"prev\" href=\"/?page=0\"");
        assertThat(groupFifty.result()).contains("K-SCP-0", "K-SCP-50");
        assertThat(inboxFifty.count())
                .as(String.join("\n", inboxFifty.statements()))
                .isEqualTo(inboxOne.count());
        assertThat(groupFifty.count())
                .as(String.join("\n", groupFifty.statements()))
                .isEqualTo(groupOne.count());
    }

    @Test
    void aWhatIfRunsAsManyStatementsForFiftyMembersAsForFour() {
        api.group("SCW", true);
        String whatIf =
                incident("W-SCW", "SHOOTING", "2026-02-01T21:40:00+01:00", "SCW", "PERPETRATOR", "CONFIRMED", "SCW-A");
        StatementCount.Counted<Api.Answer> four =
                statements.during(() -> api.post("coordinator", "/api/v1/evaluations", whatIf));
        assertThat(four.result().status()).as(four.result().text()).isEqualTo(200);
        mapFiftyMembers("SCW");
        StatementCount.Counted<Api.Answer> fifty =
                statements.during(() -> api.post("coordinator", "/api/v1/evaluations", whatIf));
        assertThat(fifty.result().status()).as(fifty.result().text()).isEqualTo(200);
        assertThat(fifty.result().text()).contains("SCW-M50");
        assertThat(fifty.count()).as(String.join("\n", fifty.statements())).isEqualTo(four.count());
    }

    /** Maps {@code group} (made by {@code api.group}, four members) again with 46 more: fifty in all. */
    private void mapFiftyMembers(String group) {
        mapAudit(group, "2025-07-01", members(group, 50));
    }

    /**
     * The audit's members of {@code group} (made by {@code api.group}) as JSON: its four, then new
     * persons up to {@code count} in all, stored here.
     */
    private String members(String group, int count) {
        StringBuilder members = new StringBuilder();
        for (String member : new String[] {"A", "B", "C", "D"}) {
            members.append("{\"personRef\":\"%s-%s\",\"joinedOn\":\"2024-01-01\"},".formatted(group, member));
        }
        for (int i = 5; i <= count; i++) {
            api.person(group + "-M" + i, "1999-03-0" + (1 + i % 9), i % 2 == 0 ? "\"registeredVehicle\":true" : "");
            members.append("{\"personRef\":\"%s-M%d\",\"joinedOn\":\"2024-01-01\"},".formatted(group, i));
        }
        return members.substring(0, members.length() - 1);
    }

    /** A new audit of {@code group} with {@code members}, mapped on {@code mappedOn}. */
    private Api.Answer mapAudit(String group, String mappedOn, String members) {
        Api.Answer audit = api.put("admin", "/api/v1/groups/" + group, """
                {"name":"Grupp %s","area":"Fiktiva området","rivals":[],
                 "audit":{"mappedOn":"%s","members":[%s]}}""".formatted(group, mappedOn, members));
        assertThat(audit.status()).as(audit.text()).isEqualTo(200);
        return audit;
    }

    @Test
    void anAuditIsStoredInAsManyStatementsForFiftyMembersAsForFour() {
        api.group("SCA", false);
        String ofFour = members("SCA", 4);
        String ofFifty = members("SCA", 50);
        StatementCount.Counted<Api.Answer> four = statements.during(() -> mapAudit("SCA", "2025-07-01", ofFour));
        StatementCount.Counted<Api.Answer> fifty = statements.during(() -> mapAudit("SCA", "2025-08-01", ofFifty));
        assertThat(fifty.result().text()).contains("SCA-M50");
        // the audit's members are one batch, however many
        assertThat(String.join("\n", fifty.statements())).contains("insert into group_audit_member");
        assertThat(fifty.count()).as(String.join("\n", fifty.statements())).isEqualTo(four.count());
    }

    @Test
    void aDecisionRunsAsManyStatementsForFiftyMembersAsForFour() {
        api.group("SCD", true);
        String ofFour = report("D-SCD-1", "SCD", 1);
        StatementCount.Counted<Api.Answer> four = statements.during(() -> approve(ofFour));
        mapFiftyMembers("SCD");
        String ofFifty = report("D-SCD-2", "SCD", 2);
        StatementCount.Counted<Api.Answer> fifty = statements.during(() -> approve(ofFifty));
        assertThat(fifty.result().text()).contains("SCD-M50");
        assertThat(four.result().get("actions").size())
                .isLessThan(fifty.result().get("actions").size());
        // the approved actions' outbox rows are one batch, however many
        assertThat(String.join("\n", fifty.statements())).contains("insert into delivery_outbox");
        assertThat(fifty.count()).as(String.join("\n", fifty.statements())).isEqualTo(four.count());
    }

    private Api.Answer approve(String recommendation) {
        Api.Answer answer = api.post(
                "coordinator",
                "/api/v1/recommendations/" + recommendation + "/decision",
                "{\"decision\":\"APPROVED\"}");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer;
    }
}

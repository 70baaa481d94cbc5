package se.samverkan.gvi.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.gvi.decision.RuleFolderFixture;
import se.samverkan.gvi.rules.check.JuristTaskEdits;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.PostgresAvailable;
import se.samverkan.gvi.support.PostgresSchema;
import tools.jackson.databind.JsonNode;

/**
 * The everyday task "a new lever with a new legal ground" (rules/README.md, "Sju vanliga uppgifter",
 * task 5) applied by a running service: the files are edited in a copy of the rule folder, a legal
 * reviewer reloads Huddinge's rules, and an incident of the new type reported through the API gives
 * the new lever, explained in Swedish, to exactly the members who have the ground. On PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(PostgresAvailable.class)
@DirtiesContext
class JuristNewGroundReloadTests {

    @TempDir
    static Path workspace;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        PostgresSchema.register(registry, "jurist_new_ground");
        Path rules = RuleFolderFixture.copyOfProjectRules(workspace);
        registry.add("gvi.rules.path", rules::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void afterAReloadAKnifeAttackGivesTheContactBanToExactlyTheMembersWhoThreatenedAWitness() throws IOException {
        Api api = new Api(mvc, jdbc);
        String withGround = "{\"birthDate\":\"1999-03-04\",\"threatenedWitness\":true}";
        assertThat(api.put("admin", "/api/v1/persons/JG-A", withGround).status())
                .as("the ground is not in the vocabulary before the edit and the reload")
                .isEqualTo(400);

        JuristTaskEdits.addContactBanForThreatenedWitnesses(
                workspace.resolve("rules"), "HUDDINGE-2026-KNIV", "2026-06-01");
        Api.Answer reloaded = api.post("legal", "/api/v1/rules/reload", "");
        assertThat(reloaded.status()).as(reloaded.text()).isEqualTo(200);

        api.person("JG-A", "1999-03-04", "\"threatenedWitness\":true");
        api.person("JG-B", "2001-05-06", "");
        api.person("JG-C", "2013-09-01", "\"threatenedWitness\":true");
        api.person("JG-D", "1995-01-01", "\"threatenedWitness\":true,\"inCustody\":true");
        Api.Answer group = api.put("admin", "/api/v1/groups/JG", """
                {"name":"Knivgänget","area":"Fiktiva området","rivals":[],
                 "audit":{"mappedOn":"2026-05-01","members":[
                   {"personRef":"JG-A","joinedOn":"2024-01-01"},{"personRef":"JG-B","joinedOn":"2024-01-01"},
                   {"personRef":"JG-C","joinedOn":"2024-01-01"},{"personRef":"JG-D","joinedOn":"2024-01-01"}]}}""");
        assertThat(group.status()).as(group.text()).isEqualTo(201);
        Api.Answer callIn = api.post("coordinator", "/api/v1/groups/JG/call-ins", """
                {"heldOn":"2026-07-01","promiseId":"HUDDINGE-2026-KNIV","attendees":["JG-A","JG-B","JG-C","JG-D"],
                 "speakers":[{"role":"POLICE"}],"customNotifications":[]}""");
        assertThat(callIn.status()).as(callIn.text()).isEqualTo(201);

        Api.Answer reported = api.post(
                "liaison",
                "/api/v1/incidents",
                Api.incident("K-JG-1", "KNIFE_ATTACK", "2026-08-01T21:40:00+02:00", "JG", "PERPETRATOR", "CONFIRMED"));

        assertThat(reported.status()).as(reported.text()).isEqualTo(201);
        String id = reported.get("recommendations").get(0).get("id").asString();
        JsonNode recommendation =
                api.get("coordinator", "/api/v1/recommendations/" + id).body();
        assertThat(recommendation.get("outcome").asString()).isEqualTo("GROUP_ENFORCEMENT");
        assertThat(recommendation.get("summary").asString())
                .contains("ett knivangrepp")
                .doesNotContain("KNIFE_ATTACK");
        List<JsonNode> bans = new ArrayList<>();
        for (JsonNode action : recommendation.get("actions")) {
            if (action.get("lever").asString().equals("CONTACT_BAN")) {
                bans.add(action);
            }
        }
        assertThat(bans).extracting(a -> a.get("personRef").asString()).containsExactly("JG-A");
        assertThat(bans.get(0).get("explanation").asString())
                .isEqualTo(
                        "JG-A har hotat ett vittne, vilket ger egen "
                                + "rättslig grund för kontaktförbud, och åtgärden ingår i löftet HUDDINGE-2026-KNIV som gruppen fick.");
    }
}

package se.samverkan.gvi.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.gvi.decision.RuleFolderFixture;
import se.samverkan.gvi.rules.runtime.ActiveRuleSet;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.PostgresAvailable;
import se.samverkan.gvi.support.PostgresSchema;
import tools.jackson.databind.JsonNode;

/**
 * The vocabulary is data (rules/README.md, "Ordlistan"): a new person fact, incident type and
 * exclusion reason written in a copy of the rule folder are accepted by the API after a check and a
 * reload, with no Java, migration or restart; an entry that stored data uses cannot be removed. On
 * PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(PostgresAvailable.class)
@DirtiesContext
class VocabularyAsDataTests {

    private static final String FACTS = "vocabulary/person-facts.yaml";
    private static final String TYPES = "vocabulary/incident-types.yaml";
    private static final String REASONS = "vocabulary/exclusion-reasons.yaml";
    private static final String NEW_FACT = """
              - code: bannedFromArea
                sv: har tillträdesförbud
                en: banned from an area
                legalGround: true
            """;
    private static final String NEW_TYPE = """
              - code: KNIFE_ATTACK
                sv: ett knivangrepp
                en: a knife attack
            """;
    private static final String NEW_REASON = """
              - code: IN_TREATMENT
                sv: i tvångsvård
                en: in compulsory care
            """;

    @TempDir
    static Path workspace;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        PostgresSchema.register(registry, "vocabulary_data");
        Path rules = RuleFolderFixture.copyOfProjectRules(workspace);
        registry.add("gvi.rules.path", rules::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActiveRuleSet active;

    private static Path rules(String file) {
        return workspace.resolve("rules").resolve(file);
    }

    private static void append(String file, String entry) throws IOException {
        Files.writeString(rules(file), Files.readString(rules(file)).stripTrailing() + "\n" + entry);
    }

    private static void remove(String file, String entry) throws IOException {
        RuleFolderFixture.replace(rules(file), entry, "");
    }

    /** A page as the site's liaison sees it, in a language. */
    private String page(String path, String lang) throws Exception {
        return mvc.perform(get(path)
                        .param("lang", lang)
                        .with(user("liaison")
                                .authorities(
                                        new SimpleGrantedAuthority("ROLE_LIAISON"),
                                        new SimpleGrantedAuthority("SITE_huddinge"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aNewFactTypeAndReasonAreAcceptedAfterAReloadAndCannotBeRemovedOnceStoredDataUsesThem() throws Exception {
        Api api = new Api(mvc, jdbc);
        api.group("VD1", true);
        String withNewFact = "{\"birthDate\":\"1999-03-04\",\"bannedFromArea\":true}";
        String knifeAttack =
                Api.incident("K-VD-1", "KNIFE_ATTACK", "2026-02-01T21:40:00+01:00", "VD1", "PERPETRATOR", "CONFIRMED");
        assertThat(api.put("admin", "/api/v1/persons/VD-P1", withNewFact).status())
                .as("not yet in the vocabulary")
                .isEqualTo(400);
        Api.Answer unknownType = api.post("liaison", "/api/v1/incidents", knifeAttack);
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.get("errors").toString()).contains("type");

        append(FACTS, NEW_FACT);
        append(TYPES, NEW_TYPE);
        append(REASONS, NEW_REASON);
        Api.Answer reloaded = api.post("legal", "/api/v1/rules/reload", "");
        assertThat(reloaded.status()).as(reloaded.text()).isEqualTo(200);

        Api.Answer person = api.put("admin", "/api/v1/persons/VD-P1", withNewFact);
        assertThat(person.status()).as(person.text()).isEqualTo(201);
        assertThat(person.get("bannedFromArea").asBoolean()).isTrue();
        Api.Answer read = api.get("liaison", "/api/v1/persons/VD-P1");
        List<String> fields = new ArrayList<>();
        read.body().propertyNames().forEach(fields::add);
        assertThat(fields)
                .as("every fact of the vocabulary, in its order")
                .containsExactly(
                        "ref",
                        "birthDate",
                        "underSupervision",
                        "unservedSentence",
                        "outstandingWarrant",
                        "enforcementDebt",
                        "registeredVehicle",
                        "priorViolentOffence",
                        "inCustody",
                        "supportAccepted",
                        "bannedFromArea");
        assertThat(read.get("bannedFromArea").asBoolean()).isTrue();
        assertThat(read.get("inCustody").asBoolean()).isFalse();
        assertThat(jdbc.sql("select code from person_fact where site = 'huddinge' and person_ref = 'VD-P1'")
                        .query(String.class)
                        .list())
                .containsExactly("bannedFromArea");
        Api.Answer reported = api.post("liaison", "/api/v1/incidents", knifeAttack);
        assertThat(reported.status()).as(reported.text()).isEqualTo(201);
        assertThat(api.get("liaison", "/api/v1/incidents/K-VD-1")
                        .get("current")
                        .get("type")
                        .asString())
                .isEqualTo("KNIFE_ATTACK");
        assertThat(page("/incidents/K-VD-1", "sv"))
                .as("the pages name the new type by the vocabulary's words, with no release")
                .contains("<dd id=\"incident-type\">Knivangrepp</dd>")
                .doesNotContain("??");
        assertThat(page("/incidents/K-VD-1", "en")).contains("<dd id=\"incident-type\">Knife attack</dd>");
        String counts = api.counts();
        Api.Answer unknownFact =
                api.put("admin", "/api/v1/persons/VD-P2", "{\"birthDate\":\"1999-03-04\",\"hasDog\":true}");
        assertThat(unknownFact.status()).isEqualTo(400);
        assertThat(unknownFact.contentType()).startsWith("application/problem+json");
        assertThat(unknownFact.get("errors").get(0).get("field").asString()).isEqualTo("hasDog");
        assertThat(api.counts()).isEqualTo(counts);

        String serving = active.current("huddinge").version();
        remove(FACTS, NEW_FACT);
        remove(TYPES, NEW_TYPE);
        remove(REASONS, NEW_REASON);
        Api.Answer refused = api.post("legal", "/api/v1/rules/reload", "");

        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        Map<String, String> byFile = new java.util.TreeMap<>();
        for (JsonNode e : refused.get("errors")) {
            byFile.put(
                    e.get("file").asString(),
                    e.get("line").asInt() + ": " + e.get("message").asString());
        }
        assertThat(byFile).containsOnlyKeys(FACTS, TYPES).as("an entry nothing uses may go");
        assertThat(byFile.get(FACTS))
                .startsWith("5: Posten bannedFromArea (\"har tillträdesförbud\") används av 1 "
                        + "lagrade personer och får inte tas bort ur ordlistan.");
        assertThat(byFile.get(TYPES))
                .startsWith("4: Posten KNIFE_ATTACK (\"ett knivangrepp\") används av 1 lagrade "
                        + "händelser och får inte tas bort ur ordlistan.");
        assertThat(active.current("huddinge").version()).isEqualTo(serving);
        assertThat(active.current("huddinge").vocabulary().personFacts()).containsKey("bannedFromArea");
    }
}

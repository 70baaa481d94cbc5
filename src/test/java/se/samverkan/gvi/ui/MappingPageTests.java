package se.samverkan.gvi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.samverkan.gvi.decision.Vocabulary;
import se.samverkan.gvi.rules.runtime.ActiveRuleSet;
import se.samverkan.gvi.support.EmbeddedTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The admin's mapping pages and the coordinator's call-in page: each form stores what the matching
 * API call stores (read back through the API), a refused form stores nothing and shows the Swedish
 * reason beside its field with the values kept, the forms need their CSRF token, and each role sees
 * and may post only its own forms.
 */
@EmbeddedTest(database = "mapping-pages")
class MappingPageTests {

    private static final RequestPostProcessor ADMIN = siteUser("admin", "ADMIN");
    private static final RequestPostProcessor COORDINATOR = siteUser("coordinator", "COORDINATOR");
    private static final RequestPostProcessor LIAISON = siteUser("liaison", "LIAISON");
    private static final RequestPostProcessor LEGAL = siteUser("legal", "LEGAL_REVIEWER");
    private static final RequestPostProcessor AUDITOR = siteUser("auditor", "AUDITOR");

    private static RequestPostProcessor siteUser(String name, String role) {
        return user(name)
                .authorities(new SimpleGrantedAuthority("ROLE_" + role), new SimpleGrantedAuthority("SITE_huddinge"));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    ActiveRuleSet ruleSet;

    @Autowired
    se.samverkan.gvi.incident.IncidentService incidents;

    @Test
    void aNewGroupFromTheFormIsStoredAsThePutOfTheSameJson() throws Exception {
        person("P-7101", "1999-03-04");
        person("P-7102", "2001-07-08");
        mvc.perform(post("/groups/new")
                        .with(ADMIN)
                        .with(csrf())
                        .param("ref", "G-FORM")
                        .param("name", "Formgänget")
                        .param("area", "Fiktiva Formdalen")
                        .param("rivals[0]", "G-SKOG")
                        .param("rivals[1]", "")
                        .param("audit.mappedOn", "2026-03-01")
                        .param("audit.members[0].personRef", "P-7101")
                        .param("audit.members[0].joinedOn", "2025-01-01")
                        .param("audit.members[0].exitedOn", "")
                        .param("audit.members[1].personRef", "P-7102")
                        .param("audit.members[1].joinedOn", "2025-02-01")
                        .param("audit.members[1].exitedOn", "2026-01-15")
                        .param("audit.members[2].personRef", "")
                        .param("audit.members[2].joinedOn", "")
                        .param("audit.members[2].exitedOn", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/groups#group-G-FORM"));

        String body = """
                {"name":"Formgänget","area":"Fiktiva Formdalen","rivals":["G-SKOG"],"audit":{"mappedOn":"2026-03-01","members":[
                 {"personRef":"P-7101","joinedOn":"2025-01-01"},
                 {"personRef":"P-7102","joinedOn":"2025-02-01","exitedOn":"2026-01-15"}]}}""";
        mvc.perform(put("/api/v1/groups/G-API")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated());
        assertThat(comparable(apiGroup("G-FORM"))).isEqualTo(comparable(apiGroup("G-API")));
        assertThat(apiGroup("G-FORM").get("audits").get(0).get("members")).hasSize(2);

        String list = html(mvc.perform(
                        get("/groups").with(ADMIN).flashAttr("saved", "G-FORM").flashAttr("savedAudits", 1))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(list)
                .contains("Gruppen G-FORM är sparad", "id=\"group-G-FORM\"", "Formgänget", "/groups/G-FORM/audits/new");
    }

    @Test
    void aNewAuditStartsFromTheCurrentMembersAndAddsAVersion() throws Exception {
        person("P-7111", "1998-01-01");
        mvc.perform(post("/groups/new")
                        .with(ADMIN)
                        .with(csrf())
                        .param("ref", "G-AUDIT")
                        .param("name", "Revisionsgänget")
                        .param("area", "Fiktiva Revisionsdalen")
                        .param("audit.mappedOn", "2026-02-01")
                        .param("audit.members[0].personRef", "P-7111")
                        .param("audit.members[0].joinedOn", "2025-06-01"))
                .andExpect(status().is3xxRedirection());
        String form = html(mvc.perform(get("/groups/G-AUDIT/audits/new").with(ADMIN))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(form)
                .contains(
                        "name=\"audit.members[0].personRef\"",
                        "value=\"P-7111\"",
                        "value=\"2025-06-01\"",
                        "name=\"audit.members[1].personRef\"",
                        "value=\"Revisionsgänget\"");

        mvc.perform(post("/groups/G-AUDIT/audits/new")
                        .with(ADMIN)
                        .with(csrf())
                        .param("name", "Revisionsgänget")
                        .param("area", "Fiktiva Revisionsdalen")
                        .param("audit.mappedOn", "2026-04-01")
                        .param("audit.members[0].personRef", "P-7111")
                        .param("audit.members[0].joinedOn", "2025-06-01")
                        .param("audit.members[0].exitedOn", "2026-03-15"))
                .andExpect(redirectedUrl("/groups#group-G-AUDIT"));
        JsonNode group = apiGroup("G-AUDIT");
        assertThat(group.get("audits")).hasSize(2);
        assertThat(group.get("audits")
                        .get(1)
                        .get("members")
                        .get(0)
                        .get("exitedOn")
                        .asString())
                .isEqualTo("2026-03-15");
    }

    @Test
    void theAddButtonShowsAnotherRowAndStoresNothing() throws Exception {
        String page = html(mvc.perform(post("/groups/new")
                        .with(ADMIN)
                        .with(csrf())
                        .param("ref", "G-MORE")
                        .param("name", "Fler")
                        .param("audit.members[0].personRef", "P-0101")
                        .param("addMember", "1"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page)
                .contains(
                        "value=\"P-0101\"",
                        "name=\"audit.members[1].personRef\"",
                        "name=\"audit.members[2].personRef\"",
                        "value=\"Fler\"")
                .doesNotContain("name=\"audit.members[3].personRef\"");
        mvc.perform(get("/api/v1/groups/G-MORE").with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound());
    }

    /**
     * The audit's own constraints refuse the form exactly as they refuse the API's JSON: 400 on the
     * same field, with the page's Swedish words for it beside the field.
     */
    @Test
    void aPersonListedTwiceOrLeavingBeforeJoiningIsRefusedByTheFormAsByTheApiOnTheSameField() throws Exception {
        String twice = """
                {"name":"Två gånger","area":"Fiktiva Avvisningsdalen","audit":{"mappedOn":"2026-01-01","members":[
                 {"personRef":"P-0101","joinedOn":"2025-01-01"},{"personRef":"P-0101","joinedOn":"2025-02-01"}]}}""";
        assertApiRefuses("G-TWICE", twice, "audit.members[1].personRef");
        String twicePage = html(mvc.perform(groupForm("G-TWICE", "Två gånger", "P-0101", "2025-01-01", "")
                        .param("audit.members[1].personRef", "P-0101")
                        .param("audit.members[1].joinedOn", "2025-02-01"))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(twicePage)
                .contains("id=\"audit-members-1-personRef-error\"", "Personen står två gånger i kartläggningen.")
                .doesNotContain("id=\"audit-members-0-personRef-error\"");

        String early = """
                {"name":"Tidig","area":"Fiktiva Avvisningsdalen","audit":{"mappedOn":"2026-01-01","members":[
                 {"personRef":"P-0101","joinedOn":"2025-05-01","exitedOn":"2025-04-01"}]}}""";
        assertApiRefuses("G-EARLY", early, "audit.members[0].exitedOn");
        String earlyPage = html(mvc.perform(groupForm("G-EARLY", "Tidig", "P-0101", "2025-05-01", "2025-04-01"))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(earlyPage)
                .contains(
                        "id=\"audit-members-0-exitedOn-error\"",
                        "Datumet då personen lämnade gruppen ligger före datumet då personen gick med.");
        // leaving on the day of joining is no contradiction
        mvc.perform(groupForm("G-SAMEDAY", "Samma dag", "P-0101", "2025-05-01", "2025-05-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/groups/G-TWICE").with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/groups/G-EARLY").with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound());
    }

    private void assertApiRefuses(String ref, String body, String field) throws Exception {
        JsonNode problem = json.readTree(html(mvc.perform(put("/api/v1/groups/" + ref)
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andReturn()));
        assertThat(problem.get("type").asString()).isEqualTo("urn:gvi:problem:validation");
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly(field);
    }

    @Test
    void aRefusedGroupFormSaysWhyBesideTheFieldKeepsTheValuesAndStoresNothing() throws Exception {
        String unknown = html(mvc.perform(groupForm("G-REFUSED", "Avvisade", "P-9999", "2025-01-01", ""))
                .andExpect(status().isUnprocessableContent())
                .andReturn());
        assertThat(unknown)
                .contains(
                        "id=\"audit-members-0-personRef-error\"",
                        "Ingen person med den referensen är registrerad",
                        "value=\"P-9999\"",
                        "value=\"Avvisade\"",
                        "aria-invalid=\"true\"",
                        "aria-describedby=\"audit-members-0-personRef-error\"");

        String identity =
                html(mvc.perform(groupForm("G-REFUSED", "Gänget kring 850101-1234", "P-0101", "2025-05-01", ""))
                        .andExpect(status().isUnprocessableContent())
                        .andReturn());
        assertThat(identity).contains("id=\"name-error\"", "ser ut att innehålla ett personnummer");

        String identityRef = html(mvc.perform(groupForm("850101-1234", "Avvisade", "P-0101", "2025-05-01", ""))
                .andExpect(status().isUnprocessableContent())
                .andReturn());
        assertThat(identityRef).contains("id=\"ref-error\"", "ser ut att innehålla ett personnummer");

        String badDate = html(mvc.perform(groupForm("G-REFUSED", "Avvisade", "P-0101", "1.5.2025", ""))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(badDate)
                .contains(
                        "id=\"audit-members-0-joinedOn-error\"", "Skriv datumet som ÅÅÅÅ-MM-DD", "value=\"1.5.2025\"");

        String taken = html(mvc.perform(groupForm("G-SKOG", "Avvisade", "P-0101", "2025-05-01", ""))
                .andExpect(status().isConflict())
                .andReturn());
        assertThat(taken).contains("id=\"ref-error\"", "Det finns redan en grupp med den referensen");

        mvc.perform(get("/api/v1/groups/G-REFUSED").with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound());
        assertThat(apiGroup("G-SKOG").get("name").asString()).isEqualTo("Skogsgänget");
    }

    @Test
    void thePersonFormOffersEveryFactOfTheVocabularyAndStoresAsThePutOfTheSameJson() throws Exception {
        Vocabulary vocabulary = ruleSet.current("huddinge").vocabulary();
        String empty = html(mvc.perform(get("/persons/new").with(ADMIN))
                .andExpect(status().isOk())
                .andReturn());
        for (Vocabulary.Term fact : vocabulary.personFacts().values()) {
            assertThat(empty).contains("name=\"" + fact.code() + "\"", ">" + fact.sv() + "</label>");
        }
        mvc.perform(post("/persons/new")
                        .with(ADMIN)
                        .with(csrf())
                        .param("ref", "P-7201")
                        .param("birthDate", "2004-05-06")
                        .param("underSupervision", "true")
                        .param("registeredVehicle", "true"))
                .andExpect(redirectedUrl("/persons/P-7201/edit"));
        mvc.perform(put("/api/v1/persons/P-7202")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"birthDate\":\"2004-05-06\",\"underSupervision\":true,\"registeredVehicle\":true}"))
                .andExpect(status().isCreated());
        assertThat(without(apiPerson("P-7201"), "ref")).isEqualTo(without(apiPerson("P-7202"), "ref"));

        String edit = html(mvc.perform(get("/persons/P-7201/edit").with(ADMIN))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(edit)
                .contains(
                        "id=\"fact-underSupervision\" name=\"underSupervision\" value=\"true\" checked",
                        "id=\"fact-inCustody\" name=\"inCustody\" value=\"true\">",
                        "value=\"2004-05-06\"");
        mvc.perform(post("/persons/P-7201/edit")
                        .with(ADMIN)
                        .with(csrf())
                        .param("birthDate", "2004-05-06")
                        .param("supportAccepted", "true"))
                .andExpect(redirectedUrl("/persons/P-7201/edit"));
        JsonNode after = apiPerson("P-7201");
        for (String code : vocabulary.personFacts().keySet()) {
            assertThat(after.get(code).asBoolean()).as(code).isEqualTo(code.equals("supportAccepted"));
        }
    }

    @Test
    void aRefusedPersonFormSaysWhyBesideTheFieldAndStoresNothing() throws Exception {
        String identity = html(mvc.perform(post("/persons/new")
                        .with(ADMIN)
                        .with(csrf())
                        .param("ref", "19850101-1234")
                        .param("birthDate", "1985-01-01")
                        .param("inCustody", "true"))
                .andExpect(status().isUnprocessableContent())
                .andReturn());
        assertThat(identity).contains("id=\"ref-error\"", "ser ut att innehålla ett personnummer", "checked");
        String future = html(mvc.perform(post("/persons/new")
                        .with(ADMIN)
                        .with(csrf())
                        .param("ref", "P-7301")
                        .param("birthDate", LocalDate.now().plusYears(1).toString()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());
        assertThat(future)
                .contains("id=\"birthDate-error\"", "Födelsedatumet kan inte ligga i framtiden", "value=\"P-7301\"");
        String badRef = html(mvc.perform(post("/persons/new")
                        .with(ADMIN)
                        .with(csrf())
                        .param("ref", "P 73/02")
                        .param("birthDate", "2000-01-01"))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(badRef).contains("id=\"ref-error\"", "En referens är 1–64 tecken");
        mvc.perform(get("/api/v1/persons/P-7301").with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCallInFromTheFormIsStoredAsThePostOfTheSameJson() throws Exception {
        List<String> members = json.readTree(
                        apiGroup("G-ANG").get("currentMembers").toString())
                .valueStream()
                .map(m -> m.get("personRef").asString())
                .toList();
        assertThat(members).hasSizeGreaterThanOrEqualTo(2);
        String form = html(mvc.perform(get("/groups/G-ANG/call-ins/new").with(COORDINATOR))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(form)
                .contains(
                        "name=\"attendees\"",
                        "value=\"" + members.get(0) + "\"",
                        "<option value=\"HUDDINGE-2024\"",
                        "name=\"speakers[0].role\"",
                        "<option value=\"RELATIVE\">Anhörig</option>",
                        "name=\"customNotifications[0].personRef\"");
        int before = apiGroup("G-ANG").get("callIns").size();

        mvc.perform(post("/groups/G-ANG/call-ins/new")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("heldOn", "2026-06-10")
                        .param("promiseId", "HUDDINGE-2024")
                        .param("attendees", members.get(0))
                        .param("attendees", members.get(1))
                        .param("speakers[0].role", "RELATIVE")
                        .param("speakers[0].name", "En fiktiv mamma")
                        .param("speakers[1].role", "POLICE")
                        .param("speakers[1].name", "")
                        .param("speakers[2].role", "")
                        .param("speakers[2].name", "")
                        .param("customNotifications[0].personRef", members.get(0))
                        .param("customNotifications[0].deliveredOn", "2026-06-12"))
                .andExpect(redirectedUrl("/groups/G-ANG"));
        JsonNode callIns = apiGroup("G-ANG").get("callIns");
        assertThat(callIns).hasSize(before + 1);
        JsonNode stored = callIns.valueStream()
                .filter(c -> c.get("heldOn").asString().equals("2026-06-10"))
                .findFirst()
                .orElseThrow();
        JsonNode expected = json.readTree("""
                {"heldOn":"2026-06-10","promiseId":"HUDDINGE-2024","attendees":["%s","%s"],
                 "speakers":[{"role":"RELATIVE","name":"En fiktiv mamma"},{"role":"POLICE","name":null}],
                 "customNotifications":[{"personRef":"%s","deliveredOn":"2026-06-12"}]}""".formatted(members.get(0), members.get(1), members.get(0)));
        ObjectNode comparable = ((ObjectNode) stored.deepCopy())
                .retain("heldOn", "promiseId", "attendees", "speakers", "customNotifications");
        assertThat(comparable).isEqualTo(expected);
        assertThat(stored.get("recordedBy").asString()).isEqualTo("coordinator");
    }

    @Test
    void aCallInUnderAPromiseNotInForceOrAnUnknownRoleIsRefusedOnTheFormAndNothingIsStored() throws Exception {
        int before = apiGroup("G-ANG").get("callIns").size();
        String notInForce = html(mvc.perform(post("/groups/G-ANG/call-ins/new")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("heldOn", "2026-05-20")
                        .param("promiseId", "HUDDINGE-2027")
                        .param("speakers[0].role", "RELATIVE")
                        .param("speakers[0].name", "Kvar efter felet"))
                .andExpect(status().isUnprocessableContent())
                .andReturn());
        assertThat(notInForce)
                .contains(
                        "id=\"promiseId-error\"",
                        "Löftet gällde inte den dag call-in hölls",
                        "value=\"Kvar efter felet\"",
                        "value=\"2026-05-20\"",
                        "<option value=\"HUDDINGE-2027\" selected");

        String role = html(mvc.perform(post("/groups/G-ANG/call-ins/new")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("heldOn", "2026-05-20")
                        .param("promiseId", "HUDDINGE-2024")
                        .param("speakers[0].role", "MAYOR"))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(role).contains("id=\"speakers-0-role-error\"", "Välj ett av alternativen i listan");

        String unknown = html(mvc.perform(post("/groups/G-ANG/call-ins/new")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("heldOn", "2026-05-20")
                        .param("promiseId", "HUDDINGE-2024")
                        .param("attendees", "P-9998"))
                .andExpect(status().isUnprocessableContent())
                .andReturn());
        assertThat(unknown).contains("id=\"attendees-error\"", "Ingen person med den referensen är registrerad");

        String identity = html(mvc.perform(post("/groups/G-ANG/call-ins/new")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("heldOn", "2026-05-20")
                        .param("promiseId", "HUDDINGE-2024")
                        .param("speakers[0].role", "COMMUNITY")
                        .param("speakers[0].name", "Talare 850101-1234"))
                .andExpect(status().isUnprocessableContent())
                .andReturn());
        assertThat(identity).contains("id=\"speakers-0-name-error\"", "ser ut att innehålla ett personnummer");

        assertThat(apiGroup("G-ANG").get("callIns")).hasSize(before);
    }

    @Test
    void aCoordinatorClosesASanctionRoundWithItsEffectReviewAsTheApiWould() throws Exception {
        JsonNode open = apiGroup("G-SKOG")
                .get("sanctionRounds")
                .valueStream()
                .filter(r -> r.get("closedAt").isNull())
                .findFirst()
                .orElseThrow();
        String path = "/groups/G-SKOG/sanction-rounds/" + open.get("id").asString() + "/closure";
        String group = html(mvc.perform(get("/groups/G-SKOG").with(COORDINATOR))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(group).contains("href=\"" + path + "\"");
        assertThat(html(mvc.perform(get("/groups/G-SKOG").with(LIAISON)).andReturn()))
                .doesNotContain(path);
        mvc.perform(get(path).with(LIAISON)).andExpect(status().isForbidden());
        mvc.perform(post(path).with(COORDINATOR).param("effectReview", "Utan token"))
                .andExpect(status().isForbidden());

        String empty =
                html(mvc.perform(post(path).with(COORDINATOR).with(csrf()).param("effectReview", " "))
                        .andExpect(status().isBadRequest())
                        .andReturn());
        assertThat(empty).contains("id=\"effectReview-error\"", "Fyll i fältet.", "aria-invalid=\"true\"");
        String identity = html(mvc.perform(post(path)
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("effectReview", "Lugnare, men 850101-1234 flyttade"))
                .andExpect(status().isUnprocessableContent())
                .andReturn());
        assertThat(identity)
                .contains(
                        "id=\"effectReview-error\"",
                        "ser ut att innehålla ett personnummer",
                        ">Lugnare, men 850101-1234 flyttade</textarea>");
        assertThat(apiRound(open.get("id").asString()).get("closedAt").isNull()).isTrue();

        mvc.perform(post(path).with(COORDINATOR).with(csrf()).param("effectReview", "Inga skjutningar på tre månader."))
                .andExpect(redirectedUrl("/groups/G-SKOG"));
        JsonNode closed = apiRound(open.get("id").asString());
        assertThat(closed.get("effectReview").asString()).isEqualTo("Inga skjutningar på tre månader.");
        assertThat(closed.get("closedBy").asString()).isEqualTo("coordinator");
        String again =
                html(mvc.perform(post(path).with(COORDINATOR).with(csrf()).param("effectReview", "En gång till"))
                        .andExpect(status().isConflict())
                        .andReturn());
        assertThat(again).contains("Omgången är redan avslutad.");
        assertThat(apiRound(open.get("id").asString()).get("effectReview").asString())
                .isEqualTo("Inga skjutningar på tre månader.");
    }

    @Test
    void aCoordinatorReportsAnApprovedActionsOutcomeAsTheApiWould() throws Exception {
        java.util.UUID id = Incidents.shootingBySkog(incidents, "PAGE-OUTCOME");
        mvc.perform(post("/recommendations/" + id + "/decision")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("decision", "APPROVED"))
                .andExpect(status().is3xxRedirection());
        JsonNode action = apiRecommendation(id).get("actions").get(0);
        String path = "/recommendations/" + id + "/actions/" + action.get("id").asString() + "/outcome";
        String page = html(mvc.perform(get("/recommendations/" + id).with(COORDINATOR))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page).contains("href=\"" + path + "\"");
        mvc.perform(get(path).with(LIAISON)).andExpect(status().isForbidden());
        mvc.perform(post(path).with(COORDINATOR).param("outcome", "EXECUTED").param("executedOn", "2026-11-01"))
                .andExpect(status().isForbidden());

        String noChoice = html(mvc.perform(post(path)
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("executedOn", "2026-11-01")
                        .param("note", "Kvar"))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(noChoice).contains("id=\"outcome-error\"", "Fyll i fältet.", ">Kvar</textarea>");
        String future = html(mvc.perform(post(path)
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("outcome", "EXECUTED")
                        .param("executedOn", LocalDate.now().plusDays(3).toString()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());
        assertThat(future)
                .contains(
                        "id=\"executedOn-error\"",
                        "Datumet måste ligga mellan 1970-01-01 och i dag.",
                        "id=\"outcome-EXECUTED\" value=\"EXECUTED\" checked");
        assertThat(apiRecommendation(id).get("actions").get(0).get("status").asString())
                .isEqualTo("APPROVED");

        mvc.perform(post(path)
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("outcome", "NOT_POSSIBLE")
                        .param("executedOn", "2026-11-01")
                        .param("note", "Personen var frihetsberövad"))
                .andExpect(redirectedUrl("/recommendations/" + id));
        assertThat(apiRecommendation(id).get("actions").get(0).get("status").asString())
                .isEqualTo("NOT_POSSIBLE");
        mvc.perform(post(path)
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("outcome", "EXECUTED")
                        .param("executedOn", "2026-11-01"))
                .andExpect(status().isConflict());
        assertThat(apiRecommendation(id).get("actions").get(0).get("status").asString())
                .isEqualTo("NOT_POSSIBLE");
    }

    @Test
    void eachRoleMayOpenAndPostOnlyItsOwnForms() throws Exception {
        mvc.perform(get("/groups/new").with(ADMIN)).andExpect(status().isOk());
        mvc.perform(get("/persons/new").with(ADMIN)).andExpect(status().isOk());
        mvc.perform(get("/groups/G-SKOG/audits/new").with(ADMIN)).andExpect(status().isOk());
        for (RequestPostProcessor other : new RequestPostProcessor[] {COORDINATOR, LIAISON, LEGAL, AUDITOR}) {
            mvc.perform(get("/groups/new").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/persons/P-0101/edit").with(other)).andExpect(status().isForbidden());
            mvc.perform(post("/persons/new")
                            .with(other)
                            .with(csrf())
                            .param("ref", "P-7401")
                            .param("birthDate", "2000-01-01"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/groups/G-SKOG/call-ins/new").with(COORDINATOR)).andExpect(status().isOk());
        for (RequestPostProcessor other : new RequestPostProcessor[] {ADMIN, LIAISON, LEGAL, AUDITOR}) {
            mvc.perform(get("/groups/G-SKOG/call-ins/new").with(other)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/groups").with(LIAISON)).andExpect(status().isOk());
        mvc.perform(get("/groups").with(AUDITOR)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/persons/P-7401").with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theFormsNeedTheirCsrfToken() throws Exception {
        mvc.perform(post("/persons/new").with(ADMIN).param("ref", "P-7501").param("birthDate", "2000-01-01"))
                .andExpect(status().isForbidden());
        mvc.perform(groupFormWithout("G-CSRF")).andExpect(status().isForbidden());
        mvc.perform(post("/groups/G-ANG/call-ins/new")
                        .with(COORDINATOR)
                        .with(csrf().useInvalidToken())
                        .param("heldOn", "2026-05-21")
                        .param("promiseId", "HUDDINGE-2024"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/persons/P-7501").with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/groups/G-CSRF").with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound());
        assertThat(apiGroup("G-ANG")
                        .get("callIns")
                        .valueStream()
                        .map(c -> c.get("heldOn").asString()))
                .doesNotContain("2026-05-21");
    }

    @Test
    void theHeaderOffersMappingToTheAdminAndTheCallInToTheCoordinator() throws Exception {
        String admin = html(mvc.perform(get("/groups").with(ADMIN))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(admin)
                .contains("href=\"/groups/new\"", "href=\"/persons/new\"", ">Grupper</a>")
                .doesNotContain("href=\"/rules\"");
        String coordinator = html(mvc.perform(get("/groups/G-SKOG").with(COORDINATOR))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(coordinator)
                .contains("id=\"register-call-in\"", "href=\"/groups/G-SKOG/call-ins/new\"")
                .doesNotContain("href=\"/groups/new\"", "href=\"/persons/new\"");
        String legal = html(mvc.perform(get("/groups/G-SKOG").with(LEGAL))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(legal).doesNotContain("register-call-in", "href=\"/groups/new\"");
        String english = html(mvc.perform(get("/groups/new").param("lang", "en").with(ADMIN))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(english).contains("Map a new group", "Add a member", "Person reference");
    }

    private void person(String ref, String birthDate) throws Exception {
        mvc.perform(post("/persons/new")
                        .with(ADMIN)
                        .with(csrf())
                        .param("ref", ref)
                        .param("birthDate", birthDate))
                .andExpect(status().is3xxRedirection());
    }

    private MockHttpServletRequestBuilder groupForm(
            String ref, String name, String personRef, String joinedOn, String exitedOn) {
        return groupFormWithout(ref)
                .with(csrf())
                .param("name", name)
                .param("audit.members[0].personRef", personRef)
                .param("audit.members[0].joinedOn", joinedOn)
                .param("audit.members[0].exitedOn", exitedOn);
    }

    private MockHttpServletRequestBuilder groupFormWithout(String ref) {
        return post("/groups/new")
                .with(ADMIN)
                .param("ref", ref)
                .param("area", "Fiktiva Avvisningsdalen")
                .param("audit.mappedOn", "2026-01-01");
    }

    private JsonNode apiGroup(String ref) throws Exception {
        return json.readTree(html(mvc.perform(get("/api/v1/groups/" + ref).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andReturn()));
    }

    private JsonNode apiRecommendation(java.util.UUID id) throws Exception {
        return json.readTree(
                html(mvc.perform(get("/api/v1/recommendations/" + id).with(httpBasic("coordinator", "demo")))
                        .andExpect(status().isOk())
                        .andReturn()));
    }

    private JsonNode apiRound(String id) throws Exception {
        return apiGroup("G-SKOG")
                .get("sanctionRounds")
                .valueStream()
                .filter(r -> r.get("id").asString().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private JsonNode apiPerson(String ref) throws Exception {
        return json.readTree(html(mvc.perform(get("/api/v1/persons/" + ref).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andReturn()));
    }

    /** A group as stored, without what differs between any two saves: its ref and when and by whom each audit was recorded. */
    private static JsonNode comparable(JsonNode group) {
        ObjectNode copy = without(group, "ref");
        copy.get("audits").forEach(a -> ((ObjectNode) a).remove(List.of("recordedAt", "recordedBy")));
        return copy;
    }

    private static ObjectNode without(JsonNode node, String field) {
        ObjectNode copy = (ObjectNode) node.deepCopy();
        copy.remove(field);
        return copy;
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

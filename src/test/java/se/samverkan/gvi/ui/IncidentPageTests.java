package se.samverkan.gvi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverkan.gvi.ui.PageUsers.ADMIN;
import static se.samverkan.gvi.ui.PageUsers.AUDITOR;
import static se.samverkan.gvi.ui.PageUsers.COORDINATOR;
import static se.samverkan.gvi.ui.PageUsers.LEGAL;
import static se.samverkan.gvi.ui.PageUsers.LIAISON;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.EmbeddedTest;
import tools.jackson.databind.JsonNode;

/**
 * The liaison's incident pages against the API: a report through the form stores what the same
 * JSON through {@code POST /api/v1/incidents} would, a preview stores nothing, a refused form stores
 * nothing and says why beside the field with the entered values kept, and only a liaison may write.
 */
@EmbeddedTest(database = "pages")
class IncidentPageTests {

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private Api api;
    private String occurredAt;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, jdbc);
        occurredAt = LocalDateTime.now(ZONE)
                .minusDays(2)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
    }

    @Test
    void aReportThroughTheFormStoresWhatTheApiWouldAndRedirectsToTheIncident() throws Exception {
        String reference = reference("PAGE-REPORT");
        long reports = logEntries("INCIDENT_REPORTED");

        mvc.perform(filled(reference, post("/incidents/new")).with(LIAISON).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/incidents/" + reference));

        Api.Answer stored = api.get("liaison", "/api/v1/incidents/" + reference);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.get("version").asInt()).isEqualTo(1);
        assertThat(stored.get("versions").get(0).get("reportedBy").asString()).isEqualTo("liaison");
        assertThat(logEntries("INCIDENT_REPORTED")).isEqualTo(reports + 1);

        // the same content as JSON through the API, under another reference, is stored alike
        String twin = reference("PAGE-TWIN");
        String json = json(twin);
        assertThat(api.post("liaison", "/api/v1/incidents", json).status()).isEqualTo(201);
        JsonNode viaApi = api.get("liaison", "/api/v1/incidents/" + twin).get("current");
        JsonNode viaPage = stored.get("current");
        assertThat(((tools.jackson.databind.node.ObjectNode) viaPage.deepCopy()).put("reference", twin))
                .isEqualTo(viaApi);
        assertThat(stored.get("recommendations").size())
                .isEqualTo(api.get("liaison", "/api/v1/incidents/" + twin)
                        .get("recommendations")
                        .size())
                .isPositive();
        // and the API takes the form's incident for the same content: a repeat, not a conflict
        assertThat(api.post("liaison", "/api/v1/incidents", json(reference)).status())
                .isEqualTo(200);

        String page = html(mvc.perform(get("/incidents/" + reference).with(LIAISON))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page)
                .contains(
                        "Händelse " + reference,
                        "G-SKOG",
                        "Gärningsgrupp, Bekräftad",
                        "P-0101",
                        "/recommendations/",
                        "id=\"retraction-form\"",
                        "/incidents/" + reference + "/edit");
    }

    @Test
    void aPreviewShowsTheRecommendationsAndStoresNothing() throws Exception {
        String reference = reference("PAGE-PREVIEW");
        long incidents = api.count("incident");
        long evaluations = logEntries("EVALUATION_RUN");

        String page = html(mvc.perform(filled(reference, post("/incidents/new"))
                        .param("preview", "1")
                        .with(LIAISON)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page)
                .contains(
                        "Förhandsgranskning",
                        "Inget är sparat ännu",
                        "Grupp G-SKOG",
                        "GVI-",
                        "value=\"" + reference + "\"",
                        "value=\"" + occurredAt + "\"");
        assertThat(api.count("incident")).isEqualTo(incidents);
        assertThat(api.get("liaison", "/api/v1/incidents/" + reference).status())
                .isEqualTo(404);
        assertThat(logEntries("EVALUATION_RUN")).isEqualTo(evaluations + 1);
    }

    @Test
    void anAddButtonWithoutScriptShowsTheFormAgainWithOneMoreRowAndStoresNothing() throws Exception {
        String reference = reference("PAGE-ADD");
        String page = html(mvc.perform(filled(reference, post("/incidents/new"))
                        .param("addAttribution", "1")
                        .with(LIAISON)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page)
                .contains(
                        "name=\"attributions[1].groupRef\"",
                        "name=\"attributions[1].role\"",
                        "for=\"attributions-1-confidence\"")
                .doesNotContain("name=\"attributions[2].groupRef\"");
        String suspects = html(mvc.perform(filled(reference, post("/incidents/new"))
                        .param("addSuspect", "1")
                        .with(LIAISON)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(suspects).contains("name=\"suspects[1]\"", "value=\"P-0101\"");
        assertThat(api.get("liaison", "/api/v1/incidents/" + reference).status())
                .isEqualTo(404);
    }

    @Test
    void theNewFormOffersTheVocabularysTypesAndTheRegistersGroupsByCode() throws Exception {
        String page = html(mvc.perform(get("/incidents/new").with(LIAISON))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page)
                .contains(
                        "<option value=\"SHOOTING\">Skjutning</option>",
                        "<option value=\"HOMICIDE\">Mord</option>",
                        "<option value=\"G-SKOG\">G-SKOG – Skogsgänget</option>",
                        "<option value=\"PERPETRATOR\">Gärningsgrupp</option>",
                        "type=\"datetime-local\"",
                        "name=\"attributions[0].groupRef\"",
                        "name=\"suspects[0]\"",
                        "name=\"_csrf\"",
                        "name=\"preview\"",
                        "name=\"addAttribution\"",
                        "aria-current=\"page\"");
    }

    @Test
    void refusedFormsStoreNothingAndSayWhyBesideTheFieldWithTheValuesKept() throws Exception {
        String reference = reference("PAGE-REFUSED");
        String counts = api.counts();

        String future = LocalDateTime.now(ZONE)
                .plusHours(2)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
        String inFuture = html(mvc.perform(filled(reference, post("/incidents/new"), "occurredAt", future)
                        .with(LIAISON)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());
        assertThat(inFuture)
                .contains(
                        "id=\"occurredAt-error\"",
                        "value=\"" + future + "\"",
                        "value=\"" + reference + "\"",
                        "Fiktiva torget");
        assertThat(inFuture).contains("Tidpunkten måste ligga mellan 1970-01-01 och nu.");

        String unknownGroup =
                html(mvc.perform(filled(reference, post("/incidents/new"), "attributions[0].groupRef", "G-NONE")
                                .with(LIAISON)
                                .with(csrf()))
                        .andExpect(status().isUnprocessableContent())
                        .andReturn());
        assertThat(unknownGroup)
                .contains(
                        "id=\"attributions-0-groupRef-error\"",
                        "Gruppen finns inte i registret.",
                        "<option value=\"G-NONE\"",
                        "selected=\"selected\">G-NONE</option>",
                        "aria-invalid=\"true\"");

        String identity =
                html(mvc.perform(filled(reference, post("/incidents/new"), "summary", "Skott mot 850101-1234 (fiktivt)")
                                .with(LIAISON)
                                .with(csrf()))
                        .andExpect(status().isUnprocessableContent())
                        .andReturn());
        assertThat(identity)
                .contains(
                        "id=\"summary-error\"",
                        "ser ut att innehålla ett personnummer",
                        "aria-describedby=\"summary-hint summary-error\"");

        String missing =
                html(mvc.perform(filled(reference, post("/incidents/new"), "type", "", "attributions[0].role", "")
                                .with(LIAISON)
                                .with(csrf()))
                        .andExpect(status().isBadRequest())
                        .andReturn());
        assertThat(missing)
                .contains(
                        "id=\"type-error\"",
                        "Välj typ av händelse.",
                        "id=\"attributions-0-role-error\"",
                        "Välj gruppens roll.");

        String unknownPerson = html(mvc.perform(filled(reference, post("/incidents/new"), "suspects[0]", "P-9999")
                        .with(LIAISON)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());
        assertThat(unknownPerson)
                .contains("id=\"suspects-0-error\"", "Personen finns inte i registret.", "value=\"P-9999\"");

        assertThat(api.counts()).isEqualTo(counts);
        assertThat(api.get("liaison", "/api/v1/incidents/" + reference).status())
                .isEqualTo(404);
    }

    /**
     * The request's own constraints refuse the form exactly as they refuse the API's JSON: the same
     * status and the same field, with the page's Swedish words for it beside the field.
     */
    @Test
    void aTimeYetToComeAndAGroupNamedTwiceAreRefusedByTheFormAsByTheApiOnTheSameField() throws Exception {
        String reference = reference("PAGE-RULES");
        String counts = api.counts();
        // five minutes ahead: most often later today, which a check of the date alone would let through
        LocalDateTime soon = LocalDateTime.now(ZONE).plusMinutes(5).truncatedTo(ChronoUnit.MINUTES);
        String soonJson = json(reference).replace(offsetTime(occurredAt), offsetTime(soon.toString()));
        String twiceJson = json(reference)
                .replace(
                        "\"attributions\":[{\"groupRef\":\"G-SKOG\",\"role\":\"PERPETRATOR\",\"confidence\":\"CONFIRMED\"}]",
                        "\"attributions\":[{\"groupRef\":\"G-SKOG\",\"role\":\"PERPETRATOR\",\"confidence\":\"CONFIRMED\"},"
                                + "{\"groupRef\":\"G-SKOG\",\"role\":\"VICTIM\",\"confidence\":\"CONFIRMED\"}]");
        assertThat(twiceJson).isNotEqualTo(json(reference));
        refusedAlike(
                reference,
                soonJson,
                "occurredAt",
                "Tidpunkten måste ligga mellan 1970-01-01 och nu.",
                "occurredAt",
                soon.toString());
        refusedAlike(
                reference,
                twiceJson,
                "attributions[1].groupRef",
                "Gruppen finns redan på en annan rad.",
                "attributions[1].groupRef",
                "G-SKOG",
                "attributions[1].role",
                "VICTIM",
                "attributions[1].confidence",
                "CONFIRMED");
        // the same refusals before a what-if preview, which would otherwise store its log entry
        long evaluations = logEntries("EVALUATION_RUN");
        mvc.perform(filled(reference, post("/incidents/new"), "occurredAt", soon.toString())
                        .param("preview", "1")
                        .with(LIAISON)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(logEntries("EVALUATION_RUN")).isEqualTo(evaluations);
        assertThat(api.counts()).isEqualTo(counts);
    }

    /** {@code json} through the API and the form with {@code changes} through the page: both 422 on {@code field}. */
    private void refusedAlike(String reference, String json, String field, String words, String... changes)
            throws Exception {
        Api.Answer viaApi = api.post("liaison", "/api/v1/incidents", json);
        assertThat(viaApi.status()).as(viaApi.text()).isEqualTo(422);
        assertThat(viaApi.get("errors").toString()).contains("\"field\":\"" + field + "\"");
        String viaPage = html(mvc.perform(filled(reference, post("/incidents/new"), changes)
                        .with(LIAISON)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());
        String id = field.replace("]", "").replace('[', '-').replace('.', '-');
        assertThat(viaPage).contains("id=\"" + id + "-error\"", words);
    }

    @Test
    void anAmendmentThroughTheFormIsANewVersionAndARetractionWithdrawsThePending() throws Exception {
        String reference = reference("PAGE-AMEND");
        mvc.perform(filled(reference, post("/incidents/new")).with(LIAISON).with(csrf()))
                .andExpect(status().is3xxRedirection());

        String edit = html(mvc.perform(get("/incidents/" + reference + "/edit").with(LIAISON))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(edit)
                .contains(
                        "value=\"" + reference + "\"",
                        "readonly",
                        "value=\"" + occurredAt + "\"",
                        "<option value=\"G-SKOG\" selected=\"selected\">",
                        "value=\"P-0101\"",
                        "Fiktiva torget");

        String subject = "incident:" + reference;
        long reads = logEntries("INCIDENT_READ", subject);
        mvc.perform(filled(
                                reference,
                                post("/incidents/" + reference + "/edit"),
                                "area",
                                "Fiktiva hamnen",
                                "attributions[0].confidence",
                                "PROBABLE")
                        .with(LIAISON)
                        .with(csrf()))
                .andExpect(redirectedUrl("/incidents/" + reference));
        // the same entries as PUT through the API: the amendment, and no read on the way
        assertThat(logEntries("INCIDENT_AMENDED", subject)).isEqualTo(1);
        assertThat(logEntries("INCIDENT_READ", subject)).isEqualTo(reads);
        Api.Answer amended = api.get("liaison", "/api/v1/incidents/" + reference);
        assertThat(amended.get("version").asInt()).isEqualTo(2);
        assertThat(amended.get("current").get("area").asString()).isEqualTo("Fiktiva hamnen");
        assertThat(amended.get("current")
                        .get("attributions")
                        .get(0)
                        .get("confidence")
                        .asString())
                .isEqualTo("PROBABLE");

        String noReason = html(mvc.perform(post("/incidents/" + reference + "/retraction")
                        .param("reason", " ")
                        .with(LIAISON)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(noReason).contains("id=\"reason-error\"", "Skriv ett skäl till att händelsen återkallas.");
        assertThat(api.get("liaison", "/api/v1/incidents/" + reference)
                        .get("status")
                        .asString())
                .isEqualTo("ACTIVE");

        mvc.perform(post("/incidents/" + reference + "/retraction")
                        .param("reason", "Felaktigt rapporterad (fiktivt)")
                        .with(LIAISON)
                        .with(csrf()))
                .andExpect(redirectedUrl("/incidents/" + reference));
        Api.Answer retracted = api.get("liaison", "/api/v1/incidents/" + reference);
        assertThat(retracted.get("status").asString()).isEqualTo("RETRACTED");
        assertThat(retracted.get("recommendations"))
                .allSatisfy(r -> assertThat(r.get("status").asString()).isIn("SUPERSEDED", "WITHDRAWN"));
        String page = html(mvc.perform(get("/incidents/" + reference).with(LIAISON))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page).contains("Återkallad").doesNotContain("id=\"retraction-form\"");
    }

    @Test
    void everyFormNeedsItsCsrfToken() throws Exception {
        String reference = reference("PAGE-NOCSRF");
        mvc.perform(filled(reference, post("/incidents/new")).with(LIAISON)).andExpect(status().isForbidden());
        mvc.perform(filled(reference, post("/incidents/new")).with(LIAISON).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        assertThat(api.get("liaison", "/api/v1/incidents/" + reference).status())
                .isEqualTo(404);

        String stored = reference("PAGE-NOCSRF-STORED");
        mvc.perform(filled(stored, post("/incidents/new")).with(LIAISON).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(filled(stored, post("/incidents/" + stored + "/edit"), "area", "Annan plats")
                        .with(LIAISON))
                .andExpect(status().isForbidden());
        mvc.perform(post("/incidents/" + stored + "/retraction")
                        .param("reason", "x")
                        .with(LIAISON))
                .andExpect(status().isForbidden());
        Api.Answer unchanged = api.get("liaison", "/api/v1/incidents/" + stored);
        assertThat(unchanged.get("version").asInt()).isEqualTo(1);
        assertThat(unchanged.get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void onlyALiaisonWritesAndTheOtherCaseReadersOnlyRead() throws Exception {
        String reference = reference("PAGE-ROLES");
        for (RequestPostProcessor other : new RequestPostProcessor[] {COORDINATOR, LEGAL, AUDITOR, ADMIN}) {
            mvc.perform(get("/incidents/new").with(other)).andExpect(status().isForbidden());
            mvc.perform(filled(reference, post("/incidents/new")).with(other).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(api.get("liaison", "/api/v1/incidents/" + reference).status())
                .isEqualTo(404);
        mvc.perform(filled(reference, post("/incidents/new")).with(LIAISON).with(csrf()))
                .andExpect(status().is3xxRedirection());

        for (RequestPostProcessor reader : new RequestPostProcessor[] {COORDINATOR, LEGAL}) {
            String page = html(mvc.perform(get("/incidents/" + reference).with(reader))
                    .andExpect(status().isOk())
                    .andReturn());
            assertThat(page)
                    .contains("Händelse " + reference)
                    .doesNotContain("retraction-form", "/edit\"", "Rapportera händelse");
            mvc.perform(get("/incidents/" + reference + "/edit").with(reader)).andExpect(status().isForbidden());
            mvc.perform(post("/incidents/" + reference + "/retraction")
                            .param("reason", "x")
                            .with(reader)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/incidents/" + reference).with(AUDITOR)).andExpect(status().isForbidden());
        mvc.perform(get("/incidents/" + reference).with(ADMIN)).andExpect(status().isForbidden());
        mvc.perform(get("/incidents/" + reference)).andExpect(status().is3xxRedirection());
        assertThat(api.get("liaison", "/api/v1/incidents/" + reference)
                        .get("status")
                        .asString())
                .isEqualTo("ACTIVE");

        String liaison = html(
                mvc.perform(get("/").with(LIAISON)).andExpect(status().isOk()).andReturn());
        assertThat(liaison).contains("href=\"/incidents/new\"").doesNotContain("href=\"/audit\"");
        mvc.perform(get("/incidents/NO-SUCH-INCIDENT").with(LIAISON)).andExpect(status().isNotFound());
    }

    @Test
    void theFormIsInEnglishWithTheSwitch() throws Exception {
        String page = html(mvc.perform(get("/incidents/new").param("lang", "en").with(LIAISON))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page)
                .contains("<h1>Report an incident</h1>", "<option value=\"SHOOTING\">Shooting</option>", "Add a group");
    }

    /**
     * The form filled as a liaison would: a shooting by G-SKOG two days ago, with one suspect;
     * {@code changes} are pairs of a field name and the value typed instead.
     */
    private MockHttpServletRequestBuilder filled(
            String reference, MockHttpServletRequestBuilder request, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("reference", reference);
        fields.put("type", "SHOOTING");
        fields.put("occurredAt", occurredAt);
        fields.put("area", "Fiktiva torget");
        fields.put("summary", "Skott mot ett fönster (fiktivt exempel).");
        fields.put("attributions[0].groupRef", "G-SKOG");
        fields.put("attributions[0].role", "PERPETRATOR");
        fields.put("attributions[0].confidence", "CONFIRMED");
        fields.put("suspects[0]", "P-0101");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        fields.forEach(request::param);
        return request;
    }

    /** The same incident as the API's JSON, its time with the zone's offset. */
    private String json(String reference) {
        return Api.incident(
                        reference, "SHOOTING", offsetTime(occurredAt), "G-SKOG", "PERPETRATOR", "CONFIRMED", "P-0101")
                .replace("\"summary\":\"Fiktiv händelse\"", "\"summary\":\"Skott mot ett fönster (fiktivt exempel).\"");
    }

    /** A form's local time as the API's JSON gives it, with the zone's offset. */
    private static String offsetTime(String localTime) {
        return LocalDateTime.parse(localTime).atZone(ZONE).toOffsetDateTime().toString();
    }

    private long logEntries(String action, String subject) {
        return jdbc.sql("select count(*) from decision_log where action = :action and subject = :subject")
                .param("action", action)
                .param("subject", subject)
                .query(Long.class)
                .single();
    }

    private long logEntries(String action) {
        return jdbc.sql("select count(*) from decision_log where action = :action")
                .param("action", action)
                .query(Long.class)
                .single();
    }

    private static String reference(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + NEXT.incrementAndGet();
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

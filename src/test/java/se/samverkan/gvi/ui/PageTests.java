package se.samverkan.gvi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverkan.gvi.ui.PageUsers.ADMIN;
import static se.samverkan.gvi.ui.PageUsers.AUDITOR;
import static se.samverkan.gvi.ui.PageUsers.COORDINATOR;
import static se.samverkan.gvi.ui.PageUsers.LEGAL;
import static se.samverkan.gvi.ui.PageUsers.LIAISON;
import static se.samverkan.gvi.ui.PageUsers.siteUser;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.samverkan.gvi.incident.IncidentService;
import se.samverkan.gvi.recommendation.ActionStatus;
import se.samverkan.gvi.recommendation.RecommendationStatus;
import se.samverkan.gvi.recommendation.RecommendationView;
import se.samverkan.gvi.recommendation.Recommendations;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.support.EmbeddedTest;

/**
 * The pages' controllers with their security: who may open which page, that a decision form
 * needs the CSRF token, that the decision goes through the service and shows its result, and that
 * a refused decision tells the coordinator why, in Swedish, beside the field.
 */
@EmbeddedTest(database = "pages")
@ExtendWith(OutputCaptureExtension.class)
class PageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    IncidentService incidents;

    @Autowired
    Recommendations recommendations;

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/groups/G-SKOG")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Användarnamn")));
    }

    @Test
    void theSignInPageOfTheEmbeddedDefaultNamesTheDemoUsersAndWhatEachMayDo() throws Exception {
        String page = html(mvc.perform(get("/login")).andExpect(status().isOk()).andReturn());
        assertThat(page)
                .contains(
                        "Demoanvändare",
                        "<code>coordinator</code>",
                        "<code>malmo-coordinator</code>",
                        "<code>analyst</code>",
                        "besluta om rekommendationer",
                        "gvi.security.demo-password",
                        "alla orter, bara sammanställda siffror");
        String english = html(mvc.perform(get("/login").param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(english).contains("Demo users", "decide on recommendations");
    }

    @Test
    void theErrorPathAskedForDirectlyIsNotFoundNeverAnInternalError() throws Exception {
        mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("\"type\":\"urn:gvi:problem:not-found\"")));
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        mvc.perform(get("/error").with(COORDINATOR)).andExpect(status().isNotFound());
    }

    @Test
    void theApiDescriptionIsOpenToAnyoneInTheEmbeddedDefault() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/incidents")));
    }

    @Test
    void theApiStaysStatelessHttpBasicWithProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/recommendations"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/recommendations")
                        .with(SecurityMockMvcRequestPostProcessors.httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(request().sessionAttributeDoesNotExist("SPRING_SECURITY_CONTEXT"));
    }

    @Test
    void aUserSignsInWithAFormAnAuditorStartsAtTheDecisionLogAndAnAnalystAtTheNationalOverview() throws Exception {
        mvc.perform(post("/login").param("username", "coordinator").param("password", "demo"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").with(csrf()).param("username", "coordinator").param("password", "demo"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login").with(csrf()).param("username", "auditor").param("password", "demo"))
                .andExpect(redirectedUrl("/audit"));
        mvc.perform(post("/login").with(csrf()).param("username", "analyst").param("password", "demo"))
                .andExpect(redirectedUrl("/national"));
        mvc.perform(post("/login").with(csrf()).param("username", "coordinator").param("password", "fel"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theInboxListsPendingRecommendationsForReadersOnly() throws Exception {
        UUID id = Incidents.shootingBySkog(incidents, "PAGE-INBOX");
        String page = html(mvc.perform(get("/").with(COORDINATOR))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page)
                .contains(
                        "<h1>Inkorg</h1>",
                        "/recommendations/" + id,
                        "Konsekvenser för gruppen",
                        "kvar",
                        "<th scope=\"col\">Tidsfrist</th>",
                        "Logga ut");
        mvc.perform(get("/").with(LIAISON)).andExpect(status().isOk());
        mvc.perform(get("/").with(LEGAL)).andExpect(status().isOk());
        mvc.perform(get("/").with(AUDITOR)).andExpect(status().isForbidden());
        mvc.perform(get("/").with(ADMIN)).andExpect(status().isForbidden());
        mvc.perform(get("/inbox/events").with(COORDINATOR)).andExpect(request().asyncStarted());
        mvc.perform(get("/inbox/events").with(AUDITOR)).andExpect(status().isForbidden());
    }

    @Test
    void anAuditorSeesTheRulesButNoPersonalPage() throws Exception {
        String rules = html(mvc.perform(get("/rules").with(AUDITOR))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(rules)
                .contains("Aktiv regeluppsättning", "GVI-05", "HUDDINGE-2024", "<dd id=\"rule-set-site\">huddinge</dd>")
                .doesNotContain("MALMO-2025");
        String malmo = html(mvc.perform(get("/rules").with(siteUser("malmo-legal", "LEGAL_REVIEWER", "malmo")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(malmo)
                .contains("<dd id=\"rule-set-site\">malmo</dd>", "MALMO-2025")
                .doesNotContain("HUDDINGE-2024");
        mvc.perform(get("/rules").with(LEGAL)).andExpect(status().isOk());
        mvc.perform(get("/rules").with(COORDINATOR)).andExpect(status().isOk());
        mvc.perform(get("/rules").with(LIAISON)).andExpect(status().isForbidden());
        UUID id = Incidents.shootingBySkog(incidents, "PAGE-AUDIT");
        mvc.perform(get("/recommendations/" + id).with(AUDITOR)).andExpect(status().isForbidden());
        mvc.perform(get("/groups/G-SKOG").with(AUDITOR)).andExpect(status().isForbidden());
        mvc.perform(get("/actions/overdue").with(AUDITOR)).andExpect(status().isForbidden());
    }

    @Test
    void aPageRequestIsAnAccessLineNamingTheSignedInUser(CapturedOutput output) throws Exception {
        mvc.perform(get("/rules").with(AUDITOR)).andExpect(status().isOk());

        assertThat(output.getOut()).containsPattern("gvi\\.access\\s*: GET /rules 200 \\d+ms user=auditor");
    }

    @Test
    void theRuleCatalogueShowsEachBehavioursRulesAndScenariosWithTheirResults() throws Exception {
        String catalogue = html(mvc.perform(get("/rules/catalogue").with(LEGAL))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(catalogue)
                .contains(
                        "GVI-07",
                        "Brottsbalken (1962:700) 1 kap. 6 §",
                        "Personen är under straffbarhetsåldern",
                        "går igenom",
                        "Givet att",
                        "HUDDINGE-2024")
                .doesNotContain("går inte igenom", "inte laddad");
        mvc.perform(get("/rules/catalogue").with(LIAISON)).andExpect(status().isForbidden());
    }

    @Test
    void aLiaisonAndALegalReviewerReadARecommendationWithoutDecisionButtons() throws Exception {
        UUID id = Incidents.shootingBySkog(incidents, "PAGE-READ");
        for (RequestPostProcessor reader : new RequestPostProcessor[] {LIAISON, LEGAL}) {
            String page = html(mvc.perform(get("/recommendations/" + id).with(reader))
                    .andExpect(status().isOk())
                    .andReturn());
            assertThat(page)
                    .contains("Gruppmedlemmar och åtgärder", "HUDDINGE-2024", "Rättslig grund", "GVI-")
                    .contains("Bara en samordnare kan fatta beslut")
                    .doesNotContain("decision-form")
                    .doesNotContain("name=\"approvedActionIds\"");
        }
        String page = html(mvc.perform(get("/recommendations/" + id).with(COORDINATOR))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page)
                .contains(
                        "id=\"decision-form\"",
                        "name=\"_csrf\"",
                        "name=\"approvedActionIds\"",
                        "Godkänn markerade åtgärder");
        mvc.perform(post("/recommendations/" + id + "/decision")
                        .with(LIAISON)
                        .with(csrf())
                        .param("decision", "APPROVED"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/recommendations/" + id + "/decision")
                        .with(LEGAL)
                        .with(csrf())
                        .param("decision", "APPROVED"))
                .andExpect(status().isForbidden());
        assertThat(recommendation(id).status()).isEqualTo(RecommendationStatus.PENDING_REVIEW);
    }

    /**
     * Incident types and exclusion reasons are the legal reviewer's vocabulary
     * ({@code rules/vocabulary/}), so the pages name them in its words, in the page's language: the
     * recommendation, the inbox and the incident alike.
     */
    @Test
    void thePagesNameIncidentTypesAndExclusionReasonsInTheVocabularysWords() throws Exception {
        UUID id = Incidents.shootingBySkog(incidents, "PAGE-WORDS");
        RecommendationView shown = recommendations.get(new Actor("coordinator", "huddinge"), id);
        assertThat(shown.exclusions())
                .extracting(RecommendationView.ExclusionView::reason)
                .as("the demo group has members without a legal ground of their own")
                .contains("NO_LEGAL_GROUND");

        String swedish = html(mvc.perform(get("/recommendations/" + id).with(COORDINATOR))
                .andExpect(status().isOk())
                .andReturn());
        String english = html(
                mvc.perform(get("/recommendations/" + id).param("lang", "en").with(COORDINATOR))
                        .andExpect(status().isOk())
                        .andReturn());
        String inbox = html(mvc.perform(get("/").with(COORDINATOR))
                .andExpect(status().isOk())
                .andReturn());
        String incident =
                html(mvc.perform(get("/incidents/" + shown.incidentReference()).with(LIAISON))
                        .andExpect(status().isOk())
                        .andReturn());

        // "en skjutning" and "saknar rättslig grund" in incident-types.yaml and exclusion-reasons.yaml
        assertThat(swedish).contains("<dd>Skjutning</dd>", "<strong>Saknar rättslig grund</strong>");
        assertThat(english).contains("<dd>Shooting</dd>", "<strong>No legal ground</strong>");
        assertThat(inbox).contains("<small>Skjutning, ");
        assertThat(incident).contains("<dd id=\"incident-type\">Skjutning</dd>");
        assertThat(List.of(swedish, english, inbox, incident)).noneMatch(page -> page.contains("??"));
    }

    @Test
    void theDecisionFormNeedsItsCsrfToken() throws Exception {
        UUID id = Incidents.shootingBySkog(incidents, "PAGE-CSRF");
        mvc.perform(post("/recommendations/" + id + "/decision")
                        .with(COORDINATOR)
                        .param("decision", "APPROVED"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/recommendations/" + id + "/decision")
                        .with(COORDINATOR)
                        .with(csrf().useInvalidToken())
                        .param("decision", "APPROVED"))
                .andExpect(status().isForbidden());
        assertThat(recommendation(id).status()).isEqualTo(RecommendationStatus.PENDING_REVIEW);
    }

    @Test
    void aPartialApprovalGoesThroughTheServiceAndShowsTheNewStatus() throws Exception {
        UUID id = Incidents.shootingBySkog(incidents, "PAGE-PARTIAL");
        RecommendationView before = recommendation(id);
        assertThat(before.actions()).hasSizeGreaterThan(1);
        UUID chosen = before.actions().get(0).id();
        mvc.perform(post("/recommendations/" + id + "/decision")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("decision", "PARTIALLY_APPROVED")
                        .param("approvedActionIds", chosen.toString())
                        .param("reason", "Övriga åtgärder prövas vid nästa möte"))
                .andExpect(redirectedUrl("/recommendations/" + id))
                .andExpect(flash().attribute("decided", RecommendationStatus.PARTIALLY_APPROVED));
        RecommendationView after = recommendation(id);
        assertThat(after.status()).isEqualTo(RecommendationStatus.PARTIALLY_APPROVED);
        assertThat(after.decision()).isNotNull();
        assertThat(after.decision().decidedBy()).isEqualTo("coordinator");
        assertThat(after.actions())
                .allSatisfy(a -> assertThat(a.status())
                        .isEqualTo(a.id().equals(chosen) ? ActionStatus.APPROVED : ActionStatus.NOT_APPROVED));
        String page = html(mvc.perform(get("/recommendations/" + id)
                        .with(COORDINATOR)
                        .flashAttr("decided", RecommendationStatus.PARTIALLY_APPROVED))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page)
                .contains("Beslutet är sparat. Ny status: Delvis godkänd.", "Övriga åtgärder prövas vid nästa möte")
                .doesNotContain("id=\"decision-form\"");

        String again = html(mvc.perform(post("/recommendations/" + id + "/decision")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("decision", "APPROVED"))
                .andExpect(status().isConflict())
                .andReturn());
        assertThat(again).contains("Rekommendationen har redan beslutats eller ändrats");
    }

    @Test
    void aRefusedDecisionSaysWhyInSwedishBesideTheField() throws Exception {
        UUID id = Incidents.shootingBySkog(incidents, "PAGE-INVALID");
        UUID action = recommendation(id).actions().get(0).id();

        String noReason = html(mvc.perform(post("/recommendations/" + id + "/decision")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("decision", "REJECTED")
                        .param("reason", "  "))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(noReason)
                .contains(
                        "id=\"reason-error\"",
                        "Skriv ett skäl. Det krävs för att avslå eller godkänna delvis.",
                        "aria-invalid=\"true\"",
                        "aria-describedby=\"reason-hint reason-error\"");

        String noneTicked = html(mvc.perform(post("/recommendations/" + id + "/decision")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("decision", "PARTIALLY_APPROVED")
                        .param("reason", "Bara en"))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(noneTicked)
                .contains("id=\"approvedActionIds-error\"", "Markera minst en åtgärd att godkänna.")
                .contains(">Bara en</textarea>");

        String tickedButAll = html(mvc.perform(post("/recommendations/" + id + "/decision")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("decision", "APPROVED")
                        .param("approvedActionIds", action.toString()))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(tickedButAll).contains("Välj ”Godkänn markerade åtgärder”").contains("checked");

        String foreign = html(mvc.perform(post("/recommendations/" + id + "/decision")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("decision", "PARTIALLY_APPROVED")
                        .param("approvedActionIds", UUID.randomUUID().toString())
                        .param("reason", "x"))
                .andExpect(status().isUnprocessableContent())
                .andReturn());
        assertThat(foreign).contains("En markerad åtgärd hör inte till den här rekommendationen.");

        String noDecision = html(mvc.perform(post("/recommendations/" + id + "/decision")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("decision", "MAYBE"))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(noDecision).contains("id=\"decision-error\"", "Välj ett av besluten.");

        String tooLong = html(mvc.perform(post("/recommendations/" + id + "/decision")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("decision", "REJECTED")
                        .param("reason", "x".repeat(2001)))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(tooLong).contains("Skälet får vara högst 2000 tecken.");

        assertThat(recommendation(id).status()).isEqualTo(RecommendationStatus.PENDING_REVIEW);
    }

    @Test
    void anIdentityNumberInTheDecisionFormIsRefusedAsByTheApiAndNothingIsDecided(CapturedOutput output)
            throws Exception {
        UUID id = Incidents.shootingBySkog(incidents, "PAGE-PNR");
        for (String reason : new String[] {
            "Personen 850101-1234 är känd",
            "Personen 850101\u20131234 är känd",
            "Personen \uFF18\uFF15\uFF10\uFF11\uFF10\uFF11\u00A0\uFF11\uFF12\uFF13\uFF14 är känd"
        }) {
            String refused = html(mvc.perform(post("/recommendations/" + id + "/decision")
                            .with(COORDINATOR)
                            .with(csrf())
                            .param("decision", "REJECTED")
                            .param("reason", reason))
                    .andExpect(status().isUnprocessableContent())
                    .andReturn());
            assertThat(refused)
                    .contains("id=\"reason-error\"", "ser ut att innehålla ett personnummer", "aria-invalid=\"true\"");
        }
        String control = html(mvc.perform(post("/recommendations/" + id + "/decision")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("decision", "REJECTED")
                        .param("reason", "Skäl\u0000"))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(control).contains("id=\"reason-error\"", "tecken som inte kan sparas");
        assertThat(recommendation(id).status()).isEqualTo(RecommendationStatus.PENDING_REVIEW);
        assertThat(recommendation(id).decision()).isNull();
        assertThat(output.getAll()).doesNotContain("850101");
    }

    @Test
    void theEnglishSwitchIsRememberedInACookie() throws Exception {
        MvcResult english = mvc.perform(get("/").param("lang", "en").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(cookie().value("gvi-lang", "en"))
                .andReturn();
        assertThat(html(english)).contains("<html lang=\"en\">", "<h1>Inbox</h1>", "Pending review:", "På svenska");
        String later = html(mvc.perform(get("/actions/overdue")
                        .cookie(new Cookie("gvi-lang", "en"))
                        .with(COORDINATOR))
                .andReturn());
        assertThat(later).contains("<h1>Overdue actions</h1>");
        String swedish = html(mvc.perform(get("/").with(COORDINATOR)).andReturn());
        assertThat(swedish).contains("<html lang=\"sv\">", "<h1>Inkorg</h1>", "In English");
    }

    @Test
    void theGroupPageShowsTheTimelineAndTheChartDrawnOnTheServer() throws Exception {
        String page = html(mvc.perform(get("/groups/G-SKOG").with(LEGAL))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page)
                .contains(
                        "Skogsgänget",
                        "Kartläggning 1",
                        "Call-in med löfte HUDDINGE-2024",
                        "Anhörig",
                        "Traumavården",
                        "DEMO-2026-0001",
                        "Sanktionsomgång öppnad",
                        "<svg",
                        "class=\"bar after\"",
                        "class=\"callin\"",
                        "<th scope=\"row\">");
        mvc.perform(get("/groups/G-SKOG").with(ADMIN)).andExpect(status().isForbidden());
        mvc.perform(get("/groups/G-NONE").with(LEGAL)).andExpect(status().isNotFound());
    }

    @Test
    void theOverduePageListsApprovedActionsPastTheirDeadlinePerAgency() throws Exception {
        String page = html(mvc.perform(get("/actions/overdue").with(LIAISON))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page).contains("<h1>Försenade åtgärder</h1>", "Försenade åtgärder: ");
    }

    private RecommendationView recommendation(UUID id) {
        return recommendations.get(new Actor("coordinator", "huddinge"), id);
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}

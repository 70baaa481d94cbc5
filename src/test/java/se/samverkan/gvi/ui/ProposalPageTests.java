package se.samverkan.gvi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.samverkan.gvi.decision.RuleFolderFixture;
import se.samverkan.gvi.incident.IncidentService;
import se.samverkan.gvi.rules.runtime.ActiveRuleSet;
import se.samverkan.gvi.support.ProposedFolders;

/**
 * The legal reviewers' proposal and history pages with their security: a broken proposal shows the
 * check's problems by file and line, a good one its impact on stored incidents; four eyes (a second
 * reviewer approves, never the proposer) before publishing reloads the rule folder through the same
 * service as the API; who may open which page; forms need their CSRF token; and no folder outside
 * the proposals root can be reviewed.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:proposal-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "gvi.rules.warm-up-evaluations=1",
            "gvi.rules.four-eyes=true",
            "gvi.delivery.enabled=false"
        })
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext
class ProposalPageTests {

    private static final RequestPostProcessor LEGAL_A = siteUser("jurist-a", "LEGAL_REVIEWER");
    private static final RequestPostProcessor LEGAL_B = siteUser("jurist-b", "LEGAL_REVIEWER");
    private static final RequestPostProcessor COORDINATOR = siteUser("coordinator", "COORDINATOR");
    private static final RequestPostProcessor AUDITOR = siteUser("auditor", "AUDITOR");
    private static final RequestPostProcessor LIAISON = siteUser("liaison", "LIAISON");

    @TempDir
    static Path workspace;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        Path rules = RuleFolderFixture.copyOfProjectRules(workspace);
        Path proposals = workspace.resolve("proposals");
        ProposedFolders.debtFromMay(proposals.resolve("debt-from-may"));
        ProposedFolders.scenariosBeside(proposals);
        RuleFolderFixture.copy(Path.of("rules"), proposals.resolve("broken"));
        RuleFolderFixture.replace(
                proposals.resolve("broken/levers.yaml"), "precondition: underSupervision", "precondition: harEnHund");
        // a rule folder beside the proposals root, which no page may read
        RuleFolderFixture.copy(Path.of("rules"), workspace.resolve("outside"));
        registry.add("gvi.rules.path", rules::toString);
        registry.add("gvi.rules.proposals-root", proposals::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ActiveRuleSet active;

    @Autowired
    IncidentService incidents;

    @Autowired
    JdbcClient jdbc;

    private static RequestPostProcessor siteUser(String name, String role) {
        return user(name)
                .authorities(new SimpleGrantedAuthority("ROLE_" + role), new SimpleGrantedAuthority("SITE_huddinge"));
    }

    @Test
    @Order(1)
    void aBrokenProposalShowsTheChecksProblemsByFileAndLineAndChangesNothing() throws Exception {
        String serving = active.current("huddinge").version();
        int logged = logEntries();

        String page = html(
                mvc.perform(get("/rules/proposals").param("folder", "broken").with(LEGAL_A))
                        .andExpect(status().isOk()));

        assertThat(page)
                .contains("Kontrollen hittade", "harEnHund")
                .containsPattern("<code>levers\\.yaml:\\d+</code>")
                .contains("Påverkan visas när kontrollen går igenom.")
                .doesNotContain("id=\"approve-form\"")
                .doesNotContain("id=\"publish-form\"");
        assertThat(active.current("huddinge").version()).isEqualTo(serving);
        assertThat(logEntries()).isEqualTo(logged);
    }

    @Test
    @Order(2)
    void aProposalThatPassesShowsWhatItWouldChangeForStoredIncidents() throws Exception {
        Incidents.shootingBySkog(incidents, "PROPOSAL");
        String page = html(mvc.perform(
                        get("/rules/proposals").param("folder", "debt-from-may").with(LEGAL_A))
                .andExpect(status().isOk()));

        assertThat(page)
                .contains(
                        "Kontrollen gick igenom",
                        "Påverkan på lagrade händelser",
                        "grupp G-SKOG",
                        "Leverera budskapet",
                        "Åtgärden tas bort: ",
                        "Föreslå versionen",
                        "id=\"approve-form\"")
                .doesNotContain("SUPERVISION_REVIEW")
                .doesNotContain("GROUP_ENFORCEMENT");
    }

    @Test
    @Order(3)
    void aSecondReviewerApprovesTheProposalNeverTheProposerAndPublishingPutsItIntoService() throws Exception {
        String serving = active.current("huddinge").version();
        String proposed = version(html(mvc.perform(
                get("/rules/proposals").param("folder", "debt-from-may").with(LEGAL_A))));
        assertThat(proposed).isNotEqualTo(serving);

        mvc.perform(approve(proposed).with(LEGAL_A).with(csrf()))
                .andExpect(redirectedUrl("/rules/proposals?folder=debt-from-may"));
        String afterProposal = html(mvc.perform(
                get("/rules/proposals").param("folder", "debt-from-may").with(LEGAL_B)));
        assertThat(afterProposal)
                .contains("Föreslagen av jurist-a", "Godkänn versionen")
                .doesNotContain("id=\"publish-form\"");

        int logged = logEntries("RULES_VERSION_APPROVED");
        String refused =
                html(mvc.perform(approve(proposed).with(LEGAL_A).with(csrf())).andExpect(status().isConflict()));
        assertThat(refused)
                .contains("Du har redan föreslagit eller godkänt version " + proposed
                        + ". En annan jurist än du måste godkänna den. Inget har ändrats.");
        assertThat(approvals(proposed)).isEqualTo(1);
        assertThat(logEntries("RULES_VERSION_APPROVED"))
                .as("a refused self-approval is no approval")
                .isEqualTo(logged);

        int reloadsRefused = logEntries("RULES_RELOAD_REFUSED");
        String otherFolder =
                html(mvc.perform(publish(proposed).with(LEGAL_A).with(csrf())).andExpect(status().isConflict()));
        assertThat(otherFolder)
                .contains("Regelmappen innehåller version " + serving + ", inte förslagets version " + proposed);
        assertThat(active.current("huddinge").version()).isEqualTo(serving);
        assertThat(logEntries("RULES_RELOAD_REFUSED")).isEqualTo(reloadsRefused + 1);

        // the proposal is adopted into the rule folder and its scenarios (as a reviewer's merge
        // would); it still needs a second reviewer
        RuleFolderFixture.copy(workspace.resolve("proposals/debt-from-may"), workspace.resolve("rules"));
        RuleFolderFixture.copy(workspace.resolve("proposals/features"), workspace.resolve("features"));
        String notApproved =
                html(mvc.perform(publish(proposed).with(LEGAL_A).with(csrf())).andExpect(status().isConflict()));
        assertThat(notApproved)
                .contains("Version " + proposed + " kan inte publiceras: en annan jurist än du måste först "
                        + "godkänna den.");
        assertThat(active.current("huddinge").version()).isEqualTo(serving);
        assertThat(logEntries("RULES_RELOAD_REFUSED")).isEqualTo(reloadsRefused + 2);

        mvc.perform(approve(proposed).with(LEGAL_B).with(csrf()))
                .andExpect(redirectedUrl("/rules/proposals?folder=debt-from-may"));
        assertThat(lastLogAction()).isEqualTo("RULES_VERSION_APPROVED");
        String approved = html(mvc.perform(
                get("/rules/proposals").param("folder", "debt-from-may").with(LEGAL_A)));
        assertThat(approved).contains("Föreslagen av jurist-a", "Godkänd av jurist-b", "id=\"publish-form\"");

        mvc.perform(publish(proposed).with(LEGAL_A).with(csrf()))
                .andExpect(redirectedUrl("/rules/proposals?folder=debt-from-may"));
        assertThat(lastLogAction()).isEqualTo("RULES_RELOADED");
        String api = mvc.perform(get("/api/v1/rules").with(LEGAL_B))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("\"version\":\"" + proposed + "\"").contains("HUDDINGE-2026-05");

        String history =
                html(mvc.perform(get("/rules/history").with(COORDINATOR)).andExpect(status().isOk()));
        assertThat(history)
                .contains(
                        proposed,
                        serving,
                        "jurist-a, jurist-b",
                        "<code>promises/huddinge-2024.yaml</code>",
                        "<code>promises/huddinge-2026-05.yaml</code>",
                        "<span class=\"del\">-validTo: null</span>",
                        "<span class=\"add\">+validTo: 2026-04-30</span>")
                .doesNotContain("<code>levers.yaml</code>");
    }

    @Test
    @Order(4)
    void onlyLegalReviewersReviewProposalsAndThoseWhoReadTheRulesReadTheHistory() throws Exception {
        mvc.perform(get("/rules/proposals").with(COORDINATOR)).andExpect(status().isForbidden());
        mvc.perform(get("/rules/proposals").with(AUDITOR)).andExpect(status().isForbidden());
        mvc.perform(get("/rules/proposals").with(LIAISON)).andExpect(status().isForbidden());
        mvc.perform(get("/rules/proposals")).andExpect(status().is3xxRedirection());
        String version = "a".repeat(64);
        mvc.perform(approve(version).with(COORDINATOR).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(publish(version).with(AUDITOR).with(csrf())).andExpect(status().isForbidden());

        String legal = html(mvc.perform(get("/rules/proposals").with(LEGAL_A)).andExpect(status().isOk()));
        assertThat(legal)
                .contains(
                        "href=\"/rules/proposals\"",
                        "href=\"/rules/history\"",
                        "<option value=\"broken\">broken</option>",
                        "<option value=\"debt-from-may\">debt-from-may</option>")
                .doesNotContain("outside");
        String coordinator =
                html(mvc.perform(get("/rules/history").with(COORDINATOR)).andExpect(status().isOk()));
        assertThat(coordinator)
                .contains("href=\"/rules/history\"")
                .doesNotContain("href=\"/rules/proposals\"")
                .doesNotContain("method=\"post\" action=\"/rules");
        mvc.perform(get("/rules/history").with(AUDITOR)).andExpect(status().isOk());
        mvc.perform(get("/rules/history").with(LIAISON)).andExpect(status().isForbidden());
    }

    @Test
    @Order(5)
    void aFormWithoutItsCsrfTokenIsRefusedAndRecordsNothing() throws Exception {
        String version = "b".repeat(64);
        mvc.perform(approve(version).with(LEGAL_A)).andExpect(status().isForbidden());
        mvc.perform(publish(version).with(LEGAL_A)).andExpect(status().isForbidden());
        assertThat(approvals(version)).isZero();
    }

    @Test
    @Order(6)
    void aFolderOutsideTheProposalsRootIsRefusedAndNeverRead() throws Exception {
        int logged = logEntries();
        for (String folder : new String[] {"../outside", "../rules", "/etc", "broken/../../outside", ""}) {
            String page = html(
                    mvc.perform(get("/rules/proposals").param("folder", folder).with(LEGAL_A))
                            .andExpect(status().isUnprocessableContent()));
            assertThat(page)
                    .as(folder)
                    .contains("Mappen finns inte bland förslagen. Välj en av mapparna i listan.")
                    .doesNotContain("Kontrollen gick igenom")
                    .doesNotContain(workspace.toString());
        }
        assertThat(logEntries()).isEqualTo(logged);
    }

    @Test
    @Order(7)
    void aVersionThatIsNoVersionIsRefusedOnThePageAndRecordsNothing() throws Exception {
        String page =
                html(mvc.perform(approve("P-0042").with(LEGAL_A).with(csrf())).andExpect(status().isBadRequest()));
        assertThat(page).contains("Versionen ska vara 64 tecken (0–9, a–f). Inget har ändrats.");
        assertThat(approvals("P-0042")).isZero();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder approve(String version) {
        return post("/rules/proposals/approvals")
                .param("folder", "debt-from-may")
                .param("version", version);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder publish(String version) {
        return post("/rules/proposals/publish").param("folder", "debt-from-may").param("version", version);
    }

    private static String version(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"proposal-version\">([0-9a-f]{64})<")
                .matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }

    private int approvals(String version) {
        return jdbc.sql("select count(*) from rule_set_approval where version = :v")
                .param("v", version)
                .query(Integer.class)
                .single();
    }

    private int logEntries() {
        return jdbc.sql("select count(*) from decision_log")
                .query(Integer.class)
                .single();
    }

    private int logEntries(String action) {
        return jdbc.sql("select count(*) from decision_log where action = :a")
                .param("a", action)
                .query(Integer.class)
                .single();
    }

    private String lastLogAction() {
        return jdbc.sql("select action from decision_log order by seq desc limit 1")
                .query(String.class)
                .single();
    }

    private static String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

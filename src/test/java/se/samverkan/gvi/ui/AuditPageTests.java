package se.samverkan.gvi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverkan.gvi.ui.PageUsers.AUDITOR;
import static se.samverkan.gvi.ui.PageUsers.siteUser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.samverkan.gvi.incident.IncidentService;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.EmbeddedTest;

/**
 * The auditor's decision-log page: newest first, filtered by subject and dates, with the chain's
 * verification as the API answers it; for the auditor only.
 */
@EmbeddedTest(database = "pages")
class AuditPageTests {

    private static final Pattern SEQ = Pattern.compile("<th scope=\"row\">(\\d+)</th>");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncidentService incidents;

    @Test
    void theLogIsListedNewestFirstWithTheChainsVerificationAsTheApiGivesIt() throws Exception {
        Incidents.shootingBySkog(incidents, "PAGE-LOG");
        String page = html(mvc.perform(get("/audit").with(AUDITOR))
                .andExpect(status().isOk())
                .andReturn());

        Api.Answer verify = new Api(mvc, jdbc).get("auditor", "/api/v1/audit/verify");
        assertThat(verify.get("valid").asBoolean()).isTrue();
        assertThat(page)
                .contains(
                        "<h1>Beslutslogg</h1>",
                        "data-valid=\"true\"",
                        "Kedjan är obruten",
                        "INCIDENT_REPORTED",
                        "aria-current=\"page\"");
        long[] seqs = SEQ.matcher(page)
                .results()
                .mapToLong(m -> Long.parseLong(m.group(1)))
                .toArray();
        assertThat(seqs).hasSizeGreaterThan(1);
        for (int i = 1; i < seqs.length; i++) {
            assertThat(seqs[i]).isLessThan(seqs[i - 1]);
        }
        assertThat(seqs.length).isLessThanOrEqualTo(AuditPageController.PAGE_SIZE);
    }

    @Test
    void aLongLogIsShownAPageAtATimeWithItsFilterKeptInThePagesLinks() throws Exception {
        Api api = new Api(mvc, jdbc);
        for (int i = 0; i <= AuditPageController.PAGE_SIZE; i++) {
            assertThat(api.get("liaison", "/api/v1/groups/G-SKOG").status()).isEqualTo(200);
        }
        String first = html(mvc.perform(get("/audit?subject=group:G-SKOG").with(AUDITOR))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(first)
                .contains("Sida 1 av", "rel=\"next\" href=\"/audit?subject=group:G-SKOG&amp;from=&amp;to=&amp;page=1\"")
                .doesNotContain("rel=\"prev\"");
        String second =
                html(mvc.perform(get("/audit?subject=group:G-SKOG&page=1").with(AUDITOR))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(second)
                .contains(
                        "Sida 2 av", "rel=\"prev\" href=\"/audit?subject=group:G-SKOG&amp;from=&amp;to=&amp;page=0\"");
    }

    @Test
    void theLogIsFilteredBySubjectAndByDates() throws Exception {
        Incidents.shootingBySkog(incidents, "PAGE-FILTER");
        String subject = jdbc.sql(
                        "select subject from decision_log where action = 'INCIDENT_REPORTED' order by seq desc limit 1")
                .query(String.class)
                .single();
        String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();

        String bySubject = html(mvc.perform(get("/audit")
                        .param("subject", subject)
                        .param("from", today)
                        .param("to", today)
                        .with(AUDITOR))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(bySubject)
                .contains("INCIDENT_REPORTED", "value=\"" + subject + "\"", "value=\"" + today + "\"")
                .doesNotContain("GROUP_READ", "AUDIT_LOG_READ");
        Matcher subjects =
                Pattern.compile("<td><a href=\"[^\"]*\">([^<]*)</a></td>").matcher(bySubject);
        assertThat(subjects.results().map(m -> m.group(1))).isNotEmpty().allMatch(subject::equals);

        String yesterday = LocalDate.parse(today).minusDays(1).toString();
        String before = html(mvc.perform(get("/audit")
                        .param("subject", subject)
                        .param("to", yesterday)
                        .with(AUDITOR))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(before).contains("Poster: 0").doesNotContain("INCIDENT_REPORTED");

        String wrong = html(mvc.perform(get("/audit")
                        .param("from", "igår")
                        .param("to", yesterday)
                        .with(AUDITOR))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(wrong).contains("id=\"from-error\"", "Ange ett datum", "value=\"igår\"");
    }

    @Test
    void onlyTheAuditorOpensTheLogAndSeesItInTheNavigation() throws Exception {
        for (String role : new String[] {"LIAISON", "COORDINATOR", "LEGAL_REVIEWER", "ADMIN"}) {
            mvc.perform(get("/audit").with(siteUser(role.toLowerCase(), role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/audit")).andExpect(status().is3xxRedirection());
        String rules = html(mvc.perform(get("/rules").with(AUDITOR))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(rules).contains("href=\"/audit\"").doesNotContain("href=\"/incidents/new\"");
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

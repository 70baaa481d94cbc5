package se.samverkan.gvi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverkan.gvi.support.Api.incident;
import static se.samverkan.gvi.ui.PageUsers.ANALYST;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.EmbeddedTest;

/**
 * The national analyst's overview: the figures of every site as {@code GET /api/v1/national/figures}
 * gives them, small cells shown as "<3" and a total that would give one away as a word, never the
 * count behind either; in Swedish and in English, with the analyst's own navigation.
 *
 * <p>The incidents of March 2026 are this test's own (the demo incidents are of the last weeks):
 * shootings 3 in Huddinge and 4 in Malmö (7 in total, every count shown); threats 1 in Huddinge and
 * 3 in Malmö (the total of 4 would give Huddinge's 1 away); one arson in Malmö. Huddinge's three
 * shootings are approved and an action of each executed today; one of Malmö's is rejected.
 */
@EmbeddedTest(database = "national-page")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalPageTests {

    private static final String GROUP = "NATSIDA";
    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t[hd](?:\\s[^>]*)?>(.*?)</t[hd]>", Pattern.DOTALL);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PageFormats formats;

    @BeforeAll
    void incidentsInBothSites() {
        Api huddinge = new Api(mvc, jdbc);
        Api malmo = huddinge.site("malmo", "MALMO-2025");
        huddinge.group(GROUP, true);
        malmo.group(GROUP, true);
        List<String> huddingeShootings = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            huddingeShootings.add(report(huddinge, "liaison", "H-SHOOTING-" + i, "SHOOTING", i));
        }
        List<String> malmoShootings = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            malmoShootings.add(report(malmo, "malmo-liaison", "M-SHOOTING-" + i, "SHOOTING", i));
        }
        report(huddinge, "liaison", "H-THREAT-1", "THREAT", 10);
        for (int i = 1; i <= 3; i++) {
            report(malmo, "malmo-liaison", "M-THREAT-" + i, "THREAT", 10 + i);
        }
        report(malmo, "malmo-liaison", "M-ARSON-1", "ARSON", 20);

        String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
        for (String id : huddingeShootings) {
            Api.Answer decided = huddinge.post(
                    "coordinator", "/api/v1/recommendations/" + id + "/decision", "{\"decision\":\"APPROVED\"}");
            assertThat(decided.status()).as(decided.text()).isEqualTo(200);
            String action = decided.get("actions").get(0).get("id").asString();
            Api.Answer executed = huddinge.post(
                    "coordinator",
                    "/api/v1/recommendations/" + id + "/actions/" + action + "/outcome",
                    "{\"executedOn\":\"" + today + "\",\"outcome\":\"EXECUTED\"}");
            assertThat(executed.status()).as(executed.text()).isEqualTo(200);
        }
        Api.Answer rejected = malmo.post(
                "malmo-coordinator",
                "/api/v1/recommendations/" + malmoShootings.get(0) + "/decision",
                "{\"decision\":\"REJECTED\",\"reason\":\"Fiktiv motivering\"}");
        assertThat(rejected.status()).as(rejected.text()).isEqualTo(200);
    }

    @Test
    void theIncidentsShowEachCountAsTheFiguresDoAndNeverTheCountBehindASmallOrWithheldOne() throws Exception {
        String page = page("/national");

        assertThat(page)
                .contains(
                        "<h1>Nationell översikt</h1>",
                        "Antal från 1 till 2 visas som &lt;3",
                        "en summa som skulle avslöja ett sådant antal visas inte",
                        "Siffrorna beräknades",
                        "Händelser per typ och månad",
                        "Rekommendationer och beslut")
                .doesNotContain("??");
        assertThat(header(table(page, "incidents"))).containsExactly("Månad", "Typ", "huddinge", "malmo", "Totalt");
        List<List<String>> incidents = rows(table(page, "incidents"));
        // a line is month, type, Huddinge, Malmö, total
        assertThat(incidents)
                .contains(
                        List.of("2026-03", "Skjutning", "3", "4", "7"),
                        List.of("2026-03", "Hot", "<3", "3", "ej visad"),
                        List.of("2026-03", "Anlagd brand", "0", "<3", "<3"));
        List<List<String>> march =
                incidents.stream().filter(line -> line.get(0).equals("2026-03")).toList();
        assertThat(march).hasSize(3);
        // sorted by month, then by type code (ARSON, SHOOTING, THREAT)
        assertThat(march.stream().map(line -> line.get(1))).containsExactly("Anlagd brand", "Skjutning", "Hot");
        List<String> months = incidents.stream().map(line -> line.get(0)).toList();
        assertThat(months).isSorted();
    }

    @Test
    void eachSiteAndTheTotalHaveTheirDecisionsAndActionsWithAWithheldTotalAndNoMedianFromTooFew() throws Exception {
        String page = page("/national");

        assertThat(header(table(page, "outcomes")))
                .containsExactly(
                        "Ort",
                        "Rekommendationer i kraft per utfall",
                        "Från rapport till beslut",
                        "Åtgärder",
                        // the outcomes in the order of the engine's Outcome
                        "Konsekvenser för gruppen",
                        "Leverera budskapet",
                        "Invänta bekräftelse",
                        "Förebygg hämnd",
                        "Ingen gruppåtgärd",
                        "Beslut",
                        "Median, timmar",
                        "Förfallna",
                        "Utförda i tid",
                        "Andel i tid");
        List<List<String>> rows = rows(table(page, "outcomes"));
        assertThat(rows).extracting(row -> row.get(0)).containsExactly("huddinge", "malmo", "Totalt");
        // site, five outcomes, then decisions, median hours, due, executed in time, share in time
        List<String> huddinge = rows.get(0);
        assertThat(huddinge).hasSize(11);
        assertThat(huddinge.get(6)).isEqualTo("3");
        assertThat(huddinge.get(7)).matches("\\d+,\\d");
        assertThat(huddinge.subList(8, 11)).containsExactly("3", "3", "100,0 %");
        List<String> malmo = rows.get(1);
        assertThat(malmo.get(6)).isEqualTo("<3");
        assertThat(malmo.get(7)).isEqualTo("– ingen median: färre än 3 beslut");
        assertThat(malmo.subList(8, 10)).containsExactly("0", "0");
        assertThat(malmo.get(10)).startsWith("– ingen andel");
        List<String> total = rows.get(2);
        assertThat(total.get(6))
                .as("4 decisions less Huddinge's 3 would show Malmö's 1")
                .isEqualTo("ej visad");
        assertThat(total.get(7)).matches("\\d+,\\d");
        assertThat(total.subList(8, 11)).containsExactly("3", "3", "100,0 %");
        // every outcome count is a number, <3 or the word; Huddinge's shootings are enforcement in force
        for (List<String> row : rows) {
            assertThat(row.subList(1, 6)).allMatch(count -> count.matches("\\d+|<3|ej visad"));
        }
        assertThat(Long.parseLong(huddinge.get(1))).isGreaterThanOrEqualTo(3);
    }

    @Test
    void thePageNamesNoPersonGroupCaseOrFreeTextAndExplainsItsSigns() throws Exception {
        String page = page("/national");

        assertThat(page)
                .doesNotContain(
                        GROUP, "H-SHOOTING", "M-THREAT", "Fiktiva torget", "Fiktiv händelse", "Fiktiv motivering")
                .doesNotContain("liaison", "malmo-coordinator")
                .contains(
                        "aria-describedby=\"outcomes-hint legend\"",
                        "aria-describedby=\"incidents-hint legend\"",
                        "<caption id=\"incidents-caption\" class=\"visually-hidden\">Händelser per typ och månad, per ort och totalt</caption>",
                        "<dt>&lt;3</dt>",
                        "<dt>ej visad</dt>");
    }

    @Test
    void theEnglishPageHasEnglishHeadingsLabelsAndWords() throws Exception {
        String page = page("/national?lang=en");

        assertThat(page)
                .contains(
                        "<h1>National overview</h1>",
                        "Counts from 1 to 2 are shown as &lt;3",
                        "Recommendations and decisions",
                        "Incidents per type and month",
                        "How to read the tables",
                        "Group enforcement")
                .doesNotContain("??", "ej visad", "Nationell översikt");
        assertThat(rows(table(page, "incidents")))
                .contains(
                        List.of("2026-03", "Threat", "<3", "3", "withheld"),
                        List.of("2026-03", "Arson", "0", "<3", "<3"));
        List<List<String>> outcomes = rows(table(page, "outcomes"));
        assertThat(outcomes.get(0).get(10)).isEqualTo("100.0%");
        assertThat(outcomes.get(1).get(7)).isEqualTo("– no median: fewer than 3 decisions");
        assertThat(outcomes.get(2).get(0)).isEqualTo("Total");
    }

    @Test
    void theAnalystsNavigationLeadsToTheOverviewAlsoFromAPageTheyMayNotOpen() throws Exception {
        String page = page("/national");
        assertThat(page)
                .contains(
                        "<p class=\"brand\"><a href=\"/national\">",
                        "<a href=\"/national\" aria-current=\"page\">Nationell översikt</a>")
                .doesNotContain("href=\"/audit\"", "href=\"/incidents/new\"", "href=\"/rules\"", "href=\"/groups\"");

        mvc.perform(get("/").with(ANALYST)).andExpect(status().isForbidden()).andExpect(forwardedUrl("/forbidden"));
        // the page the refusal is forwarded to (MockMvc does not follow the forward)
        String forbidden = mvc.perform(get("/forbidden").with(ANALYST))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(forbidden).contains("Ingen behörighet", "<a href=\"/national\">Nationell översikt</a>");
    }

    @Test
    void anIncidentTypeIsNamedFromTheVocabularyAndByItsCodeWhenTheVocabularyDoesNotKnowIt() {
        Locale swedish = Locale.forLanguageTag("sv");
        assertThat(formats.incidentType("ARSON", swedish)).isEqualTo("Anlagd brand");
        assertThat(formats.incidentType("ARSON", Locale.ENGLISH)).isEqualTo("Arson");
        assertThat(formats.incidentType("KNIFE_ATTACK", swedish)).isEqualTo("KNIFE_ATTACK");
    }

    private String report(Api site, String liaison, String reference, String type, int day) {
        Api.Answer reported = site.post(
                liaison,
                "/api/v1/incidents",
                incident(
                        GROUP + "-" + reference,
                        type,
                        "2026-03-%02dT21:00:00+01:00".formatted(day),
                        GROUP,
                        "PERPETRATOR",
                        "CONFIRMED"));
        assertThat(reported.status()).as(reported.text()).isEqualTo(201);
        return reported.get("recommendations").get(0).get("id").asString();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(ANALYST))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String table(String page, String id) {
        Matcher table = Pattern.compile("<table id=\"" + id + "\".*?</table>", Pattern.DOTALL)
                .matcher(page);
        assertThat(table.find()).as("table " + id).isTrue();
        return table.group();
    }

    /** The column headings of a table, row by row. */
    private static List<String> header(String table) {
        return cells(table.substring(table.indexOf("<thead>"), table.indexOf("</thead>")));
    }

    /** The rows of the table's body and foot, each as its cells' text. */
    private static List<List<String>> rows(String table) {
        Matcher rows = ROW.matcher(table.substring(table.indexOf("</thead>")));
        List<List<String>> found = new ArrayList<>();
        while (rows.find()) {
            found.add(cells(rows.group(1)));
        }
        return found;
    }

    private static List<String> cells(String html) {
        return CELL.matcher(html).results().map(cell -> text(cell.group(1))).toList();
    }

    /** A cell as a reader hears it: its text without tags, the visually hidden part after a space. */
    private static String text(String html) {
        return html.replaceAll("</span><span", "</span> <span")
                .replaceAll("<[^>]+>", "")
                .replace("&lt;", "<")
                .replace("&nbsp;", " ")
                .replace('\u00a0', ' ')
                .replace('\u202f', ' ')
                .replaceAll("\\s+", " ")
                .strip();
    }
}

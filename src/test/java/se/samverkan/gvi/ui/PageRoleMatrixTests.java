package se.samverkan.gvi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.gvi.incident.IncidentService;
import se.samverkan.gvi.recommendation.ActionStatus;
import se.samverkan.gvi.recommendation.DecisionRequest;
import se.samverkan.gvi.recommendation.RecommendationView;
import se.samverkan.gvi.recommendation.Recommendations;
import se.samverkan.gvi.recommendation.ReviewDecision;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.support.EmbeddedTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages' role matrix, as the API has its own: every page × every role × anonymous. A role the
 * page is for gets exactly 200, every other role 403 (the national analyst, who has no site, too),
 * and a visitor who has not signed in is sent to the sign-in page. The pages are opened on real data
 * (the demo site, one reported and approved incident), so a page that fails for a role it is meant
 * for fails here.
 */
@EmbeddedTest(database = "page-matrix")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageRoleMatrixTests {

    private static final String LIAISON = "LIAISON";
    private static final String COORDINATOR = "COORDINATOR";
    private static final String LEGAL = "LEGAL_REVIEWER";
    private static final String AUDITOR = "AUDITOR";
    private static final String ADMIN = "ADMIN";
    /** Carries no site: the demo user {@code analyst} has only the role. */
    private static final String ANALYST = "NATIONAL_ANALYST";

    private static final List<String> ROLES = List.of(LIAISON, COORDINATOR, LEGAL, AUDITOR, ADMIN, ANALYST);
    private static final Set<String> READERS = Set.of(LIAISON, COORDINATOR, LEGAL);
    private static final Set<String> RULE_READERS = Set.of(COORDINATOR, LEGAL, AUDITOR);

    @Autowired
    MockMvc mvc;

    @Autowired
    IncidentService incidents;

    @Autowired
    Recommendations recommendations;

    private final Map<String, String> ids = new java.util.HashMap<>();

    /** One incident of the demo group G-SKOG, reported, and its recommendation approved: an action, a sanction round. */
    @BeforeAll
    void data() throws Exception {
        UUID recommendation = Incidents.shootingBySkog(incidents, "MATRIX");
        Actor coordinator = new Actor("coordinator", "huddinge");
        RecommendationView approved = recommendations.decide(
                coordinator, recommendation, new DecisionRequest(ReviewDecision.APPROVED, null, null));
        RecommendationView.ActionView action = approved.actions().stream()
                .filter(a -> a.status() == ActionStatus.APPROVED)
                .findFirst()
                .orElseThrow();
        JsonNode group = JsonMapper.builder()
                .build()
                .readTree(mvc.perform(get("/api/v1/groups/G-SKOG").with(httpBasic("coordinator", "demo")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        String round = group.get("sanctionRounds")
                .valueStream()
                .filter(r -> r.get("closedAt").isNull())
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
        String incident = approved.incidentReference();
        ids.put("{recommendation}", recommendation.toString());
        ids.put("{action}", String.valueOf(action.id()));
        ids.put("{round}", round);
        ids.put("{incident}", incident);
    }

    /** Each page with the roles it is for (docs/pages.md, docs/security.md). */
    static Stream<Arguments> pages() {
        Map<String, Set<String>> pages = new java.util.LinkedHashMap<>();
        pages.put("/", READERS);
        pages.put("/actions/overdue", READERS);
        pages.put("/recommendations/{recommendation}", READERS);
        pages.put("/recommendations/{recommendation}/actions/{action}/outcome", Set.of(COORDINATOR));
        pages.put("/groups", Set.of(LIAISON, COORDINATOR, LEGAL, ADMIN));
        pages.put("/groups/G-SKOG", READERS);
        pages.put("/groups/new", Set.of(ADMIN));
        pages.put("/groups/G-SKOG/audits/new", Set.of(ADMIN));
        pages.put("/groups/G-SKOG/call-ins/new", Set.of(COORDINATOR));
        pages.put("/groups/G-SKOG/sanction-rounds/{round}/closure", Set.of(COORDINATOR));
        pages.put("/persons/new", Set.of(ADMIN));
        pages.put("/persons/P-0101/edit", Set.of(ADMIN));
        pages.put("/incidents/new", Set.of(LIAISON));
        pages.put("/incidents/{incident}", READERS);
        pages.put("/incidents/{incident}/edit", Set.of(LIAISON));
        pages.put("/audit", Set.of(AUDITOR));
        pages.put("/rules", RULE_READERS);
        pages.put("/rules/catalogue", RULE_READERS);
        pages.put("/rules/proposals", Set.of(LEGAL));
        pages.put("/rules/history", RULE_READERS);
        pages.put("/national", Set.of(ANALYST));
        List<Arguments> cases = new ArrayList<>();
        pages.forEach((page, allowed) -> {
            for (String role : ROLES) {
                cases.add(Arguments.of(page, role, allowed.contains(role) ? 200 : 403));
            }
            cases.add(Arguments.of(page, "anonymous", 302));
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("pages")
    void eachPageAnswersEachRoleAsItsRightsSay(String page, String role, int expected) throws Exception {
        String path = page;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        var request = get(path);
        if (role.equals(ANALYST)) {
            request.with(PageUsers.ANALYST);
        } else if (!role.equals("anonymous")) {
            request.with(PageUsers.siteUser(role.toLowerCase(), role));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus()).as("%s as %s", path, role).isEqualTo(expected);
        if (expected == 302) {
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        }
    }
}

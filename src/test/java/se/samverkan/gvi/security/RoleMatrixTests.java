package se.samverkan.gvi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.samverkan.gvi.audit.DecisionLog;
import se.samverkan.gvi.group.GroupService;
import se.samverkan.gvi.incident.IncidentService;
import se.samverkan.gvi.national.NationalFigures;
import se.samverkan.gvi.recommendation.Recommendations;
import se.samverkan.gvi.recommendation.SanctionRounds;
import se.samverkan.gvi.rules.governance.RuleGovernance;
import se.samverkan.gvi.support.ApiContract;
import se.samverkan.gvi.web.JsonSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The role matrix: every endpoint × every role × anonymous. Anonymous callers get 401, roles
 * without the right get 403, both as problem details; the roles with the right send a valid
 * request and get exactly the status the controller answers with (the services are mocked). Who
 * has the right is read from the contract, each operation's "**Who may call:**" in
 * {@code docs/openapi.yaml}, so what agencies read there is what the service enforces.
 */
// The mocked services answer no body: the contract checks statuses and refusals here, not bodies.
// The API's controllers only: the pages (se.samverkan.gvi.ui) have their own role matrix.
@WebMvcTest(
        properties = "gvi.test.api-contract.mocked-services=true",
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "se\\.samverkan\\.gvi\\.ui\\..*"))
@Import({SecurityConfiguration.class, JsonSettings.class})
class RoleMatrixTests {

    private static final String ID = UUID.randomUUID().toString();
    private static final String VERSION = "a".repeat(64);
    // Valid bodies, so that a caller who may reaches the controller method and not only validation.
    private static final String PERSON = """
            {"birthDate": "2000-01-01"}""";
    private static final String GROUP = """
            {"name": "Gruppen", "area": "Söder", "audit": {"mappedOn": "2025-01-01", "members": []}}""";
    private static final String CALL_IN = """
            {"heldOn": "2025-01-01", "promiseId": "standard"}""";
    private static final String CLOSURE = """
            {"effectReview": "Inget nytt våld sedan åtgärderna."}""";
    private static final String INCIDENT = """
            {"reference": "K-1", "type": "SHOOTING", "occurredAt": "2025-01-01T12:00:00+01:00"}""";
    private static final String RETRACTION = """
            {"reason": "Felregistrerad."}""";
    private static final String DECISION = """
            {"decision": "REJECTED", "reason": "Inte proportionerligt."}""";
    private static final String OUTCOME = """
            {"executedOn": "2025-01-01", "outcome": "EXECUTED"}""";
    private static final String IMPACT = """
            {"folder": "rules"}""";
    private static final String APPROVAL = "{\"version\": \"" + VERSION + "\"}";
    private static final List<String> USERS = List.of(
            "liaison", "coordinator", "legal", "auditor", "admin", "malmo-coordinator", "malmo-auditor", "analyst");
    private static final Map<String, JsonNode> CONTRACT = ApiContract.operations(ApiContract.document());

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @MockitoBean
    GroupService groups;

    @MockitoBean
    IncidentService incidents;

    @MockitoBean
    Recommendations recommendations;

    @MockitoBean
    SanctionRounds sanctionRounds;

    @MockitoBean
    RuleGovernance rules;

    @MockitoBean
    DecisionLog decisionLog;

    @MockitoBean
    NationalFigures nationalFigures;

    /**
     * One row of the matrix: the mapping's path pattern, a concrete path to call, a valid request
     * body for writes, and the status a caller who may gets for it from the controller with the
     * mocked services. Who may call it is what the contract says ({@link #allowed()}).
     */
    record Endpoint(
            HttpMethod method,
            String pattern,
            String path,
            @Nullable String body,
            int status) {

        /** A read: no body, and 200 for those who may. */
        Endpoint(HttpMethod method, String path) {
            this(method, path.replaceAll("\\?.*", ""), path);
        }

        Endpoint(HttpMethod method, String pattern, String path) {
            this(method, pattern, path, null, 200);
        }

        Endpoint(HttpMethod method, String path, @Nullable String body, int status) {
            this(method, path.replaceAll("\\?.*", ""), path, body, status);
        }

        /** The operation of the contract, {@code "GET /api/v1/…"}. */
        String operation() {
            return method + " " + pattern;
        }

        /**
         * The demo users whose role the contract's "Who may call" of this operation names: Malmö's
         * users have the same roles in their own site, the national analyst its own role.
         */
        Set<String> allowed() {
            Set<String> roles = ApiContract.whoMayCall(CONTRACT.getOrDefault(operation(), MissingNode.getInstance()));
            Set<String> users = new TreeSet<>();
            USERS.stream().filter(u -> roles.contains(roleOf(u))).forEach(users::add);
            return users;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A demo user's role: as named, less the site prefix ({@code malmo-coordinator}). */
    static String roleOf(String user) {
        if (user.equals(SecurityConfiguration.DEMO_ANALYST)) {
            return Roles.NATIONAL_ANALYST;
        }
        return SecurityConfiguration.DEMO_USERS.get(user.substring(user.indexOf('-') + 1));
    }

    @BeforeEach
    void servicesSayTheyCreated() {
        // The controllers read whether something was created; the saved value itself is not the matrix's concern.
        when(groups.savePerson(any(), any(), any())).thenReturn(new GroupService.Saved<>(null, true));
        when(groups.saveGroup(any(), any(), any())).thenReturn(new GroupService.Saved<>(null, true));
        when(incidents.report(any(), any())).thenReturn(new IncidentService.Reported(null, true));
    }

    static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = List.of(
                new Endpoint(HttpMethod.PUT, "/api/v1/persons/{ref}", "/api/v1/persons/P-1", PERSON, 201),
                new Endpoint(HttpMethod.GET, "/api/v1/persons/{ref}", "/api/v1/persons/P-1"),
                new Endpoint(HttpMethod.PUT, "/api/v1/groups/{ref}", "/api/v1/groups/G-1", GROUP, 201),
                new Endpoint(HttpMethod.GET, "/api/v1/groups/{ref}", "/api/v1/groups/G-1"),
                new Endpoint(
                        HttpMethod.POST, "/api/v1/groups/{ref}/call-ins", "/api/v1/groups/G-1/call-ins", CALL_IN, 201),
                new Endpoint(
                        HttpMethod.POST,
                        "/api/v1/groups/{ref}/sanction-rounds/{id}/closure",
                        "/api/v1/groups/G-1/sanction-rounds/" + ID + "/closure",
                        CLOSURE,
                        200),
                new Endpoint(HttpMethod.POST, "/api/v1/incidents", INCIDENT, 201),
                new Endpoint(HttpMethod.PUT, "/api/v1/incidents/{reference}", "/api/v1/incidents/K-1", INCIDENT, 200),
                new Endpoint(
                        HttpMethod.POST,
                        "/api/v1/incidents/{reference}/retraction",
                        "/api/v1/incidents/K-1/retraction",
                        RETRACTION,
                        200),
                new Endpoint(HttpMethod.GET, "/api/v1/incidents/{reference}", "/api/v1/incidents/K-1"),
                new Endpoint(HttpMethod.POST, "/api/v1/evaluations", INCIDENT, 200),
                new Endpoint(HttpMethod.GET, "/api/v1/recommendations"),
                new Endpoint(HttpMethod.GET, "/api/v1/recommendations/{id}", "/api/v1/recommendations/" + ID),
                new Endpoint(
                        HttpMethod.POST,
                        "/api/v1/recommendations/{id}/decision",
                        "/api/v1/recommendations/" + ID + "/decision",
                        DECISION,
                        200),
                new Endpoint(
                        HttpMethod.POST,
                        "/api/v1/recommendations/{id}/actions/{actionId}/outcome",
                        "/api/v1/recommendations/" + ID + "/actions/" + ID + "/outcome",
                        OUTCOME,
                        200),
                new Endpoint(HttpMethod.GET, "/api/v1/actions?overdue=true"),
                new Endpoint(HttpMethod.GET, "/api/v1/audit?subject=person:P-1"),
                new Endpoint(HttpMethod.GET, "/api/v1/audit/verify"),
                new Endpoint(HttpMethod.GET, "/api/v1/rules"),
                new Endpoint(HttpMethod.GET, "/api/v1/rules/versions/{version}", "/api/v1/rules/versions/" + VERSION),
                new Endpoint(HttpMethod.POST, "/api/v1/rules/reload", "{}", 200),
                new Endpoint(HttpMethod.POST, "/api/v1/rules/impact", IMPACT, 200),
                new Endpoint(HttpMethod.POST, "/api/v1/rules/approvals", APPROVAL, 201),
                new Endpoint(HttpMethod.GET, "/api/v1/national/figures"));
        return endpoints;
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            cases.add(Arguments.of(e, null));
            USERS.forEach(u -> cases.add(Arguments.of(e, u)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachRoleReachesOnlyWhatTheContractAllows(Endpoint endpoint, @Nullable String user) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), endpoint.path());
        if (user != null) {
            request.with(httpBasic(user, "demo"));
        }
        if (endpoint.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(endpoint.body());
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        if (user == null) {
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(response.getContentAsString()).contains("\"status\":401");
        } else if (endpoint.allowed().contains(user)) {
            // the exact status: a 500 behind the security filter fails here as well as a 403
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(endpoint.status());
        } else {
            assertThat(response.getStatus()).isEqualTo(403);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(response.getContentAsString()).contains("\"status\":403");
        }
    }

    /**
     * Every API endpoint the application maps has a row above, so a new endpoint cannot ship
     * without a decision about who may call it. Rows for endpoints not (yet) on this branch are
     * fine: they still pin the URL rules.
     */
    @Test
    void everyMappedApiEndpointHasARowInTheMatrix() {
        Set<String> rows = new TreeSet<>();
        endpoints().forEach(e -> rows.add(e.method() + " " + e.pattern()));
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.add("ANY");
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    methods.forEach(m -> mapped.add(m + " " + pattern));
                }
            }
        });
        assertThat(mapped).as("mapped API endpoints").isNotEmpty().contains("GET /api/v1/audit/verify");
        assertThat(rows).as("endpoints without a row in the role matrix").containsAll(mapped);
    }

    @Test
    void theContractSaysWhoMayCallEveryOperationOfTheMatrix() {
        List<String> unsaid = endpoints().stream()
                .filter(e -> e.allowed().isEmpty())
                .map(Endpoint::operation)
                .toList();
        assertThat(unsaid)
                .as("operations without a \"**Who may call:** ROLE, ….\" paragraph naming a demo user's role in "
                        + "docs/openapi.yaml")
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("wrongPasswords")
    void aWrongPasswordIs401(String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        MockMvcRequestBuilders.get("/api/v1/recommendations").with(httpBasic(user, "not-the-password")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(401);
    }

    static Stream<String> wrongPasswords() {
        return USERS.stream();
    }
}

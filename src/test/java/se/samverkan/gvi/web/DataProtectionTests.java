package se.samverkan.gvi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static se.samverkan.gvi.support.Api.incident;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.IntegrationTest;

/**
 * Data minimisation at the edge (docs/security.md, "Data minimisation"): identity numbers are
 * refused wherever they appear,
 * request bodies never reach the log, and oversized or deeply nested bodies are refused.
 */
@IntegrationTest(schema = "data_protection")
@ExtendWith(OutputCaptureExtension.class)
class DataProtectionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Api api;

    @Test
    void anIdentityNumberAnywhereIsRefusedWith422NamingTheFieldAndNothingIsStored() {
        api.group("DP1", true);
        String counts = api.counts();
        refused(api.put("admin", "/api/v1/persons/850101-1234", "{\"birthDate\":\"1985-01-01\"}"), "ref");
        refused(api.put("admin", "/api/v1/persons/198501011234", "{\"birthDate\":\"1985-01-01\"}"), "ref");
        refused(api.put("admin", "/api/v1/groups/DP2", """
                {"name":"Grupp","area":"Fiktiva området","rivals":[],
                 "audit":{"mappedOn":"2025-06-01","members":[{"personRef":"19850101-1234","joinedOn":"2024-01-01"}]}}"""), "audit.members[0].personRef");
        refused(
                api.post(
                        "liaison",
                        "/api/v1/incidents",
                        incident(
                                "K-DP-1",
                                "SHOOTING",
                                "2026-02-01T21:40:00+01:00",
                                "DP1",
                                "PERPETRATOR",
                                "CONFIRMED",
                                "850101+1234")),
                "suspects[0]");
        refused(
                api.post(
                        "liaison",
                        "/api/v1/incidents",
                        incident("K-DP-2", "SHOOTING", "2026-02-01T21:40:00+01:00", "DP1", "PERPETRATOR", "CONFIRMED")
                                .replace("Fiktiv händelse", "Vittnet 8501611234 såg allt")),
                "summary");
        refused(
                api.post(
                        "coordinator",
                        "/api/v1/evaluations",
                        incident(
                                "K-DP-3",
                                "SHOOTING",
                                "2026-02-01T21:40:00+01:00",
                                "DP1",
                                "PERPETRATOR",
                                "CONFIRMED",
                                "8501011234")),
                "suspects[0]");
        refused(api.post("coordinator", "/api/v1/groups/DP1/call-ins", """
                {"heldOn":"2026-01-11","promiseId":"HUDDINGE-2024","attendees":["DP1-A"],
                 "speakers":[{"role":"RELATIVE","name":"Mamma 850101-1234"}],"customNotifications":[]}"""), "speakers[0].name");
        refused(api.get("coordinator", "/api/v1/persons/850101-1234"), "ref");
        refused(api.get("auditor", "/api/v1/audit?subject=person:850101-1234"), "subject");
        assertThat(api.counts()).isEqualTo(counts);
        // pseudonymous references, ordinary dates and case numbers pass
        assertThat(api.put("admin", "/api/v1/persons/P-0042", "{\"birthDate\":\"1985-01-01\"}")
                        .status())
                .isEqualTo(201);
        Api.Answer ok = api.post(
                "liaison",
                "/api/v1/incidents",
                incident(
                                "K-2026-5000-123",
                                "SHOOTING",
                                "2026-02-01T21:40:00+01:00",
                                "DP1",
                                "PERPETRATOR",
                                "CONFIRMED",
                                "DP1-A")
                        .replace("Fiktiv händelse", "Skott kl 21.40 den 2026-02-01, 3 hylsor, ärende 5000-K123456-26"));
        assertThat(ok.status()).as(ok.text()).isEqualTo(201);
    }

    @Test
    void theAccessLogHasOneLinePerRequestWithoutBodyOrQueryString(CapturedOutput output) {
        api.group("DP3", true);
        Api.Answer reported = api.post(
                "liaison",
                "/api/v1/incidents",
                incident("K-DP-LOG", "SHOOTING", "2026-02-01T21:40:00+01:00", "DP3", "PERPETRATOR", "CONFIRMED")
                        .replace("Fiktiv händelse", "Hemlig fritext om en namngiven person"));
        assertThat(reported.status()).as(reported.text()).isEqualTo(201);
        api.get("coordinator", "/api/v1/recommendations?groupRef=DP3-hemligt-filter");
        api.put("admin", "/api/v1/persons/19850101-1234", "{\"birthDate\":\"1985-01-01\"}");
        api.call(null, org.springframework.http.HttpMethod.GET, "/api/v1/recommendations", null);

        assertThat(output.getOut()).containsPattern("gvi\\.access\\s*: POST /api/v1/incidents 201 \\d+ms user=liaison");
        assertThat(output.getOut()).containsPattern("GET /api/v1/recommendations 200 \\d+ms user=coordinator");
        assertThat(output.getOut()).containsPattern("PUT /api/v1/persons/\\*\\*\\* 422 \\d+ms user=admin");
        assertThat(output.getOut()).containsPattern("GET /api/v1/recommendations 401 \\d+ms user=-");
        assertThat(output.getAll())
                .doesNotContain("Hemlig fritext")
                .doesNotContain("hemligt-filter")
                .doesNotContain("19850101-1234");
    }

    @Test
    void aBodyOverTheLimitIs413AndDeepNestingIs400() throws Exception {
        api.group("DP4", true);
        String counts = api.counts();
        String huge = incident("K-DP-BIG", "SHOOTING", "2026-02-01T21:40:00+01:00", "DP4", "PERPETRATOR", "CONFIRMED")
                .replace("Fiktiv händelse", "x".repeat(70_000));
        MockHttpServletResponse declared = mvc.perform(MockMvcRequestBuilders.post("/api/v1/incidents")
                        .with(httpBasic("liaison", Api.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(huge.getBytes(StandardCharsets.UTF_8)))
                .andReturn()
                .getResponse();
        assertThat(declared.getStatus()).isEqualTo(413);
        assertThat(declared.getContentType()).startsWith("application/problem+json");
        assertThat(declared.getContentAsString()).contains("\"status\":413");

        String deep = "{\"reference\":\"K-DP-DEEP\",\"type\":\"SHOOTING\",\"summary\":" + "[".repeat(100)
                + "]".repeat(100) + "}";
        Api.Answer nested = api.post("liaison", "/api/v1/incidents", deep);
        assertThat(nested.status()).as(nested.text()).isEqualTo(400);
        assertThat(nested.contentType()).startsWith("application/problem+json");
        assertThat(api.counts()).isEqualTo(counts);
    }

    private static void refused(Api.Answer answer, String field) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(answer.text()).doesNotContain("1234");
    }
}

package se.samverkan.gvi.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import se.samverkan.gvi.refusal.UnprocessableException;
import se.samverkan.gvi.security.SecurityConfiguration;
import se.samverkan.gvi.web.JsonSettings;

/** The web layer of incident reporting: what is refused before the service is ever called. */
@WebMvcTest(IncidentController.class)
@Import({SecurityConfiguration.class, JsonSettings.class})
class IncidentControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    IncidentService incidents;

    private MockHttpServletResponse post(String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/incidents")
                        .with(httpBasic("liaison", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn()
                .getResponse();
    }

    @Test
    void syntaxErrorsAreProblemsThatNameTheFieldAndNeverReachTheService() throws Exception {
        MockHttpServletResponse unknownField = post("{\"reference\":\"K-1\",\"type\":\"SHOOTING\","
                + "\"occurredAt\":\"2026-01-01T10:00:00Z\",\"severity\":3}");
        assertThat(unknownField.getStatus()).isEqualTo(400);
        assertThat(unknownField.getContentType()).isEqualTo("application/problem+json");
        assertThat(unknownField.getContentAsString())
                .contains("\"field\":\"severity\"")
                .contains("\"type\":\"urn:gvi:problem:validation\"");

        MockHttpServletResponse tooLong = post("{\"reference\":\"K-1\",\"type\":\"SHOOTING\","
                + "\"occurredAt\":\"2026-01-01T10:00:00Z\",\"summary\":\"" + "x".repeat(2001) + "\"}");
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(tooLong.getContentAsString())
                .contains("\"field\":\"summary\"")
                .doesNotContain("xxxx");

        MockHttpServletResponse badDate =
                post("{\"reference\":\"K-1\",\"type\":\"SHOOTING\",\"occurredAt\":\"yesterday\"}");
        assertThat(badDate.getStatus()).isEqualTo(400);
        assertThat(badDate.getContentAsString()).contains("\"field\":\"occurredAt\"");

        MockHttpServletResponse badRef = post("{\"reference\":\"19900101-1234 Anna\",\"type\":\"SHOOTING\","
                + "\"occurredAt\":\"2026-01-01T10:00:00Z\"}");
        // an identity number is refused before validation, as 422, wherever it appears (docs/security.md)
        assertThat(badRef.getStatus()).isEqualTo(422);
        assertThat(badRef.getContentAsString())
                .contains("\"field\":\"reference\"")
                .doesNotContain("Anna")
                .doesNotContain("1234");

        assertThat(post("not json").getStatus()).isEqualTo(400);
        assertThat(post("[]").getStatus()).isEqualTo(400);
        verifyNoInteractions(incidents);
    }

    @Test
    void aValidReportAnswers201AndARefusalOfTheServiceIsA422Problem() throws Exception {
        String body = "{\"reference\":\"K-1\",\"type\":\"SHOOTING\",\"occurredAt\":\"2026-01-01T10:00:00+01:00\"}";
        when(incidents.report(any(), any()))
                .thenReturn(new IncidentService.Reported(
                        new IncidentReport("K-1", 1, Instant.parse("2026-01-02T00:00:00Z"), List.of(), List.of()),
                        true));
        MockHttpServletResponse created = post(body);
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getContentAsString()).contains("\"reportedAt\":\"2026-01-02T00:00:00Z\"");

        when(incidents.report(any(), any()))
                .thenThrow(new UnprocessableException("occurredAt", "occurredAt is in the future"));
        MockHttpServletResponse refused = post(body);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("\"errors\":[{").contains("\"field\":\"occurredAt\"");
    }
}

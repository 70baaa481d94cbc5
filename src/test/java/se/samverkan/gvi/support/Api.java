package se.samverkan.gvi.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the API as one of the demo users, and reads the answer as JSON. */
public final class Api {

    public static final String PASSWORD = "demo";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final String prefix;
    private final String promiseId;

    public Api(MockMvc mvc, JdbcClient jdbc) {
        this(mvc, jdbc, "", "HUDDINGE-2024");
    }

    private Api(MockMvc mvc, JdbcClient jdbc, String prefix, String promiseId) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.prefix = prefix;
        this.promiseId = promiseId;
    }

    /**
     * The same calls, whose fixtures are registered by the demo users of another site
     * ({@code malmo-admin}) and whose call-ins deliver that site's promise ({@code MALMO-2025}).
     */
    public Api site(String site, String promiseId) {
        return new Api(mvc, jdbc, site + "-", promiseId);
    }

    public record Answer(int status, @Nullable String contentType, JsonNode body, String text) {

        public JsonNode get(String field) {
            return body.path(field);
        }
    }

    public Answer call(@Nullable String user, HttpMethod method, String path, @Nullable String json) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, java.net.URI.create(path));
        if (user != null) {
            request.with(httpBasic(user, PASSWORD));
        }
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            String text = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            JsonNode body = text.isBlank() ? JSON.missingNode() : JSON.readTree(text);
            return new Answer(response.getStatus(), response.getContentType(), body, text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Answer get(String user, String path) {
        return call(user, HttpMethod.GET, path, null);
    }

    public Answer post(String user, String path, String json) {
        return call(user, HttpMethod.POST, path, json);
    }

    public Answer put(String user, String path, String json) {
        return call(user, HttpMethod.PUT, path, json);
    }

    public long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** Row counts of every table a refused request might have written to. */
    public String counts() {
        StringBuilder text = new StringBuilder();
        for (String table : new String[] {
            "person",
            "gvi_group",
            "group_audit",
            "group_audit_member",
            "call_in",
            "call_in_attendee",
            "custom_notification",
            "delivered_promise",
            "incident",
            "incident_version",
            "incident_attribution",
            "incident_suspect",
            "incident_unattributed_suspect",
            "recommendation",
            "recommendation_action",
            "recommendation_exclusion",
            "recommendation_decision",
            "sanction_round",
            "decision_log"
        }) {
            text.append(table).append('=').append(count(table)).append(' ');
        }
        return text.toString();
    }

    // --- fixtures ---------------------------------------------------------------------------------

    /**
     * A group {@code ref} with four members: {@code ref-A} adult under supervision with a vehicle,
     * {@code ref-B} 16 years old, {@code ref-C} 12 years old, {@code ref-D} adult in custody;
     * with a call-in on 2026-01-10 when {@code calledIn}.
     */
    public void group(String ref, boolean calledIn) {
        person(ref + "-A", "1998-04-01", "\"underSupervision\":true,\"registeredVehicle\":true");
        person(ref + "-B", "2009-06-01", "\"priorViolentOffence\":true");
        person(ref + "-C", "2013-09-01", "");
        person(ref + "-D", "1995-01-01", "\"inCustody\":true,\"outstandingWarrant\":true");
        Answer group = put(prefix + "admin", "/api/v1/groups/" + ref, """
                {"name":"Grupp %s","area":"Fiktiva området","rivals":[],
                 "audit":{"mappedOn":"2025-06-01","members":[
                   {"personRef":"%s-A","joinedOn":"2024-01-01"},{"personRef":"%s-B","joinedOn":"2024-01-01"},
                   {"personRef":"%s-C","joinedOn":"2024-01-01"},{"personRef":"%s-D","joinedOn":"2024-01-01"}]}}""".formatted(ref, ref, ref, ref, ref));
        if (group.status() != 201) {
            throw new IllegalStateException("group fixture refused: " + group.text());
        }
        if (calledIn) {
            Answer callIn = post(prefix + "coordinator", "/api/v1/groups/" + ref + "/call-ins", """
                    {"heldOn":"2026-01-10","promiseId":"%s","attendees":["%s-A","%s-B"],
                     "speakers":[{"role":"RELATIVE","name":"En mamma"},{"role":"POLICE"}],
                     "customNotifications":[{"personRef":"%s-D","deliveredOn":"2026-01-12"}]}""".formatted(
                            promiseId, ref, ref, ref));
            if (callIn.status() != 201) {
                throw new IllegalStateException("call-in fixture refused: " + callIn.text());
            }
        }
    }

    public void person(String ref, String birthDate, String facts) {
        Answer person = put(
                prefix + "admin",
                "/api/v1/persons/" + ref,
                "{\"birthDate\":\"" + birthDate + "\"" + (facts.isEmpty() ? "" : "," + facts) + "}");
        if (person.status() != 201 && person.status() != 200) {
            throw new IllegalStateException("person fixture refused: " + person.text());
        }
    }

    /** An incident body with one attribution. */
    public static String incident(
            String reference,
            String type,
            String occurredAt,
            String groupRef,
            String role,
            String confidence,
            String... suspects) {
        StringBuilder s = new StringBuilder();
        for (String suspect : suspects) {
            s.append(s.length() == 0 ? "" : ",").append('"').append(suspect).append('"');
        }
        return """
                {"reference":"%s","type":"%s","occurredAt":"%s","area":"Fiktiva torget","summary":"Fiktiv händelse",
                 "attributions":[{"groupRef":"%s","role":"%s","confidence":"%s"}],"suspects":[%s]}""".formatted(reference, type, occurredAt, groupRef, role, confidence, s);
    }

    /** Makes an {@link Api} on the test's MockMvc available for injection ({@link IntegrationTest}). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        Api testApi(MockMvc mvc, JdbcClient jdbc) {
            return new Api(mvc, jdbc);
        }
    }
}

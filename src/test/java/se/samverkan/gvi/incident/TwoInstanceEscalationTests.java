package se.samverkan.gvi.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverkan.gvi.GviApplication;
import se.samverkan.gvi.support.Instances;
import se.samverkan.gvi.support.PostgresAvailable;
import se.samverkan.gvi.support.PostgresSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two incidents of one group posted at the same moment, one to each of two instances that share one
 * PostgreSQL schema, are evaluated one after the other (the group's row lock in the database, not a lock
 * in either instance's memory), so GVI-14 sees the one stored first when it decides the second:
 * <ul>
 *   <li>no earlier enforcement of the group: exactly one is STANDARD (the one stored first) and the other
 *       ESCALATED, never both STANDARD;</li>
 *   <li>an earlier GROUP_ENFORCEMENT pending review, within the window: both are ESCALATED;</li>
 *   <li>an earlier enforcement that a coordinator REJECTED, or one more than 90 days older: it does not
 *       count, so again exactly one is STANDARD and the other ESCALATED.</li>
 * </ul>
 * Each case runs for several fresh groups, alternating which instance gets the earlier incident.
 */
@ExtendWith(PostgresAvailable.class)
class TwoInstanceEscalationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static JdbcClient jdbc;
    private static int groups;

    @BeforeAll
    static void startTwoInstances() {
        Map<String, String> database = PostgresSchema.properties("two_instance_escalation");
        first = start(database);
        second = start(database);
        jdbc = first.getBean(JdbcClient.class);
    }

    private static ConfigurableApplicationContext start(Map<String, String> database) {
        Map<String, String> properties = new HashMap<>(database);
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("spring.main.banner-mode", "off");
        // cheap demo-user hashes, so the two requests of a round reach the database at nearly the same moment
        properties.put("gvi.security.password-hash-strength", "4");
        String[] args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(GviApplication.class).run(args);
    }

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void twoFirstIncidentsAtOnceGiveOneStandardAndOneEscalatedNeverTwoStandard() throws Exception {
        for (int round = 0; round < 6; round++) {
            String group = newGroup();

            List<JsonNode> pair = postAtOnce(group, round);

            assertOneStandardThenOneEscalated(pair);
        }
    }

    @Test
    void withAStandingEnforcementBothIncidentsAtOnceAreEscalated() throws Exception {
        for (int round = 0; round < 3; round++) {
            String group = newGroup();
            JsonNode earlier =
                    recommendation(post(first, incident("K-" + group + "-0", group, "2026-02-20T20:00:00+01:00")));
            assertThat(earlier.path("priority").asString()).isEqualTo("STANDARD");

            List<JsonNode> pair = postAtOnce(group, round);

            assertThat(pair).extracting(r -> r.path("priority").asString()).containsExactly("ESCALATED", "ESCALATED");
        }
    }

    @Test
    void anEarlierEnforcementThatWasRejectedDoesNotCountSoExactlyOneOfTheTwoIsEscalated() throws Exception {
        for (int round = 0; round < 3; round++) {
            String group = newGroup();
            JsonNode earlier =
                    recommendation(post(first, incident("K-" + group + "-0", group, "2026-02-20T20:00:00+01:00")));
            HttpResponse<String> rejected = call(
                    second,
                    "coordinator",
                    "POST",
                    "/api/v1/recommendations/" + earlier.path("id").asString() + "/decision",
                    "{\"decision\":\"REJECTED\",\"reason\":\"Fiktivt skäl\"}");
            assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);

            List<JsonNode> pair = postAtOnce(group, round);

            assertOneStandardThenOneEscalated(pair);
        }
    }

    @Test
    void anEarlierEnforcementOutsideTheWindowDoesNotCountSoExactlyOneOfTheTwoIsEscalated() throws Exception {
        for (int round = 0; round < 3; round++) {
            String group = newGroup();
            // 2025-10-01 is 151 days before 2026-03-01, past the default promise's 90-day window
            JsonNode earlier =
                    recommendation(post(first, incident("K-" + group + "-0", group, "2025-10-01T20:00:00+02:00")));
            assertThat(earlier.path("outcome").asString()).isEqualTo("GROUP_ENFORCEMENT");

            List<JsonNode> pair = postAtOnce(group, round);

            assertOneStandardThenOneEscalated(pair);
        }
        HttpResponse<String> verify = call(second, "auditor", "GET", "/api/v1/audit/verify", null);
        assertThat(JSON.readTree(verify.body()).path("valid").asBoolean())
                .as(verify.body())
                .isTrue();
    }

    /** The two incidents of a round, same incident date, posted at once: one to each instance. */
    private static List<JsonNode> postAtOnce(String group, int round) throws Exception {
        String early = incident("K-" + group + "-1", group, "2026-03-01T20:00:00+01:00");
        String late = incident("K-" + group + "-2", group, "2026-03-01T21:30:00+01:00");
        ConfigurableApplicationContext toEarly = round % 2 == 0 ? first : second;
        ConfigurableApplicationContext toLate = round % 2 == 0 ? second : first;
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<HttpResponse<String>> a =
                CompletableFuture.supplyAsync(() -> postWhen(go, toEarly, early), POOL);
        CompletableFuture<HttpResponse<String>> b =
                CompletableFuture.supplyAsync(() -> postWhen(go, toLate, late), POOL);
        go.countDown();
        List<JsonNode> pair = new ArrayList<>();
        for (HttpResponse<String> answer : List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS))) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            JsonNode recommendation = recommendation(answer);
            assertThat(recommendation.path("outcome").asString()).isEqualTo("GROUP_ENFORCEMENT");
            pair.add(recommendation);
        }
        // what was answered is what is stored
        for (JsonNode r : pair) {
            String stored = jdbc.sql("select priority from recommendation where id = cast(:id as uuid)")
                    .param("id", r.path("id").asString())
                    .query(String.class)
                    .single();
            assertThat(stored).isEqualTo(r.path("priority").asString());
        }
        return pair;
    }

    /** One STANDARD and one ESCALATED, and the STANDARD one is the incident whose evaluation was stored first. */
    private static void assertOneStandardThenOneEscalated(List<JsonNode> pair) {
        assertThat(pair)
                .extracting(r -> r.path("priority").asString())
                .containsExactlyInAnyOrder("STANDARD", "ESCALATED");
        JsonNode standard = pair.stream()
                .filter(r -> r.path("priority").asString().equals("STANDARD"))
                .findFirst()
                .orElseThrow();
        JsonNode escalated = pair.stream()
                .filter(r -> r.path("priority").asString().equals("ESCALATED"))
                .findFirst()
                .orElseThrow();
        assertThat(createdSeq(standard)).as("the STANDARD one was stored first").isLessThan(createdSeq(escalated));
    }

    private static long createdSeq(JsonNode recommendation) {
        return jdbc.sql("select seq from decision_log where subject = :subject and action = 'RECOMMENDATION_CREATED'")
                .param("subject", "recommendation:" + recommendation.path("id").asString())
                .query(Long.class)
                .single();
    }

    private static JsonNode recommendation(HttpResponse<String> answer) {
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("recommendations").size()).as(answer.body()).isEqualTo(1);
        return body.path("recommendations").get(0);
    }

    /** A fresh group of two members, on notice by a call-in of 2025-06-01. */
    private static String newGroup() throws Exception {
        String group = "TI" + (++groups);
        for (String member : List.of(group + "-A", group + "-B")) {
            expect(
                    call(
                            first,
                            "admin",
                            "PUT",
                            "/api/v1/persons/" + member,
                            "{\"birthDate\":\"1999-04-01\",\"underSupervision\":true}"),
                    201);
        }
        expect(call(second, "admin", "PUT", "/api/v1/groups/" + group, """
                {"name":"Fiktiv grupp","area":"Fiktiva området","rivals":[],
                 "audit":{"mappedOn":"2025-05-01","members":[{"personRef":"%1$s-A","joinedOn":"2024-01-01"},
                   {"personRef":"%1$s-B","joinedOn":"2024-01-01"}]}}""".formatted(group)), 201);
        expect(
                call(
                        first,
                        "coordinator",
                        "POST",
                        "/api/v1/groups/" + group + "/call-ins",
                        "{\"heldOn\":\"2025-06-01\",\"promiseId\":\"HUDDINGE-2024\",\"attendees\":[\"" + group
                                + "-A\"]}"),
                201);
        return group;
    }

    private static String incident(String reference, String group, String occurredAt) {
        return """
                {"reference":"%s","type":"SHOOTING","occurredAt":"%s","area":"Fiktivt","summary":"Fiktiv händelse",
                 "attributions":[{"groupRef":"%s","role":"PERPETRATOR","confidence":"CONFIRMED"}],"suspects":[]}""".formatted(reference, occurredAt, group);
    }

    private static HttpResponse<String> postWhen(
            CountDownLatch go, ConfigurableApplicationContext instance, String body) {
        try {
            go.await();
            return post(instance, body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> post(ConfigurableApplicationContext instance, String body) throws Exception {
        HttpResponse<String> answer = call(instance, "liaison", "POST", "/api/v1/incidents", body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return answer;
    }

    private static void expect(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    }

    private static HttpResponse<String> call(
            ConfigurableApplicationContext instance, String user, String method, String path, @Nullable String body)
            throws Exception {
        return Instances.call(instance, user, method, path, body);
    }
}

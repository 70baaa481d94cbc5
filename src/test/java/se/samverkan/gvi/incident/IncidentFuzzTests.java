package se.samverkan.gvi.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import se.samverkan.gvi.GviApplication;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.PostgresAvailable;
import se.samverkan.gvi.support.PostgresSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile input against {@code POST /api/v1/incidents}, on PostgreSQL: 300 seeded tries of
 * malformed JSON, unknown fields, wrong enumerations, huge strings, identity numbers, future dates,
 * unknown groups, duplicated attributions, conflicting repeats and valid incidents. Never a 5xx; a
 * refusal stores nothing; a success stores the incident whole; the decision log verifies at the end.
 */
@AddLifecycleHook(IncidentFuzzTests.PostgresOrSkip.class)
class IncidentFuzzTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> GROUPS = List.of("FZ1", "FZ2");
    private static final List<String> TYPES = List.of("HOMICIDE", "ATTEMPTED_HOMICIDE", "SHOOTING", "EXPLOSION",
            "AGGRAVATED_ASSAULT", "ARSON", "THREAT", "ROBBERY", "DRUG_OFFENCE", "OTHER");
    private static final AtomicInteger REFERENCES = new AtomicInteger();
    private static ConfigurableApplicationContext context;
    private static Api api;
    private static JdbcClient jdbc;

    /** A body and what kind of input it is. */
    record Input(String kind, String body) {
        @Override
        public String toString() {
            return kind + ": " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    @Property(tries = 300, seed = "20260201", shrinking = ShrinkingMode.OFF, generation = GenerationMode.RANDOMIZED)
    void hostileIncidentsNeverBreakTheServiceOrLeaveHalfAnIncident(@ForAll("inputs") Input input) {
        Api api = api();
        String before = counts();
        Api.Answer answer = api.post("liaison", "/api/v1/incidents", input.body());
        Statistics.label("input").collect(input.kind());
        Statistics.label("status").collect(answer.status());
        assertThat(answer.status()).as("%s -> %s", input, answer.text()).isLessThan(500);
        if (answer.status() >= 400) {
            assertThat(answer.contentType()).as(input.toString()).startsWith("application/problem+json");
            assertThat(counts()).as("a refused request stores nothing: %s", input).isEqualTo(before);
            return;
        }
        if (answer.status() == 201) {
            JsonNode sent = JSON.readTree(input.body());
            String reference = sent.get("reference").asString();
            Api.Answer stored = api.get("liaison", "/api/v1/incidents/" + reference);
            assertThat(stored.status()).isEqualTo(200);
            JsonNode current = stored.get("current");
            assertThat(current.get("type").asString()).isEqualTo(sent.get("type").asString());
            assertThat(OffsetDateTime.parse(current.get("occurredAt").asString()).toInstant())
                    .isEqualTo(OffsetDateTime.parse(sent.get("occurredAt").asString()).toInstant());
            assertThat(current.get("summary").asString()).isEqualTo(sent.path("summary").asString());
            assertThat(current.get("attributions").size()).isEqualTo(sent.get("attributions").size());
            assertThat(current.get("suspects").size()).isEqualTo(sent.get("suspects").size());
            assertThat(stored.get("recommendations").size()).isEqualTo(sent.get("attributions").size());
            assertThat(answer.get("recommendations").size()).isEqualTo(sent.get("attributions").size());
        }
    }

    /** Row counts of every table a report writes to, in one query. */
    private static String counts() {
        return jdbc.sql("""
                select (select count(*) from incident) || ' ' || (select count(*) from incident_version) || ' '
                    || (select count(*) from incident_attribution) || ' ' || (select count(*) from incident_suspect) || ' '
                    || (select count(*) from recommendation) || ' ' || (select count(*) from recommendation_action) || ' '
                    || (select count(*) from recommendation_exclusion) || ' ' || (select count(*) from sanction_round) || ' '
                    || (select count(*) from person) || ' ' || (select count(*) from decision_log)""")
                .query(String.class).single();
    }

    @AfterContainer
    static void theDecisionLogStillVerifies() {
        if (context == null) {
            return;
        }
        try {
            Api.Answer verify = api.get("auditor", "/api/v1/audit/verify");
            assertThat(verify.get("valid").asBoolean()).as(verify.text()).isTrue();
            assertThat(verify.get("entries").asLong()).isPositive();
        } finally {
            context.close();
            context = null;
        }
    }

    @Provide
    Arbitrary<Input> inputs() {
        Arbitrary<ObjectNode> valid = validIncidents();
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, valid.map(n -> new Input("valid", n.toString()))),
                net.jqwik.api.Tuple.of(2, valid.flatMap(n -> Arbitraries.integers().between(1, n.toString().length() - 1)
                        .map(cut -> new Input("truncated JSON", n.toString().substring(0, cut))))),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(200).map(s -> new Input("garbage", s))),
                net.jqwik.api.Tuple.of(1, valid.map(n -> new Input("unknown field", n.put("severity", 3).toString()))),
                net.jqwik.api.Tuple.of(1, valid.flatMap(n -> Arbitraries.of("type", "role", "confidence")
                        .map(f -> new Input("wrong enum " + f, wrongEnum(n, f))))),
                net.jqwik.api.Tuple.of(1, valid.flatMap(n -> Arbitraries.integers().between(2001, 80_000)
                        .map(len -> new Input("huge summary", n.put("summary", "x".repeat(len)).toString())))),
                net.jqwik.api.Tuple.of(1, valid.flatMap(n -> Arbitraries.of("850101-1234", "850101+1234", "198501011234",
                        "19850101-1234", "8501611234").map(p -> new Input("identity number", withSuspect(n, p))))),
                net.jqwik.api.Tuple.of(1, valid.flatMap(n -> Arbitraries.integers().between(1, 3000)
                        .map(days -> new Input("future date", n.put("occurredAt",
                                Instant.now().plus(Duration.ofDays(days)).atOffset(ZoneOffset.ofHours(1)).toString())
                                .toString())))),
                net.jqwik.api.Tuple.of(1, valid.map(n -> new Input("unknown group", withGroup(n, "FZ-NOPE")))),
                net.jqwik.api.Tuple.of(1, valid.map(n -> new Input("duplicated attribution", duplicated(n)))),
                net.jqwik.api.Tuple.of(1, valid.map(n -> new Input("missing reference", without(n, "reference")))),
                net.jqwik.api.Tuple.of(1, valid.map(n -> new Input("conflicting repeat", repeatedWithOtherContent(n)))));
    }

    private Arbitrary<ObjectNode> validIncidents() {
        Arbitrary<ObjectNode> attribution = Combinators.combine(Arbitraries.of(GROUPS),
                Arbitraries.of("PERPETRATOR", "VICTIM"), Arbitraries.of("CONFIRMED", "PROBABLE", "SUSPECTED"))
                .as((g, r, c) -> {
                    ObjectNode a = JSON.createObjectNode();
                    a.put("groupRef", g).put("role", r).put("confidence", c);
                    return a;
                });
        return Combinators.combine(Arbitraries.of(TYPES), Arbitraries.integers().between(1, 900),
                        Arbitraries.of(-5, 0, 1, 2), Arbitraries.strings().withCharRange(' ', 'ö').ofMaxLength(300),
                        attribution.list().ofMinSize(0).ofMaxSize(2).uniqueElements(a -> a.get("groupRef").asString()),
                        Arbitraries.of("FZ1-A", "FZ1-B", "FZ2-C", "FZ-LONE").list().ofMaxSize(3).uniqueElements())
                .as((type, daysAgo, offset, summary, attributions, suspects) -> {
                    ObjectNode n = JSON.createObjectNode();
                    n.put("reference", "K-FZ-" + REFERENCES.incrementAndGet());
                    n.put("type", type);
                    n.put("occurredAt", Instant.now().minus(Duration.ofDays(daysAgo)).truncatedTo(ChronoUnit.SECONDS)
                            .atOffset(ZoneOffset.ofHours(offset)).toString());
                    n.put("area", "Fiktiva torget");
                    n.put("summary", summary);
                    ArrayNode a = n.putArray("attributions");
                    attributions.forEach(a::add);
                    ArrayNode s = n.putArray("suspects");
                    suspects.forEach(s::add);
                    return n;
                });
    }

    private static String wrongEnum(ObjectNode n, String field) {
        if (field.equals("type")) {
            return n.put("type", "MURDER").toString();
        }
        ObjectNode a = JSON.createObjectNode();
        a.put("groupRef", "FZ1").put("role", "PERPETRATOR").put("confidence", "CONFIRMED").put(field, "MAYBE");
        n.putArray("attributions").add(a);
        return n.toString();
    }

    private static String withSuspect(ObjectNode n, String suspect) {
        ((ArrayNode) n.get("suspects")).add(suspect);
        return n.toString();
    }

    private static String withGroup(ObjectNode n, String group) {
        ObjectNode a = JSON.createObjectNode();
        a.put("groupRef", group).put("role", "PERPETRATOR").put("confidence", "CONFIRMED");
        ((ArrayNode) n.get("attributions")).add(a);
        return n.toString();
    }

    private static String duplicated(ObjectNode n) {
        ObjectNode a = JSON.createObjectNode();
        a.put("groupRef", "FZ1").put("role", "PERPETRATOR").put("confidence", "CONFIRMED");
        ObjectNode b = JSON.createObjectNode();
        b.put("groupRef", "FZ1").put("role", "VICTIM").put("confidence", "PROBABLE");
        n.putArray("attributions").add(a).add(b);
        return n.toString();
    }

    private static String without(ObjectNode n, String field) {
        n.remove(field);
        return n.toString();
    }

    /** Reports the incident once (outside the property's counts) and then sends other content under its reference. */
    private static String repeatedWithOtherContent(ObjectNode n) {
        Api.Answer first = api().post("liaison", "/api/v1/incidents", n.toString());
        assertThat(first.status()).as(first.text()).isLessThan(500);
        return n.put("area", "Ett annat område").toString();
    }

    private static synchronized Api api() {
        if (context == null) {
            Map<String, Object> properties = new LinkedHashMap<>();
            PostgresSchema.register((name, value) -> properties.put(name, value.get()), "incident_fuzz");
            String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new);
            context = new SpringApplicationBuilder(GviApplication.class)
                    .web(org.springframework.boot.WebApplicationType.SERVLET)
                    .properties("server.port=0", "gvi.retention.cron=-",
                            // the demo users' bcrypt cost is paid on every request; the fuzzing is not about it
                            "gvi.security.password-hash-strength=4").run(args);
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                    .apply(SecurityMockMvcConfigurers.springSecurity()).build();
            jdbc = context.getBean(JdbcClient.class);
            api = new Api(mvc, jdbc);
            api.group("FZ1", true);
            api.group("FZ2", false);
            api.person("FZ-LONE", "1990-01-01", "");
        }
        return api;
    }

    /** Runs only where the test PostgreSQL answers; with GVI_REQUIRE_POSTGRES=true its absence fails. */
    static class PostgresOrSkip implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            try (Connection c = DriverManager.getConnection(PostgresAvailable.URL, PostgresAvailable.USER, "")) {
                return SkipResult.doNotSkip();
            } catch (Exception e) {
                if ("true".equalsIgnoreCase(System.getenv("GVI_REQUIRE_POSTGRES"))) {
                    throw new IllegalStateException("GVI_REQUIRE_POSTGRES=true but PostgreSQL does not answer", e);
                }
                return SkipResult.skip("PostgreSQL does not answer at " + PostgresAvailable.URL);
            }
        }
    }
}

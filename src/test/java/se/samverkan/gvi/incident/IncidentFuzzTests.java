package se.samverkan.gvi.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainerHook;
import net.jqwik.api.lifecycle.ContainerLifecycleContext;
import net.jqwik.api.statistics.Statistics;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import se.samverkan.gvi.GviApplication;
import se.samverkan.gvi.input.PersonalIdentityNumbers;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.PostgresSchema;
import se.samverkan.gvi.support.TestPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile input on PostgreSQL against {@code POST /api/v1/incidents} — 400 seeded tries of
 * malformed JSON, unknown fields, wrong enumerations, huge strings, identity numbers (also in
 * look-alike characters), future and boundary dates, numbers for dates, odd references, duplicate
 * keys, control characters, unknown groups, duplicated attributions, conflicting repeats and valid
 * incidents — and against the coordinator's decision form. Never a 5xx; a refusal stores nothing;
 * a success stores the incident whole; the decision log verifies at the end.
 */
@AddLifecycleHook(IncidentFuzzTests.NeedsPostgres.class)
class IncidentFuzzTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> GROUPS = List.of("FZ1", "FZ2");
    private static final List<String> TYPES = List.of(
            "HOMICIDE",
            "ATTEMPTED_HOMICIDE",
            "SHOOTING",
            "EXPLOSION",
            "AGGRAVATED_ASSAULT",
            "ARSON",
            "THREAT",
            "ROBBERY",
            "DRUG_OFFENCE",
            "OTHER");
    private static final AtomicInteger REFERENCES = new AtomicInteger();
    private static ConfigurableApplicationContext context;
    private static Api api;
    private static MockMvc mvc;
    private static JdbcClient jdbc;

    /** A body and what kind of input it is. */
    record Input(String kind, String body) {
        @Override
        public String toString() {
            return kind + ": " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    @Property(tries = 400, seed = "20260201", shrinking = ShrinkingMode.OFF, generation = GenerationMode.RANDOMIZED)
    void hostileIncidentsNeverBreakTheServiceOrLeaveHalfAnIncident(@ForAll("inputs") Input input) {
        Api api = api();
        String before = counts();
        Api.Answer answer = api.post("liaison", "/api/v1/incidents", input.body());
        Statistics.label("input").collect(input.kind());
        Statistics.label("status").collect(answer.status());
        assertThat(answer.status()).as("%s -> %s", input, answer.text()).isLessThan(500);
        if (answer.status() >= 400) {
            assertThat(answer.contentType()).as(input.toString()).startsWith("application/problem+json");
            assertThat(counts())
                    .as("a refused request stores nothing: %s", input)
                    .isEqualTo(before);
            return;
        }
        if (answer.status() == 201) {
            JsonNode sent = JSON.readTree(input.body());
            String reference = sent.get("reference").asString();
            Api.Answer stored = api.get("liaison", "/api/v1/incidents/" + reference);
            assertThat(stored.status()).isEqualTo(200);
            JsonNode current = stored.get("current");
            assertThat(current.get("type").asString())
                    .isEqualTo(sent.get("type").asString());
            assertThat(OffsetDateTime.parse(current.get("occurredAt").asString())
                            .toInstant())
                    .isEqualTo(OffsetDateTime.parse(sent.get("occurredAt").asString())
                            .toInstant());
            assertThat(current.get("summary").asString())
                    .isEqualTo(sent.path("summary").asString());
            assertThat(current.get("attributions").size())
                    .isEqualTo(sent.get("attributions").size());
            assertThat(current.get("suspects").size())
                    .isEqualTo(sent.get("suspects").size());
            assertThat(stored.get("recommendations").size())
                    .isEqualTo(sent.get("attributions").size());
            assertThat(answer.get("recommendations").size())
                    .isEqualTo(sent.get("attributions").size());
        }
    }

    /** A decision form as a browser could post it: the button, ticked action ids and a reason. */
    record Form(String kind, String decision, List<String> ticked, String reason) {
        @Override
        public String toString() {
            return kind + ": " + decision + " " + ticked + " "
                    + (reason.length() > 80 ? reason.substring(0, 80) + "…" : reason);
        }
    }

    @Property(tries = 100, seed = "20261204", shrinking = ShrinkingMode.OFF, generation = GenerationMode.RANDOMIZED)
    void hostileDecisionFormsNeverBreakThePageAndARefusalDecidesNothing(@ForAll("forms") Form form) throws Exception {
        Api api = api();
        Api.Answer reported = api.post("liaison", "/api/v1/incidents", """
                {"reference":"K-FZF-%d","type":"SHOOTING","occurredAt":"2026-02-01T21:40:00+01:00",
                 "attributions":[{"groupRef":"FZ1","role":"PERPETRATOR","confidence":"CONFIRMED"}]}""".formatted(REFERENCES.incrementAndGet()));
        String id = reported.get("recommendations").get(0).get("id").asString();
        String actionId = api.get("coordinator", "/api/v1/recommendations/" + id)
                .get("actions")
                .get(0)
                .get("id")
                .asString();
        String before = formWrites(id);

        MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post("/recommendations/" + id + "/decision")
                .with(SecurityMockMvcRequestPostProcessors.user("coordinator")
                        .authorities(
                                new SimpleGrantedAuthority("ROLE_COORDINATOR"),
                                new SimpleGrantedAuthority("SITE_huddinge")))
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .param("decision", form.decision())
                .param("reason", form.reason());
        form.ticked().forEach(t -> post.param("approvedActionIds", t.equals("ACTION") ? actionId : t));
        MockHttpServletResponse answer = mvc.perform(post).andReturn().getResponse();
        Statistics.label("form").collect(form.kind());
        Statistics.label("status").collect(answer.getStatus());

        assertThat(answer.getStatus())
                .as("%s -> %s", form, answer.getContentAsString())
                .isLessThan(500);
        String status = api.get("coordinator", "/api/v1/recommendations/" + id)
                .get("status")
                .asString();
        if (answer.getStatus() >= 400) {
            assertThat(status).as(form.toString()).isEqualTo("PENDING_REVIEW");
            assertThat(formWrites(id))
                    .as("a refused form stores nothing: %s", form)
                    .isEqualTo(before);
            assertThat(answer.getContentAsString()).as(form.toString()).contains("id=\"decision-form\"");
        } else {
            assertThat(answer.getStatus()).as(form.toString()).isEqualTo(302);
            assertThat(status).as(form.toString()).isNotEqualTo("PENDING_REVIEW");
            assertThat(form.reason())
                    .as("only a reason the API would take is stored")
                    .satisfies(
                            r -> assertThat(PersonalIdentityNumbers.contains(r)).isFalse());
        }
    }

    /**
     * What a decision writes: decisions, action states, sanction rounds and the log's entries for
     * the recommendation other than reads (showing the refused form again reads and logs the page).
     */
    private static String formWrites(String id) {
        return jdbc.sql("""
                select (select count(*) from recommendation_decision) || ' ' || (select count(*) from sanction_round)
                    || ' ' || (select string_agg(status, ',' order by id) from recommendation_action
                               where recommendation_id = cast(:id as uuid))
                    || ' ' || (select count(*) from decision_log where subject = 'recommendation:' || :id
                               and action <> 'RECOMMENDATION_READ')""").param("id", id).query(String.class).single();
    }

    @Provide
    Arbitrary<Form> forms() {
        Arbitrary<String> decision =
                Arbitraries.of("APPROVED", "PARTIALLY_APPROVED", "REJECTED", "MAYBE", "", "approved");
        Arbitrary<List<String>> ticked = Arbitraries.of(
                        "ACTION",
                        "ACTION",
                        "not-a-uuid",
                        UUID.randomUUID().toString(),
                        "00000000-0000-0000-0000-000000000000")
                .list()
                .ofMaxSize(3);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(
                        3,
                        Combinators.combine(
                                        decision,
                                        ticked,
                                        Arbitraries.strings()
                                                .withCharRange(' ', 'ö')
                                                .ofMaxLength(200))
                                .as((d, t, r) -> new Form("ordinary", d, t, r))),
                net.jqwik.api.Tuple.of(
                        3,
                        Combinators.combine(decision, ticked, LOOK_ALIKES)
                                .as((d, t, p) ->
                                        new Form("look-alike identity number", d, t, "Personen " + p + " hörs"))),
                net.jqwik.api.Tuple.of(
                        2,
                        Combinators.combine(
                                        decision,
                                        ticked,
                                        Arbitraries.of(
                                                "\u0000", "\u0007", "\u001b[31m", "\ud83d ensam", "\ude00 omvänd"))
                                .as((d, t, c) -> new Form("control character", d, t, "Skäl " + c))),
                net.jqwik.api.Tuple.of(
                        1,
                        Combinators.combine(
                                        decision, ticked, Arbitraries.integers().between(2001, 20_000))
                                .as((d, t, n) -> new Form("huge reason", d, t, "x".repeat(n)))));
    }

    /** Row counts of every table a report writes to, in one query. */
    private static String counts() {
        return jdbc.sql("""
                select (select count(*) from incident) || ' ' || (select count(*) from incident_version) || ' '
                    || (select count(*) from incident_attribution) || ' ' || (select count(*) from incident_suspect) || ' '
                    || (select count(*) from recommendation) || ' ' || (select count(*) from recommendation_action) || ' '
                    || (select count(*) from recommendation_exclusion) || ' ' || (select count(*) from sanction_round) || ' '
                    || (select count(*) from person) || ' ' || (select count(*) from decision_log)""").query(String.class).single();
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
                net.jqwik.api.Tuple.of(
                        2,
                        valid.flatMap(n -> Arbitraries.integers()
                                .between(1, n.toString().length() - 1)
                                .map(cut ->
                                        new Input("truncated JSON", n.toString().substring(0, cut))))),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(200).map(s -> new Input("garbage", s))),
                net.jqwik.api.Tuple.of(
                        1,
                        valid.map(n ->
                                new Input("unknown field", n.put("severity", 3).toString()))),
                net.jqwik.api.Tuple.of(
                        1,
                        valid.flatMap(n -> Arbitraries.of("type", "role", "confidence")
                                .map(f -> new Input("wrong enum " + f, wrongEnum(n, f))))),
                net.jqwik.api.Tuple.of(
                        1,
                        valid.flatMap(n -> Arbitraries.integers()
                                .between(2001, 80_000)
                                .map(len -> new Input(
                                        "huge summary",
                                        n.put("summary", "x".repeat(len)).toString())))),
                net.jqwik.api.Tuple.of(
                        1,
                        valid.flatMap(n -> Arbitraries.of(
                                        "850101-1234", "850101+1234", "198501011234", "19850101-1234", "8501611234")
                                .map(p -> new Input("identity number", withSuspect(n, p))))),
                net.jqwik.api.Tuple.of(
                        1,
                        valid.flatMap(n -> Arbitraries.integers()
                                .between(1, 3000)
                                .map(days -> new Input(
                                        "future date",
                                        n.put(
                                                        "occurredAt",
                                                        Instant.now()
                                                                .plus(Duration.ofDays(days))
                                                                .atOffset(ZoneOffset.ofHours(1))
                                                                .toString())
                                                .toString())))),
                net.jqwik.api.Tuple.of(1, valid.map(n -> new Input("unknown group", withGroup(n, "FZ-NOPE")))),
                net.jqwik.api.Tuple.of(1, valid.map(n -> new Input("duplicated attribution", duplicated(n)))),
                net.jqwik.api.Tuple.of(1, valid.map(n -> new Input("missing reference", without(n, "reference")))),
                net.jqwik.api.Tuple.of(1, valid.map(n -> new Input("conflicting repeat", repeatedWithOtherContent(n)))),
                net.jqwik.api.Tuple.of(
                        2,
                        valid.flatMap(n -> LOOK_ALIKES.map(p -> new Input(
                                "look-alike identity number",
                                n.put("summary", "Vittnet " + p + " såg allt").toString())))),
                net.jqwik.api.Tuple.of(
                        2,
                        valid.flatMap(n -> Arbitraries.of(
                                        "0001-01-01T12:00:00+01:00",
                                        "1969-12-31T22:59:59Z",
                                        "1970-01-01T00:00:00+01:00",
                                        "+99999-01-01T00:00:00Z",
                                        "-99999-01-01T00:00:00Z",
                                        "9999-12-31T23:59:59+01:00",
                                        "2026-02-30T12:00:00+01:00")
                                .map(d -> new Input(
                                        "boundary date", n.put("occurredAt", d).toString())))),
                net.jqwik.api.Tuple.of(
                        1,
                        valid.map(n -> new Input(
                                "number for a date",
                                n.toString().replaceFirst("\"occurredAt\":\"[^\"]*\"", "\"occurredAt\":12345")))),
                net.jqwik.api.Tuple.of(
                        2,
                        valid.flatMap(n -> Arbitraries.of(
                                        "K/FZ/1",
                                        "..",
                                        ".",
                                        "K FZ 1",
                                        "Ärende-1",
                                        "",
                                        "-K",
                                        "K".repeat(65),
                                        "K-FZ\u0000")
                                .map(r -> new Input(
                                        "odd reference", n.put("reference", r).toString())))),
                net.jqwik.api.Tuple.of(
                        1,
                        valid.map(n -> new Input(
                                "duplicate key",
                                n.toString().replaceFirst("\"type\":", "\"type\":\"OTHER\",\"type\":")))),
                net.jqwik.api.Tuple.of(
                        2,
                        valid.flatMap(n -> Arbitraries.of(
                                        "\\u0000", "\\u0007", "\\u001b[31m", "\\ud83d ensam", "\\ude00 omvänd")
                                .map(c -> new Input(
                                        "control character",
                                        n.put("summary", "MARK").toString().replace("MARK", "Text " + c))))));
    }

    /** An identity number in look-alike characters: dashes, minus signs, wide spaces, other digits, invisibles. */
    private static final Arbitrary<String> LOOK_ALIKES = Combinators.combine(
                    Arbitraries.of("850101", "19850101", "850161", "20050228"),
                    Arbitraries.of(
                            "-", "\u2013", "\u2014", "\u2212", "\u00A0", "\u202F", ".", "/", "+", " \u2010 ", ""),
                    Arbitraries.of("1234", "9876"),
                    Arbitraries.of(0x30, 0x660, 0x6F0, 0x966, 0xFF10),
                    Arbitraries.of("", "\u200B", "\u2060", "\u00AD"))
            .as((date, separator, serial, zero, invisible) -> {
                StringBuilder out = new StringBuilder();
                (date + "|" + serial).chars().forEach(c -> {
                    if (c == '|') {
                        out.append(separator);
                    } else {
                        out.appendCodePoint(zero + c - '0').append(out.length() % 3 == 0 ? invisible : "");
                    }
                });
                return out.toString();
            });

    private Arbitrary<ObjectNode> validIncidents() {
        Arbitrary<ObjectNode> attribution = Combinators.combine(
                        Arbitraries.of(GROUPS),
                        Arbitraries.of("PERPETRATOR", "VICTIM"),
                        Arbitraries.of("CONFIRMED", "PROBABLE", "SUSPECTED"))
                .as((g, r, c) -> {
                    ObjectNode a = JSON.createObjectNode();
                    a.put("groupRef", g).put("role", r).put("confidence", c);
                    return a;
                });
        return Combinators.combine(
                        Arbitraries.of(TYPES),
                        Arbitraries.integers().between(1, 900),
                        Arbitraries.of(-5, 0, 1, 2),
                        Arbitraries.strings().withCharRange(' ', 'ö').ofMaxLength(300),
                        attribution
                                .list()
                                .ofMinSize(0)
                                .ofMaxSize(2)
                                .uniqueElements(a -> a.get("groupRef").asString()),
                        Arbitraries.of("FZ1-A", "FZ1-B", "FZ2-C", "FZ-LONE")
                                .list()
                                .ofMaxSize(3)
                                .uniqueElements())
                .as((type, daysAgo, offset, summary, attributions, suspects) -> {
                    ObjectNode n = JSON.createObjectNode();
                    n.put("reference", "K-FZ-" + REFERENCES.incrementAndGet());
                    n.put("type", type);
                    n.put(
                            "occurredAt",
                            Instant.now()
                                    .minus(Duration.ofDays(daysAgo))
                                    .truncatedTo(ChronoUnit.SECONDS)
                                    .atOffset(ZoneOffset.ofHours(offset))
                                    .toString());
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
        a.put("groupRef", "FZ1")
                .put("role", "PERPETRATOR")
                .put("confidence", "CONFIRMED")
                .put(field, "MAYBE");
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
            String[] args = properties.entrySet().stream()
                    .map(e -> "--" + e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new);
            context = new SpringApplicationBuilder(GviApplication.class)
                    .web(org.springframework.boot.WebApplicationType.SERVLET)
                    .properties(
                            "server.port=0",
                            "gvi.retention.cron=-",
                            // the demo users' bcrypt cost is paid on every request; the fuzzing is not about it
                            "gvi.security.password-hash-strength=4")
                    .run(args);
            mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                    .apply(SecurityMockMvcConfigurers.springSecurity())
                    .build();
            jdbc = context.getBean(JdbcClient.class);
            api = new Api(mvc, jdbc);
            api.group("FZ1", true);
            api.group("FZ2", false);
            api.person("FZ-LONE", "1990-01-01", "");
        }
        return api;
    }

    /** Finds the test PostgreSQL before any try, so its absence fails the container with the fix; never skips. */
    static class NeedsPostgres implements BeforeContainerHook {
        @Override
        public void beforeContainer(ContainerLifecycleContext context) {
            TestPostgres.url();
        }
    }
}

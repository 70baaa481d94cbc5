package se.samverkan.gvi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.gvi.support.Api.incident;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.IntegrationTest;

/**
 * The input policy through the JSON API on PostgreSQL, one finding of the attack on the running
 * service per test: identity numbers in look-alike characters, dates that cannot be true, numbers
 * for dates, control characters and broken surrogates, references that are paths, and duplicate
 * keys. Each is refused with a problem response and stores nothing.
 */
@IntegrationTest(schema = "input_hardening")
class InputHardeningTests {

    private static final String SHOOTING = "2026-02-01T21:40:00+01:00";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Api api;

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "850101\u20131234",
                "850101\u00A01234",
                "850101\u22121234",
                "\uFF18\uFF15\uFF10\uFF11\uFF10\uFF11-\uFF11\uFF12\uFF13\uFF14",
                "\u0668\u0665\u0660\u0661\u0660\u0661-\u0661\u0662\u0663\u0664",
                "850101.1234",
                "850101/1234",
                "8501\u200B01-1234",
                "19850101 \u2014 1234"
            })
    void anIdentityNumberInLookAlikeCharactersIsRefusedWith422WithoutBeingEchoed(String written) {
        group("IH1", true);
        String counts = api.counts();
        Api.Answer answer = api.post(
                "liaison",
                "/api/v1/incidents",
                incident("K-IH-1", "SHOOTING", SHOOTING, "IH1", "PERPETRATOR", "CONFIRMED")
                        .replace("Fiktiv händelse", "Vittnet " + written + " såg allt"));
        refused(answer, 422, "summary");
        assertThat(answer.text()).doesNotContain("1234").doesNotContain("\u0661\u0662");
        assertThat(api.counts()).isEqualTo(counts);
    }

    @Test
    void anIdentityNumberInASpeakersNameIsRefusedWith422NamingTheSpeaker() {
        group("IH1", true);
        String counts = api.counts();
        refused(api.post("coordinator", "/api/v1/groups/IH1/call-ins", """
                {"heldOn":"2026-01-11","promiseId":"HUDDINGE-2024","attendees":[],
                 "speakers":[{"role":"RELATIVE","name":"Mamma 850101\u20131234"}],"customNotifications":[]}"""), 422, "speakers[0].name");
        assertThat(api.counts()).isEqualTo(counts);
    }

    @ParameterizedTest(name = "held on {0}")
    @MethodSource("impossibleMeetingDays")
    void aCallInHeldOnAnImpossibleDayIsRefusedAndDoesNotPutTheGroupOnNotice(String heldOn) {
        group("IH2", false);
        String counts = api.counts();
        refused(api.post("coordinator", "/api/v1/groups/IH2/call-ins", """
                {"heldOn":"%s","promiseId":"HUDDINGE-2024","attendees":["IH2-A"],"speakers":[],
                 "customNotifications":[{"personRef":"IH2-D","deliveredOn":"2026-01-12"}]}""".formatted(heldOn)), 422, "heldOn");
        assertThat(api.counts()).isEqualTo(counts);
        assertThat(outcomeOfAShooting("K-IH-2", "IH2")).isEqualTo("DELIVER_PROMISE");
    }

    static Stream<String> impossibleMeetingDays() {
        String tomorrow =
                LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1).toString();
        return Stream.of("0001-01-01", "1969-12-31", "9999-12-31", tomorrow);
    }

    @Test
    void aCustomNotificationDeliveredInYearOneIsRefusedAndDoesNotPutTheGroupOnNotice() {
        group("IH2", false);
        String counts = api.counts();
        refused(api.post("coordinator", "/api/v1/groups/IH2/call-ins", """
                {"heldOn":"2026-01-10","promiseId":"HUDDINGE-2024","attendees":[],"speakers":[],
                 "customNotifications":[{"personRef":"IH2-D","deliveredOn":"0001-01-01"}]}"""), 422, "customNotifications[0].deliveredOn");
        assertThat(api.counts()).isEqualTo(counts);
        assertThat(outcomeOfAShooting("K-IH-2", "IH2")).isEqualTo("DELIVER_PROMISE");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("implausibleDates")
    void anImplausibleIncidentMappingOrBirthDateIsRefusedWith422(
            String what, String user, String method, String path, String body, String field) {
        group("IH3", true);
        refusedStoringNothing(422, user, method, path, body, field);
    }

    static Stream<Arguments> implausibleDates() {
        return Stream.of(
                Arguments.of(
                        "an incident in year one",
                        "liaison",
                        "POST",
                        "/api/v1/incidents",
                        incident("K-IH-3", "SHOOTING", "0001-01-01T12:00:00+01:00", "IH3", "PERPETRATOR", "CONFIRMED"),
                        "occurredAt"),
                Arguments.of(
                        "a birth date 100 000 years back",
                        "admin",
                        "PUT",
                        "/api/v1/persons/P-IH-1",
                        "{\"birthDate\":\"-99999-01-01\"}",
                        "birthDate"),
                Arguments.of(
                        "a birth date more than 120 years back",
                        "admin",
                        "PUT",
                        "/api/v1/persons/P-IH-1",
                        "{\"birthDate\":\"1890-01-01\"}",
                        "birthDate"),
                Arguments.of("a mapping in year 99 999", "admin", "PUT", "/api/v1/groups/IH3", """
                        {"name":"Grupp","area":"Fiktiva området","rivals":[],
                         "audit":{"mappedOn":"+99999-01-01","members":[{"personRef":"IH3-A","joinedOn":"2024-01-01"}]}}""", "audit.mappedOn"),
                Arguments.of(
                        "a member leaving in year 3000",
                        "admin",
                        "PUT",
                        "/api/v1/groups/IH3",
                        """
                        {"name":"Grupp","area":"Fiktiva området","rivals":[],
                         "audit":{"mappedOn":"2025-06-01","members":[{"personRef":"IH3-A","joinedOn":"1901-01-01",
                         "exitedOn":"3000-01-01"}]}}""",
                        "audit.members[0].exitedOn"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numbersForDates")
    void aNumberWhereADateBelongsIsMalformed(
            String what, String user, String method, String path, String body, String field) {
        group("IH4", true);
        refusedStoringNothing(400, user, method, path, body, field);
    }

    static Stream<Arguments> numbersForDates() {
        return Stream.of(
                Arguments.of(
                        "an incident's time",
                        "liaison",
                        "POST",
                        "/api/v1/incidents",
                        incident("K-IH-4", "SHOOTING", SHOOTING, "IH4", "PERPETRATOR", "CONFIRMED")
                                .replace("\"" + SHOOTING + "\"", "12345"),
                        "occurredAt"),
                Arguments.of(
                        "a birth date", "admin", "PUT", "/api/v1/persons/P-IH-4", "{\"birthDate\":12345}", "birthDate"),
                Arguments.of(
                        "a call-in's day as an array",
                        "coordinator",
                        "POST",
                        "/api/v1/groups/IH4/call-ins",
                        "{\"heldOn\":[2026,1,10],\"promiseId\":\"HUDDINGE-2024\"}",
                        "heldOn"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a\\u0000b", "klockan\\u0007", "halv \\ud83d.", "\\ude00 omvänd"})
    void aControlCharacterOrBrokenSurrogateIsMalformedOnEveryDatabase(String text) {
        group("IH5", true);
        String counts = api.counts();
        refused(
                api.post(
                        "liaison",
                        "/api/v1/incidents",
                        incident("K-IH-5", "SHOOTING", SHOOTING, "IH5", "PERPETRATOR", "CONFIRMED")
                                .replace("Fiktiv händelse", text)),
                400,
                "summary");
        assertThat(api.counts()).isEqualTo(counts);
    }

    @Test
    void lineBreaksTabsAndEmojiAreText() {
        group("IH5", true);
        Api.Answer lineBreaks = api.post(
                "liaison",
                "/api/v1/incidents",
                incident("K-IH-5b", "SHOOTING", SHOOTING, "IH5", "PERPETRATOR", "CONFIRMED")
                        .replace("Fiktiv händelse", "Rad ett\\nrad två\\tmed tabb 😀"));
        assertThat(lineBreaks.status()).as(lineBreaks.text()).isEqualTo(201);
        assertThat(api.get("liaison", "/api/v1/incidents/K-IH-5b").text()).contains("Rad ett\\nrad två\\tmed tabb 😀");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"K/2026/1", "..", "K-2026 1", "Ärende-1"})
    void aReferenceThatIsAPathOrNotPlainIsRefused(String reference) {
        group("IH6", true);
        String counts = api.counts();
        refused(
                api.post(
                        "liaison",
                        "/api/v1/incidents",
                        incident(reference, "SHOOTING", SHOOTING, "IH6", "PERPETRATOR", "CONFIRMED")),
                400,
                "reference");
        assertThat(api.counts()).isEqualTo(counts);
    }

    @Test
    void aReferenceOfLettersDigitsDotDashAndUnderscoreIsStoredAndCanBeReadAgain() {
        group("IH6", true);
        assertThat(api.post(
                                "liaison",
                                "/api/v1/incidents",
                                incident("K-2026.1_a", "SHOOTING", SHOOTING, "IH6", "PERPETRATOR", "CONFIRMED"))
                        .status())
                .isEqualTo(201);
        assertThat(api.get("liaison", "/api/v1/incidents/K-2026.1_a").status()).isEqualTo(200);
    }

    @Test
    void anIncidentWithTheSameKeyTwiceIsMalformed() {
        group("IH7", true);
        String counts = api.counts();
        Api.Answer twice = api.post(
                "liaison",
                "/api/v1/incidents",
                incident("K-IH-7", "SHOOTING", SHOOTING, "IH7", "PERPETRATOR", "CONFIRMED")
                        .replace("\"type\":\"SHOOTING\"", "\"type\":\"SHOOTING\",\"type\":\"THREAT\""));
        assertThat(twice.status()).as(twice.text()).isEqualTo(400);
        assertThat(twice.contentType()).startsWith("application/problem+json");
        assertThat(api.counts()).isEqualTo(counts);
    }

    @Test
    void aPersonWithTheSameFactTwiceIsMalformed() {
        String counts = api.counts();
        Api.Answer nested = api.put(
                "admin",
                "/api/v1/persons/P-IH-7",
                "{\"birthDate\":\"1990-01-01\",\"inCustody\":true,\"inCustody\":false}");
        assertThat(nested.status()).as(nested.text()).isEqualTo(400);
        assertThat(nested.contentType()).startsWith("application/problem+json");
        assertThat(api.counts()).isEqualTo(counts);
    }

    /** A write refused with the status, naming the field, and nothing stored. */
    private void refusedStoringNothing(int status, String user, String method, String path, String body, String field) {
        String counts = api.counts();
        Api.Answer answer = method.equals("POST") ? api.post(user, path, body) : api.put(user, path, body);
        refused(answer, status, field);
        assertThat(api.counts()).isEqualTo(counts);
    }

    /** The group fixture, made once for all the cases that share it. */
    private void group(String ref, boolean calledIn) {
        if (api.get("admin", "/api/v1/groups/" + ref).status() == 404) {
            api.group(ref, calledIn);
        }
    }

    private String outcomeOfAShooting(String reference, String group) {
        Api.Answer evaluated = api.post(
                "coordinator",
                "/api/v1/evaluations",
                incident(reference, "SHOOTING", SHOOTING, group, "PERPETRATOR", "CONFIRMED"));
        return evaluated.get("recommendations").get(0).get("outcome").asString();
    }

    private static void refused(Api.Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.get("errors").get(0).get("field").asString())
                .as(answer.text())
                .isEqualTo(field);
    }
}

package se.samverkan.gvi.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.gvi.support.Api.incident;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.PostgresAvailable;
import se.samverkan.gvi.support.PostgresSchema;
import se.samverkan.gvi.support.TestClock;

/**
 * Personal data older than the retention period is erased while the decision log keeps its rows
 * and still verifies; data changed within the period stays. Time is moved with the test clock.
 */
@SpringBootTest(properties = "gvi.retention.cron=-")
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
@ExtendWith(PostgresAvailable.class)
class PersonalDataRetentionTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresSchema.register(registry, "retention");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    PersonalDataRetention retention;

    @Test
    void dataOlderThanThePeriodIsErasedAndTheLogStaysWholeAndVerifiable() {
        Api api = new Api(mvc, jdbc);
        api.group("RT1", true);
        api.person("RT-LONE", "1990-01-01", "");
        Api.Answer old = api.post(
                "liaison",
                "/api/v1/incidents",
                incident(
                        "K-RT-OLD",
                        "SHOOTING",
                        "2026-02-01T21:40:00+01:00",
                        "RT1",
                        "PERPETRATOR",
                        "CONFIRMED",
                        "RT1-A",
                        "RT-LONE"));
        assertThat(old.status()).as(old.text()).isEqualTo(201);
        String id = old.get("recommendations").get(0).get("id").asString();
        assertThat(api.post(
                                "coordinator",
                                "/api/v1/recommendations/" + id + "/decision",
                                "{\"decision\":\"REJECTED\",\"reason\":\"Fri text om beslutet\"}")
                        .status())
                .isEqualTo(200);
        // a message about this recommendation that went to an agency (it names a person) is erased with it
        jdbc.sql("""
                insert into delivery_outbox (id, site, recommendation_id, agency, payload, created_at, attempts,
                    next_attempt_at, sent_at)
                values (:id, 'huddinge', :rec, 'polismyndigheten', '{"personRef":"RT1-A"}', now(), 1, now(), now())""")
                .param("id", java.util.UUID.randomUUID())
                .param("rec", java.util.UUID.fromString(id))
                .update();

        // four years on: nothing is old enough yet
        clock.advance(Duration.ofDays(4 * 365));
        assertThat(retention.eraseExpired().incidents()).isEmpty();
        assertThat(api.count("incident")).isEqualTo(1);

        // two more years: a new person and a new incident are reported, then the job runs
        clock.advance(Duration.ofDays(2 * 365));
        api.person("RT-NEW", "1995-01-01", "");
        api.group("RT2", true);
        Api.Answer recent = api.post(
                "liaison",
                "/api/v1/incidents",
                incident(
                        "K-RT-NEW",
                        "SHOOTING",
                        clock.instant().minus(Duration.ofDays(1)).toString(),
                        "RT2",
                        "PERPETRATOR",
                        "CONFIRMED",
                        "RT2-A"));
        assertThat(recent.status()).as(recent.text()).isEqualTo(201);
        long logRows = api.count("decision_log where site = 'huddinge'");
        String lastHash = jdbc.sql("select hash from decision_log where site = 'huddinge' order by seq desc limit 1")
                .query(String.class)
                .single();

        PersonalDataRetention.Erased erased = retention.eraseExpired();

        assertThat(erased.incidents().get("huddinge")).containsExactly("K-RT-OLD");
        assertThat(erased.persons().get("huddinge"))
                .contains("RT-LONE", "RT1-A", "RT1-B", "RT1-C", "RT1-D")
                .doesNotContain("RT-NEW", "RT2-A");
        assertThat(jdbc.sql("select reference from incident")
                        .query(String.class)
                        .list())
                .containsExactly("K-RT-NEW");
        assertThat(jdbc.sql("select count(*) from recommendation where incident_reference = 'K-RT-OLD'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(api.count("recommendation_decision")).isZero();
        assertThat(api.count("delivery_outbox")).isZero();
        assertThat(jdbc.sql("select count(*) from person where ref like 'RT1-%' or ref = 'RT-LONE'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from person where ref = 'RT-NEW' or ref like 'RT2-%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(5);

        // the log kept every row, added one for the erasure, and still verifies
        assertThat(api.count("decision_log where site = 'huddinge'")).isEqualTo(logRows + 1);
        assertThat(jdbc.sql("select prev_hash from decision_log where site = 'huddinge' order by seq desc limit 1")
                        .query(String.class)
                        .single())
                .isEqualTo(lastHash);
        assertThat(jdbc.sql(
                                "select actor || ' ' || action from decision_log where site = 'huddinge' order by seq desc limit 1")
                        .query(String.class)
                        .single())
                .isEqualTo("retention-job PERSONAL_DATA_ERASED");
        Api.Answer verify = api.get("auditor", "/api/v1/audit/verify");
        assertThat(verify.get("valid").asBoolean()).as(verify.text()).isTrue();
        assertThat(verify.get("entries").asLong()).isEqualTo(logRows + 1);
        assertThat(api.get("auditor", "/api/v1/audit?subject=incident:K-RT-OLD")
                        .get("total")
                        .asLong())
                .isPositive();

        // a second run finds nothing more and writes nothing
        assertThat(retention.eraseExpired().incidents()).isEmpty();
        assertThat(api.count("decision_log where site = 'huddinge'"))
                .isEqualTo(logRows + 2); // the auditor's list read above
    }
}

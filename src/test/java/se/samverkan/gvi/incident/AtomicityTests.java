package se.samverkan.gvi.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.gvi.support.Api.incident;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.gvi.audit.DecisionLog;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.IntegrationTest;
import se.samverkan.gvi.support.Sites;

/**
 * An incident, its recommendations and their log entries are stored together or not at all: a
 * failure after the incident row is written leaves nothing behind (docs/operations.md, "Databases: H2 and PostgreSQL").
 */
@IntegrationTest(schema = "atomicity")
@ExtendWith(OutputCaptureExtension.class)
class AtomicityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DecisionLog decisionLog;

    @Autowired
    Api api;

    @Test
    void aFailureWhileLoggingARecommendationLeavesNoIncidentVersionOrRecommendation(CapturedOutput output) {
        api.group("AT1", true);
        Api.Answer first = api.post(
                "liaison",
                "/api/v1/incidents",
                incident("K-AT-1", "SHOOTING", "2026-02-01T21:40:00+01:00", "AT1", "PERPETRATOR", "CONFIRMED"));
        assertThat(first.status()).isEqualTo(201);
        String counts = api.counts();
        // From now on the database refuses the log entry of a recommendation of group AT1: the
        // incident, its version and the recommendation rows are already written when it fails.
        jdbc.sql("""
                create function refuse_at1_log() returns trigger language plpgsql as $$
                begin
                  if new.action = 'RECOMMENDATION_CREATED' and exists (select 1 from recommendation r
                      where 'recommendation:' || r.id = new.subject and r.group_ref = 'AT1') then
                    raise exception 'log store unavailable';
                  end if;
                  return new;
                end $$""").update();
        jdbc.sql(
                        "create trigger refuse_at1_log before insert on decision_log for each row execute function refuse_at1_log()")
                .update();

        Api.Answer failed = api.post(
                "liaison",
                "/api/v1/incidents",
                incident("K-AT-2", "SHOOTING", "2026-02-03T21:40:00+01:00", "AT1", "PERPETRATOR", "CONFIRMED"));
        assertThat(failed.status()).isEqualTo(500);
        // the failure is logged without any free text of the request
        assertThat(output.getAll())
                .contains("request failed")
                .doesNotContain("Fiktiv händelse")
                .doesNotContain("log store unavailable");
        assertThat(failed.contentType()).startsWith("application/problem+json");
        assertThat(api.counts()).isEqualTo(counts);
        assertThat(api.get("liaison", "/api/v1/incidents/K-AT-2").status()).isEqualTo(404);

        // an amendment that fails keeps version 1 and its pending recommendation as they were
        Api.Answer failedAmendment = api.put(
                "liaison",
                "/api/v1/incidents/K-AT-1",
                incident("K-AT-1", "HOMICIDE", "2026-02-01T21:40:00+01:00", "AT1", "PERPETRATOR", "CONFIRMED"));
        assertThat(failedAmendment.status()).isEqualTo(500);
        assertThat(api.counts()).isEqualTo(counts);
        Api.Answer incident = api.get("liaison", "/api/v1/incidents/K-AT-1");
        assertThat(incident.get("version").asInt()).isEqualTo(1);
        assertThat(incident.get("recommendations").get(0).get("status").asString())
                .isEqualTo("PENDING_REVIEW");
        assertThat(Sites.huddinge(() -> decisionLog.verify("huddinge")).valid()).isTrue();
        jdbc.sql("drop trigger refuse_at1_log on decision_log").update();
        assertThat(api.post(
                                "liaison",
                                "/api/v1/incidents",
                                incident(
                                        "K-AT-2",
                                        "SHOOTING",
                                        "2026-02-03T21:40:00+01:00",
                                        "AT1",
                                        "PERPETRATOR",
                                        "CONFIRMED"))
                        .status())
                .isEqualTo(201);
    }
}

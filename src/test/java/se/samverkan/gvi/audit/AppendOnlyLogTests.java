package se.samverkan.gvi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.IntegrationTest;

/**
 * The decision log is append-only in PostgreSQL itself (migration V20): the service's own
 * connection cannot change or remove an entry, and an entry changed behind the trigger's back is
 * named by {@code GET /api/v1/audit/verify}.
 */
@IntegrationTest(schema = "append_only_log")
class AppendOnlyLogTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc, jdbc);
        api.person("AO-P" + System.nanoTime() % 100000, "1990-01-01", "");
    }

    @Test
    void theServicesConnectionCannotUpdateDeleteOrTruncateAnEntry() {
        long entries = api.count("decision_log where site = 'huddinge'");
        String hash = jdbc.sql("select hash from decision_log where site = 'huddinge' and seq = 1")
                .query(String.class)
                .single();
        assertThatThrownBy(
                        () -> jdbc.sql("update decision_log set actor = 'mallory' where site = 'huddinge' and seq = 1")
                                .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from decision_log where site = 'huddinge' and seq = 1")
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate decision_log").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThat(api.count("decision_log where site = 'huddinge'")).isEqualTo(entries);
        assertThat(jdbc.sql("select hash from decision_log where site = 'huddinge' and seq = 1")
                        .query(String.class)
                        .single())
                .isEqualTo(hash);
        // appending still works
        api.get(
                "coordinator",
                "/api/v1/persons/"
                        + jdbc.sql("select ref from person limit 1")
                                .query(String.class)
                                .single());
        assertThat(api.count("decision_log where site = 'huddinge'")).isEqualTo(entries + 1);
        assertThat(api.get("auditor", "/api/v1/audit/verify").get("valid").asBoolean())
                .isTrue();
    }

    @Test
    void anEntryTamperedWithBehindTheTriggerIsNamedByVerify() {
        api.person("AO-T1", "1991-01-01", "");
        api.get("liaison", "/api/v1/persons/AO-T1");
        long target = jdbc.sql(
                        "select max(seq) from decision_log where site = 'huddinge' and subject = 'person:AO-T1' and action = 'PERSON_REGISTERED'")
                .query(Long.class)
                .single();
        String original = jdbc.sql("select payload_hash from decision_log where site = 'huddinge' and seq = :seq")
                .param("seq", target)
                .query(String.class)
                .single();
        assertThat(api.get("auditor", "/api/v1/audit/verify").get("valid").asBoolean())
                .isTrue();
        // a superuser switches the guard off and rewrites what the entry recorded
        jdbc.sql("alter table decision_log disable trigger decision_log_append_only")
                .update();
        try {
            jdbc.sql("update decision_log set payload_hash = :h where site = 'huddinge' and seq = :seq")
                    .param("h", "f".repeat(64))
                    .param("seq", target)
                    .update();
            Api.Answer verify = api.get("auditor", "/api/v1/audit/verify");
            assertThat(verify.status()).isEqualTo(200);
            assertThat(verify.get("valid").asBoolean()).isFalse();
            assertThat(verify.get("firstBrokenSeq").asLong()).isEqualTo(target);
            assertThat(verify.get("entries").asLong()).isEqualTo(api.count("decision_log where site = 'huddinge'"));
        } finally {
            jdbc.sql("update decision_log set payload_hash = :h where site = 'huddinge' and seq = :seq")
                    .param("h", original)
                    .param("seq", target)
                    .update();
            jdbc.sql("alter table decision_log enable trigger decision_log_append_only")
                    .update();
        }
        assertThat(api.get("auditor", "/api/v1/audit/verify").get("valid").asBoolean())
                .isTrue();
    }
}

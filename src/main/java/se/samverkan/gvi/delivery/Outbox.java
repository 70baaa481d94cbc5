package se.samverkan.gvi.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverkan.gvi.persistence.DatabaseProduct;
import se.samverkan.gvi.persistence.SqlTime;

/**
 * Every access of delivery to the database: the outbox rows. The relay works across sites, so
 * none of these queries is scoped to one; a row still carries its site.
 */
@Repository
class Outbox {

    private final NamedParameterJdbcTemplate batchJdbc;
    private final JdbcClient jdbc;

    Outbox(NamedParameterJdbcTemplate batchJdbc) {
        this.batchJdbc = batchJdbc;
        this.jdbc = JdbcClient.create(batchJdbc);
    }

    /** One message waiting for (or past) delivery. */
    record Row(UUID id, String site, UUID recommendationId, String agency, String payload, int attempts) {}

    /**
     * Writes pending rows, in the caller's transaction, due at once: one batch, not a round trip per
     * row (a decision on a group of 80 writes some 160).
     */
    void add(List<Row> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        batchJdbc.batchUpdate(
                """
                insert into delivery_outbox (id, site, recommendation_id, agency, payload, created_at, attempts,
                    next_attempt_at)
                values (:id, :site, :rec, :agency, :payload, :now, 0, :now)""",
                rows.stream()
                        .map(row -> new MapSqlParameterSource()
                                .addValue("id", row.id())
                                .addValue("site", row.site())
                                .addValue("rec", row.recommendationId())
                                .addValue("agency", row.agency())
                                .addValue("payload", row.payload())
                                .addValue("now", SqlTime.of(now)))
                        .toArray(MapSqlParameterSource[]::new));
    }

    /** The claim of {@link #claimDue}: the oldest due rows, in order, none another relay holds. */
    static final String CLAIM = """
            select id, site, recommendation_id, agency, payload, attempts from delivery_outbox
            where sent_at is null and next_attempt_at <= :now
            order by created_at, id, agency
            limit :limit
            for update skip locked""";

    /**
     * Claims up to {@code limit} due rows for this transaction. Rows another relay (another
     * instance) holds are skipped, not waited for, so two relays never publish the same row at once.
     */
    List<Row> claimDue(Instant now, int limit) {
        preferIndexScan();
        return jdbc.sql(CLAIM)
                .param("now", SqlTime.of(now))
                .param("limit", limit)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("site"),
                        rs.getObject("recommendation_id", UUID.class),
                        rs.getString("agency"),
                        rs.getString("payload"),
                        rs.getInt("attempts")))
                .list();
    }

    /**
     * On PostgreSQL, has the rest of this transaction read the index of unsent rows by an ordered
     * index scan. A row sent leaves its entry in that index until the table is vacuumed, and only an
     * index scan marks such an entry dead when it meets it, so that later claims pass it by. With
     * statistics from when the outbox was smaller, and the row-level-security filter it cannot
     * estimate, the planner chose a bitmap scan, which marks nothing: every claim then visited every
     * row sent since the last vacuum (every 2 s; 100 ms on average with 100 000 such rows, 206–747 ms
     * with 165 000; docs/performance.md). H2 has neither the setting nor the problem.
     */
    void preferIndexScan() {
        if (Boolean.TRUE.equals(
                batchJdbc.getJdbcTemplate().execute((ConnectionCallback<Boolean>) DatabaseProduct::isPostgres))) {
            jdbc.sql("set local enable_bitmapscan = off").update();
        }
    }

    /** Marks the rows the broker confirmed as sent: one batch, not a round trip per row. */
    void markSent(List<Row> rows, Instant at) {
        if (rows.isEmpty()) {
            return;
        }
        batchJdbc.batchUpdate(
                """
                update delivery_outbox set sent_at = :at, attempts = attempts + 1, last_error = null
                where id = :id and agency = :agency""",
                rows.stream()
                        .map(row -> new MapSqlParameterSource()
                                .addValue("at", SqlTime.of(at))
                                .addValue("id", row.id())
                                .addValue("agency", row.agency()))
                        .toArray(MapSqlParameterSource[]::new));
    }

    void markFailed(Row row, Instant nextAttempt, String error) {
        jdbc.sql("""
                update delivery_outbox set attempts = attempts + 1, next_attempt_at = :next, last_error = :error
                where id = :id and agency = :agency""")
                .param("next", SqlTime.of(nextAttempt))
                .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .param("id", row.id())
                .param("agency", row.agency())
                .update();
    }

    /** Rows not yet confirmed by the broker. */
    long pending() {
        return jdbc.sql("select count(*) from delivery_outbox where sent_at is null")
                .query(Long.class)
                .single();
    }
}

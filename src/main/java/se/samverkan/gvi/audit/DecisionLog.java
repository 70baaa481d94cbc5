package se.samverkan.gvi.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.gvi.persistence.SqlTime;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.web.PageOf;
import se.samverkan.gvi.web.Paging;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only, hash-chained decision log. An entry is always written in the transaction of
 * what it records ({@link Propagation#MANDATORY}), so nothing is stored without its entry and no
 * entry survives a rolled-back change. Each site's entries form their own chain; appends lock the
 * site's chain-head row, so concurrent writers (threads or instances sharing one database) form one
 * chain per site, never a fork.
 */
@Component
public class DecisionLog {

    static final String GENESIS = "0".repeat(64);

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final JdbcClient jdbc;
    private final Clock clock;

    public DecisionLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Appends one entry in the caller's transaction.
     *
     * @param payload what the entry records (request, result); only its hash is stored
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public DecisionLogEntry append(
            Actor actor, String action, String subject, @Nullable String ruleSetVersion, Object payload) {
        // The site's chain head, locked, so concurrent writers of one site (threads or instances) form
        // one chain, never a fork. It is created with the site's first entry; after that an append
        // runs three statements.
        Head head = lockHead(actor.site()).orElseGet(() -> {
            jdbc.sql(
                            "insert into decision_log_chain (site, seq, hash) values (:site, 0, :genesis) on conflict do nothing")
                    .param("site", actor.site())
                    .param("genesis", GENESIS)
                    .update();
            return lockHead(actor.site()).orElseThrow();
        });
        long seq = head.seq() + 1;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        DecisionLogEntry entry = new DecisionLogEntry(
                        seq,
                        actor.site(),
                        at,
                        actor.name(),
                        action,
                        subject,
                        ruleSetVersion,
                        sha256(canonicalJson(payload)),
                        head.hash(),
                        "")
                .sealed();
        jdbc.sql("""
                insert into decision_log (seq, site, at, actor, action, subject, rule_set_version, payload_hash,
                                          prev_hash, hash)
                values (:seq, :site, :at, :actor, :action, :subject, :rsv, :payloadHash, :prevHash, :hash)""")
                .param("seq", seq)
                .param("site", entry.site())
                .param("at", SqlTime.of(at))
                .param("actor", entry.actor())
                .param("action", action)
                .param("subject", subject)
                .param("rsv", ruleSetVersion)
                .param("payloadHash", entry.payloadHash())
                .param("prevHash", entry.prevHash())
                .param("hash", entry.hash())
                .update();
        jdbc.sql("update decision_log_chain set seq = :seq, hash = :hash where site = :site")
                .param("seq", seq)
                .param("hash", entry.hash())
                .param("site", entry.site())
                .update();
        return entry;
    }

    private Optional<Head> lockHead(String site) {
        return jdbc.sql("select seq, hash from decision_log_chain where site = :site for update")
                .param("site", site)
                .query((rs, n) ->
                        new Head(rs.getLong("seq"), rs.getString("hash").trim()))
                .optional();
    }

    /**
     * Recomputes the site's whole chain: each entry's hash from its fields and the previous hash,
     * the links, the gap-free sequence and the head. Names the first entry that does not match.
     * Each site's log is its own chain, so one site's auditor verifies it without another site's
     * entries.
     */
    @Transactional(readOnly = true)
    public ChainVerification verify(String site) {
        AtomicReference<String> prev = new AtomicReference<>(GENESIS);
        AtomicLong expectedSeq = new AtomicLong(1);
        AtomicLong count = new AtomicLong();
        AtomicReference<@Nullable Long> broken = new AtomicReference<>();
        jdbc.sql("select * from decision_log where site = :site order by seq")
                .param("site", site)
                .query((ResultSet rs) -> {
                    DecisionLogEntry e = entry(rs);
                    count.incrementAndGet();
                    if (broken.get() == null) {
                        // the expected hash covers the entry's own prevHash, which must be the previous entry's hash
                        if (e.seq() != expectedSeq.get()
                                || !e.prevHash().equals(prev.get())
                                || !e.hash().equals(e.expectedHash())) {
                            broken.set(e.seq() != expectedSeq.get() ? expectedSeq.get() : e.seq());
                        }
                    }
                    prev.set(e.hash());
                    expectedSeq.incrementAndGet();
                });
        if (broken.get() == null) {
            Head head = jdbc.sql("select seq, hash from decision_log_chain where site = :site")
                    .param("site", site)
                    .query((rs, n) ->
                            new Head(rs.getLong("seq"), rs.getString("hash").trim()))
                    .optional()
                    .orElse(new Head(0, GENESIS));
            if (head.seq() != count.get() || !head.hash().equals(prev.get())) {
                broken.set(Math.min(head.seq(), count.get()) + 1);
            }
        }
        return new ChainVerification(broken.get() == null, count.get(), broken.get());
    }

    /**
     * A page of the site's entries, oldest first, optionally only one subject and a time window
     * ({@code from} inclusive, {@code to} exclusive). The read itself is logged with the reader:
     * subjects name pseudonymous persons and incidents.
     */
    @Transactional
    public PageOf<DecisionLogEntry> entries(
            Actor reader, @Nullable String subject, @Nullable Instant from, @Nullable Instant to, Paging paging) {
        return entries(reader, subject, from, to, paging, false);
    }

    /** As {@link #entries(Actor, String, Instant, Instant, Paging)}, newest first when asked (the auditor's page). */
    @Transactional
    public PageOf<DecisionLogEntry> entries(
            Actor reader,
            @Nullable String subject,
            @Nullable Instant from,
            @Nullable Instant to,
            Paging paging,
            boolean newestFirst) {
        StringBuilder where = new StringBuilder(" where site = :site");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("site", reader.site());
        if (subject != null) {
            where.append(" and subject = :subject");
            params.put("subject", subject);
        }
        if (from != null) {
            where.append(" and at >= :from");
            params.put("from", SqlTime.of(from));
        }
        if (to != null) {
            where.append(" and at < :to");
            params.put("to", SqlTime.of(to));
        }
        List<DecisionLogEntry> items = jdbc.sql("select * from decision_log" + where + " order by seq"
                        + (newestFirst ? " desc" : "") + " limit :limit offset :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> entry(rs))
                .list();
        long total = jdbc.sql("select count(*) from decision_log" + where)
                .params(params)
                .query(Long.class)
                .single();
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("subject", subject);
        query.put("from", from == null ? null : from.toString());
        query.put("to", to == null ? null : to.toString());
        query.put("page", paging.page());
        query.put("size", paging.size());
        if (newestFirst) {
            query.put("order", "newest first");
        }
        query.put("seqs", items.stream().map(DecisionLogEntry::seq).toList());
        append(reader, "AUDIT_LOG_READ", "decision-log", null, query);
        return new PageOf<>(items, total);
    }

    /** The hash of a payload as an entry stores it: SHA-256 over its canonical JSON. */
    public static String payloadHash(Object payload) {
        return sha256(canonicalJson(payload));
    }

    static String canonicalJson(Object payload) {
        return CANONICAL.writeValueAsString(payload);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DecisionLogEntry entry(ResultSet rs) throws SQLException {
        String rsv = rs.getString("rule_set_version");
        return new DecisionLogEntry(
                rs.getLong("seq"),
                rs.getString("site"),
                rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("subject"),
                rsv == null ? null : rsv.trim(),
                rs.getString("payload_hash").trim(),
                rs.getString("prev_hash").trim(),
                rs.getString("hash").trim());
    }

    private record Head(long seq, String hash) {}
}

package se.samverkan.gvi.rules.governance;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverkan.gvi.persistence.RowLock;
import se.samverkan.gvi.persistence.SqlTime;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Every rule-set version that ever served, with its files, and the approvals of versions. */
@Repository
class RuleHistory {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<TreeMap<String, String>> FILES = new TypeReference<>() {};

    /** One version as it was first served. */
    record StoredVersion(String version, Instant firstServedAt, String firstServedBy, Map<String, String> files) {}

    private static final RowMapper<ServedVersion> SERVED =
            versionRow("first_served_at", "first_served_by", ServedVersion::new);

    private final JdbcClient jdbc;

    RuleHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a version the first time it serves; later activations of the same version keep the first. */
    boolean recordServed(String site, String version, Map<String, String> files, String by, Instant at) {
        if (find(site, version).isPresent()) {
            return false;
        }
        jdbc.sql("""
                insert into rule_set_version (site, version, files, first_served_at, first_served_by)
                values (:site, :version, :files, :at, :by)""")
                .param("site", site)
                .param("version", version)
                .param("files", JSON.writeValueAsString(new TreeMap<>(files)))
                .param("at", SqlTime.of(at))
                .param("by", by)
                .update();
        return true;
    }

    Optional<StoredVersion> find(String site, String version) {
        return jdbc.sql("""
                select version, first_served_at, first_served_by, files from rule_set_version
                where site = :site and version = :version""")
                .param("site", site)
                .param("version", version)
                .query((rs, n) -> {
                    ServedVersion served = SERVED.mapRow(rs, n);
                    return new StoredVersion(
                            served.version(),
                            served.firstServedAt(),
                            served.firstServedBy(),
                            JSON.readValue(rs.getString("files"), FILES));
                })
                .optional();
    }

    /** The version that serves for the site on every instance. */
    record ActiveVersion(String version, Instant activatedAt, String activatedBy) {}

    /** The site's active version; locked, it makes reloads on different instances take turns. */
    Optional<ActiveVersion> active(String site, RowLock lock) {
        return jdbc.sql(lock.on("select version, activated_at, activated_by from rule_set_active where site = :site"))
                .param("site", site)
                .query(versionRow("activated_at", "activated_by", ActiveVersion::new))
                .optional();
    }

    void setActive(String site, String version, String by, Instant at) {
        Map<String, Object> active = byWhom(site, version, by, at);
        int updated = jdbc.sql("""
                update rule_set_active set version = :version, activated_at = :at, activated_by = :by where site = :site""").params(active).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into rule_set_active (site, version, activated_at, activated_by)
                    values (:site, :version, :at, :by)""").params(active).update();
        }
    }

    /** Records a reviewer's approval of a version; approving twice is the same approval. */
    void approve(String site, String version, String by, Instant at) {
        Map<String, Object> approval = byWhom(site, version, by, at);
        int exists = jdbc.sql("""
                select count(*) from rule_set_approval where site = :site and version = :version and approved_by = :by""").params(approval).query(Integer.class).single();
        if (exists == 0) {
            jdbc.sql("""
                    insert into rule_set_approval (site, version, approved_by, approved_at)
                    values (:site, :version, :by, :at)""").params(approval).update();
        }
    }

    /** The parameters of a version put into service or approved: of which site, by whom and when. */
    private static Map<String, Object> byWhom(String site, String version, String by, Instant at) {
        return Map.of("site", site, "version", version, "by", by, "at", SqlTime.of(at));
    }

    /** True when someone other than the given reviewer approved the version. */
    boolean approvedByAnother(String site, String version, String reviewer) {
        return jdbc.sql("""
                select count(*) from rule_set_approval where site = :site and version = :version and approved_by <> :by""")
                        .param("site", site)
                        .param("version", version)
                        .param("by", reviewer)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** One version that served, without its files: who first put it into service, and when. */
    record ServedVersion(String version, Instant firstServedAt, String firstServedBy) {}

    /** Every version that ever served the site, the newest first. */
    List<ServedVersion> served(String site) {
        return jdbc.sql("""
                select version, first_served_at, first_served_by from rule_set_version
                where site = :site order by first_served_at desc, version""").param("site", site).query(SERVED).list();
    }

    /** One reviewer's approval of a version. */
    record Approval(String version, String approvedBy, Instant approvedAt) {}

    /** Every approval of the site's versions, the earliest first. */
    List<Approval> approvals(String site) {
        return jdbc.sql("""
                select version, approved_by, approved_at from rule_set_approval
                where site = :site order by approved_at, approved_by""")
                .param("site", site)
                .query(versionRow("approved_at", "approved_by", (version, at, by) -> new Approval(version, by, at)))
                .list();
    }

    /** What a row of a version says: the version, when something happened to it, and who did it. */
    @FunctionalInterface
    private interface VersionRow<T> {
        T of(String version, Instant at, String by);
    }

    /**
     * Reads a row of a version with the time and the person in the named columns: the version without
     * the blanks its fixed-width column pads it with, the time as an instant.
     */
    private static <T> RowMapper<T> versionRow(String atColumn, String byColumn, VersionRow<T> row) {
        return (rs, n) -> row.of(
                rs.getString("version").strip(),
                rs.getObject(atColumn, OffsetDateTime.class).toInstant(),
                rs.getString(byColumn));
    }
}

package se.samverkan.gvi.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverkan.gvi.decision.Attribution;
import se.samverkan.gvi.decision.Confidence;
import se.samverkan.gvi.decision.Role;
import se.samverkan.gvi.persistence.ListsByParent;
import se.samverkan.gvi.persistence.RowLock;
import se.samverkan.gvi.persistence.SqlTime;

/** Incidents and their versions in SQL. */
@Repository
class IncidentRepository {

    /** The rows of table {@code %s} (as {@code x}) of the current version of the site's incidents. */
    private static final String CURRENT_VERSION_OF = """
            from incident i join %s x on x.site = i.site and x.reference = i.reference and x.version = i.current_version
            where i.site = :site""";

    /** The rows of table {@code %s} (as {@code x}) of the current version of the site's active incidents. */
    private static final String CURRENT_VERSIONS = CURRENT_VERSION_OF + " and i.status = 'ACTIVE'";

    private final NamedParameterJdbcTemplate batchJdbc;
    private final JdbcClient jdbc;

    /** The template batches the lists ({@link ListsByParent#insert}); the client on it is the one Spring Boot builds on it too. */
    IncidentRepository(NamedParameterJdbcTemplate batchJdbc) {
        this.batchJdbc = batchJdbc;
        this.jdbc = JdbcClient.create(batchJdbc);
    }

    record IncidentRow(String reference, IncidentStatus status, int currentVersion) {}

    /** A stored version with the suspects the engine found in no attributed group. */
    record VersionRow(
            int version, Incident content, Instant reportedAt, String reportedBy, List<String> unattributedSuspects) {}

    /** The current version of an active incident, as impact analysis evaluates it again. */
    record CurrentVersion(int version, Incident content, Instant reportedAt) {}

    Optional<IncidentRow> find(String site, String reference, RowLock lock) {
        return jdbc.sql(
                        lock.on(
                                "select reference, status, current_version from incident where site = :site and reference = :ref"))
                .param("site", site)
                .param("ref", reference)
                .query(IncidentRow.class)
                .optional();
    }

    /** The headings of the site's incidents of these references, in one query; an unknown reference is left out. */
    List<IncidentHeading> headings(String site, Collection<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select i.reference, i.status, x.incident_type, x.occurred_at, x.occurred_offset "
                        + CURRENT_VERSION_OF.formatted("incident_version")
                        + " and i.reference in (:refs)")
                .param("site", site)
                .param("refs", references)
                .query((rs, n) -> new IncidentHeading(
                        rs.getString("reference"),
                        IncidentStatus.valueOf(rs.getString("status")),
                        rs.getString("incident_type"),
                        occurredAt(rs)))
                .list();
    }

    /** Claims the reference; a concurrent claim of the same reference fails on the primary key. */
    void insert(String site, String reference, Instant at) {
        jdbc.sql("""
                insert into incident (site, reference, status, current_version, created_at)
                values (:site, :ref, 'ACTIVE', 1, :at)""")
                .param("site", site)
                .param("ref", reference)
                .param("at", SqlTime.of(at))
                .update();
    }

    void setCurrentVersion(String site, String reference, int version) {
        jdbc.sql("update incident set current_version = :version where site = :site and reference = :ref")
                .param("version", version)
                .param("site", site)
                .param("ref", reference)
                .update();
    }

    void retract(String site, String reference, String by, Instant at, String reason) {
        jdbc.sql("""
                update incident set status = 'RETRACTED', retracted_at = :at, retracted_by = :by, retraction_reason = :reason
                where site = :site and reference = :ref""")
                .param("at", SqlTime.of(at))
                .param("by", by)
                .param("reason", reason)
                .param("site", site)
                .param("ref", reference)
                .update();
    }

    void insertVersion(
            String site,
            int version,
            Incident incident,
            LocalDate incidentDate,
            Instant reportedAt,
            String reportedBy,
            List<String> unattributedSuspects) {
        jdbc.sql("""
                insert into incident_version (site, reference, version, incident_type, occurred_at, occurred_offset,
                    incident_date, area, summary, reported_at, reported_by)
                values (:site, :ref, :version, :type, :occurredAt, :offset, :incidentDate, :area, :summary, :reportedAt,
                    :reportedBy)""")
                .param("site", site)
                .param("ref", incident.reference())
                .param("version", version)
                .param("type", incident.type())
                .param("occurredAt", SqlTime.of(incident.occurredAt().toInstant()))
                .param("offset", incident.occurredAt().getOffset().getTotalSeconds())
                .param("incidentDate", incidentDate)
                .param("area", incident.area())
                .param("summary", incident.summary())
                .param("reportedAt", SqlTime.of(reportedAt))
                .param("reportedBy", reportedBy)
                .update();
        Map<String, Object> ofVersion = Map.of("site", site, "ref", incident.reference(), "version", version);
        ListsByParent.insert(
                batchJdbc,
                """
                insert into incident_attribution (site, reference, version, ord, group_ref, group_role, confidence)
                values (:site, :ref, :version, :ord, :groupRef, :role, :confidence)""",
                ofVersion,
                incident.attributions(),
                (row, a) -> row.addValue("groupRef", a.groupRef())
                        .addValue("role", a.role().name())
                        .addValue("confidence", a.confidence().name()));
        insertPersons("incident_suspect", ofVersion, incident.suspects());
        insertPersons("incident_unattributed_suspect", ofVersion, unattributedSuspects);
    }

    /** A version's list of persons, one row each in their order. */
    private void insertPersons(String table, Map<String, Object> ofVersion, List<String> personRefs) {
        ListsByParent.insert(
                batchJdbc,
                "insert into " + table + " (site, reference, version, ord, person_ref)"
                        + " values (:site, :ref, :version, :ord, :personRef)",
                ofVersion,
                personRefs,
                (row, ref) -> row.addValue("personRef", ref));
    }

    /**
     * Every version of the incident with its attributions, suspects and unattributed suspects: four
     * queries however many versions.
     */
    List<VersionRow> versions(String site, String reference) {
        Map<Integer, List<Attribution>> attributions = byVersion(
                site,
                reference,
                "incident_attribution",
                "group_ref, group_role, confidence",
                IncidentRepository::attribution);
        Map<Integer, List<String>> suspects =
                byVersion(site, reference, "incident_suspect", "person_ref", IncidentRepository::personRef);
        Map<Integer, List<String>> unattributed = byVersion(
                site, reference, "incident_unattributed_suspect", "person_ref", IncidentRepository::personRef);
        return jdbc.sql("select * from incident_version where site = :site and reference = :ref order by version")
                .param("site", site)
                .param("ref", reference)
                .query((rs, n) -> {
                    int version = rs.getInt("version");
                    return new VersionRow(
                            version,
                            content(
                                    rs,
                                    attributions.getOrDefault(version, List.of()),
                                    suspects.getOrDefault(version, List.of())),
                            SqlTime.instant(rs, "reported_at"),
                            rs.getString("reported_by"),
                            unattributed.getOrDefault(version, List.of()));
                })
                .list();
    }

    /** The rows of a version's list table for every version of the incident, by version: one query. */
    private <T> Map<Integer, List<T>> byVersion(
            String site, String reference, String table, String columns, ListsByParent.RowMapper<T> row) {
        return ListsByParent.read(
                jdbc.sql("select version, " + columns + " from " + table
                                + " where site = :site and reference = :ref order by version, ord")
                        .param("site", site)
                        .param("ref", reference),
                rs -> rs.getInt("version"),
                row);
    }

    /**
     * The current version of every incident the police have not retracted, in reference order: three
     * queries (versions, attributions, suspects) however many incidents the site has.
     */
    List<CurrentVersion> currentVersionsOfActive(String site) {
        Map<String, List<Attribution>> attributions = byCurrentVersion(
                site,
                "incident_attribution",
                "x.group_ref, x.group_role, x.confidence",
                IncidentRepository::attribution);
        Map<String, List<String>> suspects =
                byCurrentVersion(site, "incident_suspect", "x.person_ref", IncidentRepository::personRef);
        return jdbc.sql("select x.* " + CURRENT_VERSIONS.formatted("incident_version") + " order by i.reference")
                .param("site", site)
                .query((rs, n) -> {
                    String reference = rs.getString("reference");
                    return new CurrentVersion(
                            rs.getInt("version"),
                            content(
                                    rs,
                                    attributions.getOrDefault(reference, List.of()),
                                    suspects.getOrDefault(reference, List.of())),
                            SqlTime.instant(rs, "reported_at"));
                })
                .list();
    }

    /** The rows of a version's list table for the current version of every active incident, by reference: one query. */
    private <T> Map<String, List<T>> byCurrentVersion(
            String site, String table, String columns, ListsByParent.RowMapper<T> row) {
        return ListsByParent.read(
                jdbc.sql("select x.reference, " + columns + " " + CURRENT_VERSIONS.formatted(table)
                                + " order by x.reference, x.ord")
                        .param("site", site),
                rs -> rs.getString("reference"),
                row);
    }

    /** When the incident of the version row {@code rs} stands on occurred, at the offset it was reported with. */
    private static OffsetDateTime occurredAt(ResultSet rs) throws SQLException {
        return rs.getObject("occurred_at", OffsetDateTime.class)
                .toInstant()
                .atOffset(ZoneOffset.ofTotalSeconds(rs.getInt("occurred_offset")));
    }

    /** The content of the version row {@code rs} stands on, with its lists. */
    private static Incident content(ResultSet rs, List<Attribution> attributions, List<String> suspects)
            throws SQLException {
        return new Incident(
                rs.getString("reference"),
                rs.getString("incident_type"),
                occurredAt(rs),
                rs.getString("area"),
                rs.getString("summary"),
                attributions,
                suspects);
    }

    private static String personRef(ResultSet rs) throws SQLException {
        return rs.getString("person_ref");
    }

    private static Attribution attribution(ResultSet rs) throws SQLException {
        return new Attribution(
                rs.getString("group_ref"),
                Role.valueOf(rs.getString("group_role")),
                Confidence.valueOf(rs.getString("confidence")));
    }
}

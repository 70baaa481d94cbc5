package se.samverkan.gvi.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverkan.gvi.decision.Confidence;
import se.samverkan.gvi.decision.Role;
import se.samverkan.gvi.incident.IncidentRequest.AttributionRequest;
import se.samverkan.gvi.persistence.SqlTime;

/** Incidents and their versions in SQL. */
@Repository
class IncidentRepository {

    private final JdbcClient jdbc;

    IncidentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record IncidentRow(String reference, IncidentStatus status, int currentVersion) {}

    record VersionRow(
            int version,
            IncidentRequest content,
            Instant reportedAt,
            String reportedBy,
            List<String> unattributedSuspects) {}

    Optional<IncidentRow> find(String site, String reference) {
        return jdbc.sql(
                        "select reference, status, current_version from incident where site = :site and reference = :ref")
                .param("site", site)
                .param("ref", reference)
                .query((rs, n) -> new IncidentRow(
                        rs.getString("reference"),
                        IncidentStatus.valueOf(rs.getString("status")),
                        rs.getInt("current_version")))
                .optional();
    }

    Optional<IncidentRow> lock(String site, String reference) {
        return jdbc.sql("""
                select reference, status, current_version from incident where site = :site and reference = :ref for update""")
                .param("site", site)
                .param("ref", reference)
                .query((rs, n) -> new IncidentRow(
                        rs.getString("reference"),
                        IncidentStatus.valueOf(rs.getString("status")),
                        rs.getInt("current_version")))
                .optional();
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
            IncidentRequest r,
            LocalDate incidentDate,
            Instant reportedAt,
            String reportedBy,
            List<String> unattributedSuspects) {
        jdbc.sql("""
                insert into incident_version (site, reference, version, incident_type, occurred_at, occurred_offset,
                    incident_date, area, summary, reported_at, reported_by, unattributed_suspects)
                values (:site, :ref, :version, :type, :occurredAt, :offset, :incidentDate, :area, :summary, :reportedAt,
                    :reportedBy, :unattributed)""")
                .param("site", site)
                .param("ref", r.reference())
                .param("version", version)
                .param("type", r.type())
                .param("occurredAt", SqlTime.of(r.occurredAt().toInstant()))
                .param("offset", r.occurredAt().getOffset().getTotalSeconds())
                .param("incidentDate", incidentDate)
                .param("area", r.area())
                .param("summary", r.summary())
                .param("reportedAt", SqlTime.of(reportedAt))
                .param("reportedBy", reportedBy)
                .param("unattributed", String.join(",", unattributedSuspects))
                .update();
        for (int i = 0; i < r.attributions().size(); i++) {
            AttributionRequest a = r.attributions().get(i);
            jdbc.sql("""
                    insert into incident_attribution (site, reference, version, ord, group_ref, group_role, confidence)
                    values (:site, :ref, :version, :ord, :groupRef, :role, :confidence)""")
                    .param("site", site)
                    .param("ref", r.reference())
                    .param("version", version)
                    .param("ord", i)
                    .param("groupRef", a.groupRef())
                    .param("role", a.role().name())
                    .param("confidence", a.confidence().name())
                    .update();
        }
        for (int i = 0; i < r.suspects().size(); i++) {
            jdbc.sql("""
                    insert into incident_suspect (site, reference, version, ord, person_ref)
                    values (:site, :ref, :version, :ord, :personRef)""")
                    .param("site", site)
                    .param("ref", r.reference())
                    .param("version", version)
                    .param("ord", i)
                    .param("personRef", r.suspects().get(i))
                    .update();
        }
    }

    /** Every version of the incident with its attributions and suspects: three queries however many versions. */
    List<VersionRow> versions(String site, String reference) {
        String ofIncident = " from %s where site = :site and reference = :ref order by version, ord";
        Map<Integer, List<AttributionRequest>> attributions = new HashMap<>();
        jdbc.sql("select version, group_ref, group_role, confidence" + ofIncident.formatted("incident_attribution"))
                .param("site", site)
                .param("ref", reference)
                .query((RowCallbackHandler) rs -> attributions
                        .computeIfAbsent(rs.getInt("version"), version -> new ArrayList<>())
                        .add(attribution(rs)));
        Map<Integer, List<String>> suspects = new HashMap<>();
        jdbc.sql("select version, person_ref" + ofIncident.formatted("incident_suspect"))
                .param("site", site)
                .param("ref", reference)
                .query((RowCallbackHandler)
                        rs -> suspects.computeIfAbsent(rs.getInt("version"), version -> new ArrayList<>())
                                .add(rs.getString("person_ref")));
        return jdbc
                .sql("select * from incident_version where site = :site and reference = :ref order by version")
                .param("site", site)
                .param("ref", reference)
                .query(IncidentRepository::versionRow)
                .list()
                .stream()
                .map(v -> withLists(
                        v,
                        attributions.getOrDefault(v.version(), List.of()),
                        suspects.getOrDefault(v.version(), List.of())))
                .toList();
    }

    /**
     * The current version of every incident the police have not retracted, in reference order: three
     * queries (versions, attributions, suspects) however many incidents the site has.
     */
    List<VersionRow> currentVersionsOfActive(String site) {
        String ofCurrentVersions = """
                from incident i join %s x on x.site = i.site and x.reference = i.reference and x.version = i.current_version
                where i.site = :site and i.status = 'ACTIVE'""";
        Map<String, List<AttributionRequest>> attributions = new HashMap<>();
        jdbc.sql("select x.reference, x.group_ref, x.group_role, x.confidence "
                        + ofCurrentVersions.formatted("incident_attribution") + " order by x.reference, x.ord")
                .param("site", site)
                .query((RowCallbackHandler) rs -> attributions
                        .computeIfAbsent(rs.getString("reference"), ref -> new ArrayList<>())
                        .add(attribution(rs)));
        Map<String, List<String>> suspects = new HashMap<>();
        jdbc.sql("select x.reference, x.person_ref " + ofCurrentVersions.formatted("incident_suspect")
                        + " order by x.reference, x.ord")
                .param("site", site)
                .query((RowCallbackHandler)
                        rs -> suspects.computeIfAbsent(rs.getString("reference"), ref -> new ArrayList<>())
                                .add(rs.getString("person_ref")));
        return jdbc
                .sql("select x.* " + ofCurrentVersions.formatted("incident_version") + " order by i.reference")
                .param("site", site)
                .query(IncidentRepository::versionRow)
                .list()
                .stream()
                .map(v -> withLists(
                        v,
                        attributions.getOrDefault(v.content().reference(), List.of()),
                        suspects.getOrDefault(v.content().reference(), List.of())))
                .toList();
    }

    /** A version row without its attributions and suspects, which {@link #withLists} adds. */
    private static VersionRow versionRow(ResultSet rs, int n) throws SQLException {
        OffsetDateTime occurred = rs.getObject("occurred_at", OffsetDateTime.class)
                .toInstant()
                .atOffset(ZoneOffset.ofTotalSeconds(rs.getInt("occurred_offset")));
        String unattributed = rs.getString("unattributed_suspects");
        IncidentRequest content = new IncidentRequest(
                rs.getString("reference"),
                rs.getString("incident_type"),
                occurred,
                rs.getString("area"),
                rs.getString("summary"),
                List.of(),
                List.of());
        return new VersionRow(
                rs.getInt("version"),
                content,
                SqlTime.instant(rs, "reported_at"),
                rs.getString("reported_by"),
                unattributed.isEmpty() ? List.of() : Arrays.asList(unattributed.split(",")));
    }

    private static VersionRow withLists(VersionRow v, List<AttributionRequest> attributions, List<String> suspects) {
        IncidentRequest c = v.content();
        return new VersionRow(
                v.version(),
                new IncidentRequest(
                        c.reference(), c.type(), c.occurredAt(), c.area(), c.summary(), attributions, suspects),
                v.reportedAt(),
                v.reportedBy(),
                v.unattributedSuspects());
    }

    private static AttributionRequest attribution(ResultSet rs) throws SQLException {
        return new AttributionRequest(
                rs.getString("group_ref"),
                Role.valueOf(rs.getString("group_role")),
                Confidence.valueOf(rs.getString("confidence")));
    }
}

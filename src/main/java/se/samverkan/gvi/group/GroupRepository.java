package se.samverkan.gvi.group;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverkan.gvi.group.GroupView.AuditView;
import se.samverkan.gvi.group.GroupView.MemberView;
import se.samverkan.gvi.persistence.ListsByParent;
import se.samverkan.gvi.persistence.RowLock;
import se.samverkan.gvi.persistence.SqlTime;
import se.samverkan.gvi.rules.governance.PromiseDeliveries;

/** Persons, groups, audits and call-ins in SQL. Every query is scoped to one site. */
@Repository
class GroupRepository {

    private final NamedParameterJdbcTemplate batchJdbc;
    private final JdbcClient jdbc;

    /** The template batches the lists ({@link ListsByParent#insert}); the client on it is the one Spring Boot builds on it too. */
    GroupRepository(NamedParameterJdbcTemplate batchJdbc) {
        this.batchJdbc = batchJdbc;
        this.jdbc = JdbcClient.create(batchJdbc);
    }

    // --- persons ---------------------------------------------------------------------------------

    /** A stored person with every fact of {@code vocabulary}, true or false. */
    Optional<Person> person(String site, String ref, Collection<String> vocabulary) {
        return person("select ref, birth_date from person where site = :site and ref = :ref", site, ref, vocabulary);
    }

    /** As {@link #person}, with the person's row locked until the transaction ends. */
    Optional<Person> lockPerson(String site, String ref, Collection<String> vocabulary) {
        return person(
                "select ref, birth_date from person where site = :site and ref = :ref for update",
                site,
                ref,
                vocabulary);
    }

    private Optional<Person> person(String sql, String site, String ref, Collection<String> vocabulary) {
        return jdbc.sql(sql)
                .param("site", site)
                .param("ref", ref)
                .query((rs, n) -> rs.getObject("birth_date", LocalDate.class))
                .optional()
                .map(birthDate -> Person.of(ref, birthDate, trueFacts(site, ref), vocabulary));
    }

    void insertPerson(String site, Person p, String by, Instant at) {
        jdbc.sql("""
                insert into person (site, ref, birth_date, updated_at, updated_by)
                values (:site, :ref, :birthDate, :at, :by)""").params(personParams(site, p, by, at)).update();
        insertFacts(site, p);
    }

    void updatePerson(String site, Person p, String by, Instant at) {
        jdbc.sql("""
                update person set birth_date = :birthDate, updated_at = :at, updated_by = :by
                where site = :site and ref = :ref""").params(personParams(site, p, by, at)).update();
        jdbc.sql("delete from person_fact where site = :site and person_ref = :ref")
                .param("site", site)
                .param("ref", p.ref())
                .update();
        insertFacts(site, p);
    }

    private void insertFacts(String site, Person p) {
        for (String code : new TreeSet<>(p.trueFacts())) {
            jdbc.sql("insert into person_fact (site, person_ref, code) values (:site, :ref, :code)")
                    .param("site", site)
                    .param("ref", p.ref())
                    .param("code", code)
                    .update();
        }
    }

    private Set<String> trueFacts(String site, String ref) {
        return new HashSet<>(jdbc.sql("select code from person_fact where site = :site and person_ref = :ref")
                .param("site", site)
                .param("ref", ref)
                .query(String.class)
                .list());
    }

    /** The refs among {@code refs} that are not stored persons of the site. */
    List<String> missingPersons(String site, Collection<String> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        List<String> found = jdbc.sql("select ref from person where site = :site and ref in (:refs)")
                .param("site", site)
                .param("refs", refs)
                .query(String.class)
                .list();
        return refs.stream().filter(r -> !found.contains(r)).distinct().toList();
    }

    /** The stored persons among {@code refs}, each with the facts reported true. */
    Map<String, Person> persons(String site, Collection<String> refs) {
        Map<String, Person> persons = new LinkedHashMap<>();
        if (refs.isEmpty()) {
            return persons;
        }
        Map<String, Set<String>> facts = new HashMap<>();
        jdbc.sql("select person_ref, code from person_fact where site = :site and person_ref in (:refs)")
                .param("site", site)
                .param("refs", refs)
                .query((rs, n) -> facts.computeIfAbsent(rs.getString("person_ref"), r -> new HashSet<>())
                        .add(rs.getString("code")))
                .list();
        jdbc.sql("select ref, birth_date from person where site = :site and ref in (:refs)")
                .param("site", site)
                .param("refs", refs)
                .query((rs, n) -> {
                    Set<String> trueFacts = facts.getOrDefault(rs.getString("ref"), Set.of());
                    return Person.of(
                            rs.getString("ref"), rs.getObject("birth_date", LocalDate.class), trueFacts, trueFacts);
                })
                .list()
                .forEach(p -> persons.put(p.ref(), p));
        return persons;
    }

    long countPersons(String site) {
        return jdbc.sql("select count(*) from person where site = :site")
                .param("site", site)
                .query(Long.class)
                .single();
    }

    // --- groups ----------------------------------------------------------------------------------

    record GroupRow(String ref, String name, String area) {}

    Optional<GroupRow> group(String site, String ref, RowLock lock) {
        return jdbc.sql(lock.on("select ref, name, area from gvi_group where site = :site and ref = :ref"))
                .param("site", site)
                .param("ref", ref)
                .query(GroupRow.class)
                .optional();
    }

    /**
     * The refs of the named groups that exist, by ref. Locked, the rows are taken in that stable
     * order, so two requests that touch the same groups queue behind each other instead of
     * deadlocking.
     */
    List<String> existingGroups(String site, Collection<String> refs, RowLock lock) {
        if (refs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(lock.on("select ref from gvi_group where site = :site and ref in (:refs) order by ref"))
                .param("site", site)
                .param("refs", refs)
                .query(String.class)
                .list();
    }

    /** Every group of the site by ref, in one query. */
    List<GroupSummary> groupSummaries(String site) {
        return jdbc.sql("""
                select g.ref, g.name, g.area, count(a.id) as audits, max(a.mapped_on) as last_mapped_on
                from gvi_group g left join group_audit a on a.site = g.site and a.group_ref = g.ref
                where g.site = :site group by g.ref, g.name, g.area order by g.ref""")
                .param("site", site)
                .query((rs, n) -> new GroupSummary(
                        rs.getString("ref"),
                        rs.getString("name"),
                        rs.getString("area"),
                        rs.getInt("audits"),
                        rs.getObject("last_mapped_on", LocalDate.class)))
                .list();
    }

    /** Every group of the site by ref, with its name: no personal data, so reading it is not logged. */
    Map<String, String> groupNames(String site) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select ref, name from gvi_group where site = :site order by ref")
                .param("site", site)
                .query((ResultSet rs) -> {
                    names.put(rs.getString("ref"), rs.getString("name"));
                });
        return names;
    }

    void insertGroup(String site, String ref, String name, String area, Instant at) {
        jdbc.sql("insert into gvi_group (site, ref, name, area, created_at) values (:site, :ref, :name, :area, :at)")
                .param("site", site)
                .param("ref", ref)
                .param("name", name)
                .param("area", area)
                .param("at", SqlTime.of(at))
                .update();
    }

    void updateGroup(String site, String ref, String name, String area) {
        jdbc.sql("update gvi_group set name = :name, area = :area where site = :site and ref = :ref")
                .param("site", site)
                .param("ref", ref)
                .param("name", name)
                .param("area", area)
                .update();
    }

    List<String> rivals(String site, String ref) {
        return jdbc.sql("select rival_ref from group_rival where site = :site and group_ref = :ref order by ord")
                .param("site", site)
                .param("ref", ref)
                .query(String.class)
                .list();
    }

    void replaceRivals(String site, String ref, List<String> rivals) {
        jdbc.sql("delete from group_rival where site = :site and group_ref = :ref")
                .param("site", site)
                .param("ref", ref)
                .update();
        ListsByParent.insert(
                batchJdbc,
                "insert into group_rival (site, group_ref, ord, rival_ref) values (:site, :ref, :ord, :rival)",
                Map.of("site", site, "ref", ref),
                rivals,
                (row, rival) -> row.addValue("rival", rival));
    }

    // --- audits ----------------------------------------------------------------------------------

    /** Every audit of the group, oldest version first, with its members. */
    List<AuditView> audits(String site, String groupRef) {
        return withMembers(auditRows(site, groupRef));
    }

    /**
     * The audit that applies on a date ({@link GroupFacts#auditOn} picks it), with its members and
     * no other audit's: the audits' own rows are read, and the members of the one that applies.
     * Two statements, and the member rows read do not grow with the group's history.
     */
    Optional<AuditView> auditOn(String site, String groupRef, LocalDate date) {
        List<AuditRow> rows = auditRows(site, groupRef);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        AuditView applies = GroupFacts.auditOn(rows.stream().map(AuditRow::view).toList(), date);
        return withMembers(rows.stream().filter(r -> r.view() == applies).toList()).stream()
                .findFirst();
    }

    /** The group's audits as stored, oldest version first, before their members are read. */
    private List<AuditRow> auditRows(String site, String groupRef) {
        return jdbc.sql("""
                select id, version, mapped_on, recorded_at, recorded_by from group_audit
                where site = :site and group_ref = :ref order by version""")
                .param("site", site)
                .param("ref", groupRef)
                .query(GroupRepository::auditRow)
                .list();
    }

    /** An audit as stored, before its members are read. */
    private record AuditRow(UUID id, AuditView view) {}

    private static AuditRow auditRow(ResultSet rs, int n) throws SQLException {
        return new AuditRow(
                rs.getObject("id", UUID.class),
                new AuditView(
                        rs.getInt("version"),
                        rs.getObject("mapped_on", LocalDate.class),
                        SqlTime.instant(rs, "recorded_at"),
                        rs.getString("recorded_by"),
                        List.of()));
    }

    /** The audits with their members, read in one statement for all of them. */
    private List<AuditView> withMembers(List<AuditRow> rows) {
        Map<UUID, List<MemberView>> members = ListsByParent.read(
                jdbc,
                rows.stream().map(AuditRow::id).toList(),
                """
                select audit_id, person_ref, joined_on, exited_on from group_audit_member
                where audit_id in (:ids) order by ord""",
                "audit_id",
                rs -> new MemberView(
                        rs.getString("person_ref"),
                        rs.getObject("joined_on", LocalDate.class),
                        rs.getObject("exited_on", LocalDate.class)));
        List<AuditView> audits = new ArrayList<>();
        for (AuditRow row : rows) {
            AuditView v = row.view();
            audits.add(new AuditView(
                    v.version(),
                    v.mappedOn(),
                    v.recordedAt(),
                    v.recordedBy(),
                    members.getOrDefault(row.id(), List.of())));
        }
        return audits;
    }

    void insertAudit(String site, String groupRef, int version, GroupRequest.Audit audit, String by, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into group_audit (id, site, group_ref, version, mapped_on, recorded_at, recorded_by)
                values (:id, :site, :ref, :version, :mappedOn, :at, :by)""")
                .param("id", id)
                .param("site", site)
                .param("ref", groupRef)
                .param("version", version)
                .param("mappedOn", audit.mappedOn())
                .param("at", SqlTime.of(at))
                .param("by", by)
                .update();
        ListsByParent.insert(
                batchJdbc,
                """
                insert into group_audit_member (audit_id, site, ord, person_ref, joined_on, exited_on)
                values (:id, :site, :ord, :personRef, :joinedOn, :exitedOn)""",
                Map.of("id", id, "site", site),
                audit.members(),
                (row, m) -> row.addValue("personRef", m.personRef())
                        .addValue("joinedOn", m.joinedOn())
                        .addValue("exitedOn", m.exitedOn()));
    }

    // --- call-ins --------------------------------------------------------------------------------

    List<CallInView> callIns(String site, String groupRef) {
        record Row(UUID id, LocalDate heldOn, String promiseId, Instant at, String by) {}
        List<Row> rows = jdbc.sql("""
                select id, held_on, promise_id, recorded_at, recorded_by from call_in
                where site = :site and group_ref = :ref order by held_on, recorded_at""")
                .param("site", site)
                .param("ref", groupRef)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getString("promise_id"),
                        SqlTime.instant(rs, "recorded_at"),
                        rs.getString("recorded_by")))
                .list();
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<String>> attendees = ListsByParent.read(
                jdbc,
                ids,
                "select call_in_id, person_ref from call_in_attendee where call_in_id in (:ids) order by ord",
                "call_in_id",
                rs -> rs.getString("person_ref"));
        Map<UUID, List<CallInRequest.Speaker>> speakers = ListsByParent.read(
                jdbc,
                ids,
                "select call_in_id, speaker_role, name from call_in_speaker where call_in_id in (:ids) order by ord",
                "call_in_id",
                rs -> new CallInRequest.Speaker(
                        SpeakerRole.valueOf(rs.getString("speaker_role")), rs.getString("name")));
        Map<UUID, List<CallInRequest.Notification>> notifications = ListsByParent.read(
                jdbc,
                ids,
                "select call_in_id, person_ref, delivered_on from custom_notification where call_in_id in (:ids) order by ord",
                "call_in_id",
                rs -> new CallInRequest.Notification(
                        rs.getString("person_ref"), rs.getObject("delivered_on", LocalDate.class)));
        List<CallInView> callIns = new ArrayList<>();
        for (Row r : rows) {
            callIns.add(new CallInView(
                    r.id(),
                    groupRef,
                    r.heldOn(),
                    r.promiseId(),
                    attendees.getOrDefault(r.id(), List.of()),
                    speakers.getOrDefault(r.id(), List.of()),
                    notifications.getOrDefault(r.id(), List.of()),
                    r.at(),
                    r.by()));
        }
        return callIns;
    }

    /** Every call-in of the site as the delivery of its promise, oldest first. */
    List<PromiseDeliveries.Delivery> deliveries(String site) {
        return jdbc.sql("""
                select id, promise_id, group_ref, held_on from call_in
                where site = :site order by held_on, recorded_at, id""")
                .param("site", site)
                .query((rs, n) -> new PromiseDeliveries.Delivery(
                        rs.getObject("id", UUID.class),
                        rs.getString("promise_id"),
                        rs.getString("group_ref"),
                        rs.getObject("held_on", LocalDate.class)))
                .list();
    }

    boolean callInExists(String site, String groupRef, LocalDate heldOn, String promiseId) {
        return jdbc.sql("""
                select count(*) from call_in
                where site = :site and group_ref = :ref and held_on = :heldOn and promise_id = :promiseId""")
                        .param("site", site)
                        .param("ref", groupRef)
                        .param("heldOn", heldOn)
                        .param("promiseId", promiseId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    UUID insertCallIn(String site, String groupRef, CallInRequest request, String by, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into call_in (id, site, group_ref, held_on, promise_id, recorded_at, recorded_by)
                values (:id, :site, :ref, :heldOn, :promiseId, :at, :by)""")
                .param("id", id)
                .param("site", site)
                .param("ref", groupRef)
                .param("heldOn", request.heldOn())
                .param("promiseId", request.promiseId())
                .param("at", SqlTime.of(at))
                .param("by", by)
                .update();
        Map<String, Object> callIn = Map.of("id", id, "site", site);
        ListsByParent.insert(
                batchJdbc,
                "insert into call_in_attendee (call_in_id, site, ord, person_ref) values (:id, :site, :ord, :ref)",
                callIn,
                request.attendees().stream().distinct().toList(),
                (row, ref) -> row.addValue("ref", ref));
        ListsByParent.insert(
                batchJdbc,
                "insert into call_in_speaker (call_in_id, site, ord, speaker_role, name) values (:id, :site, :ord, :role, :name)",
                callIn,
                request.speakers(),
                (row, s) -> row.addValue("role", s.role().name()).addValue("name", s.name()));
        ListsByParent.insert(
                batchJdbc,
                """
                insert into custom_notification (call_in_id, site, ord, person_ref, delivered_on)
                values (:id, :site, :ord, :ref, :deliveredOn)""",
                callIn,
                request.customNotifications(),
                (row, c) -> row.addValue("ref", c.personRef()).addValue("deliveredOn", c.deliveredOn()));
        return id;
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static Map<String, Object> personParams(String site, Person p, String by, Instant at) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("site", site);
        params.put("ref", p.ref());
        params.put("birthDate", p.birthDate());
        params.put("at", SqlTime.of(at));
        params.put("by", by);
        return params;
    }
}

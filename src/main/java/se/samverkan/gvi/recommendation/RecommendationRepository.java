package se.samverkan.gvi.recommendation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverkan.gvi.decision.Outcome;
import se.samverkan.gvi.decision.PriorEnforcement;
import se.samverkan.gvi.decision.Priority;
import se.samverkan.gvi.decision.ProposedAction;
import se.samverkan.gvi.decision.Recommendation;
import se.samverkan.gvi.decision.RecommendationShape;
import se.samverkan.gvi.persistence.ListsByParent;
import se.samverkan.gvi.persistence.SqlTime;
import se.samverkan.gvi.recommendation.RecommendationView.ActionView;
import se.samverkan.gvi.recommendation.RecommendationView.DecisionView;
import se.samverkan.gvi.recommendation.RecommendationView.ExclusionView;
import se.samverkan.gvi.web.Paging;

/** Recommendations, their actions, exclusions, fired rules and decisions, and sanction rounds in SQL. */
@Repository
class RecommendationRepository {

    private final NamedParameterJdbcTemplate batchJdbc;
    private final JdbcClient jdbc;

    /** The template batches a recommendation's lists; the client on it is the one Spring Boot builds on it too. */
    RecommendationRepository(NamedParameterJdbcTemplate batchJdbc) {
        this.batchJdbc = batchJdbc;
        this.jdbc = JdbcClient.create(batchJdbc);
    }

    record Row(
            UUID id,
            String site,
            String incidentReference,
            int incidentVersion,
            String groupRef,
            Outcome outcome,
            Priority priority,
            String summary,
            @Nullable String promiseId,
            String ruleSetVersion,
            Instant reportedAt,
            Instant createdAt,
            @Nullable Instant dueBy,
            RecommendationStatus status,
            boolean needsReview) {}

    void insert(
            String site,
            UUID id,
            Recommendation r,
            int incidentVersion,
            LocalDate incidentDate,
            Instant createdAt,
            @Nullable UUID sanctionRound) {
        jdbc.sql("""
                insert into recommendation (id, site, incident_reference, incident_version, incident_date, group_ref,
                    outcome, priority, summary, promise_id, rule_set_version, reported_at, created_at, due_by, status,
                    needs_review, sanction_round_id)
                values (:id, :site, :ref, :version, :incidentDate, :groupRef, :outcome, :priority, :summary, :promiseId,
                    :rsv, :reportedAt, :createdAt, :dueBy, 'PENDING_REVIEW', false, :round)""")
                .param("id", id)
                .param("site", site)
                .param("ref", r.incidentReference())
                .param("version", incidentVersion)
                .param("incidentDate", incidentDate)
                .param("groupRef", r.groupRef())
                .param("outcome", r.outcome().name())
                .param("priority", r.priority().name())
                .param("summary", r.summary())
                .param("promiseId", r.promiseId())
                .param("rsv", r.ruleSetVersion())
                .param("reportedAt", SqlTime.ofNullable(r.reportedAt()))
                .param("createdAt", SqlTime.ofNullable(createdAt))
                .param("dueBy", SqlTime.ofNullable(r.dueBy()))
                .param("round", sanctionRound)
                .update();
        Map<String, Object> recommendation = Map.of("rec", id, "site", site);
        ListsByParent.insert(
                batchJdbc,
                """
                insert into recommendation_action (id, recommendation_id, site, ord, person_ref, lever, agency, sanction,
                    legal_basis, promise_clause, due_by, rule_id, explanation, status)
                values (:id, :rec, :site, :ord, :personRef, :lever, :agency, :sanction, :legalBasis, :clause, :dueBy,
                    :ruleId, :explanation, 'PROPOSED')""",
                recommendation,
                r.actions(),
                (row, a) -> row.addValue("id", UUID.randomUUID())
                        .addValue("personRef", a.personRef())
                        .addValue("lever", a.lever())
                        .addValue("agency", a.agency())
                        .addValue("sanction", a.sanction())
                        .addValue("legalBasis", a.legalBasis())
                        .addValue("clause", a.promiseClause())
                        .addValue("dueBy", SqlTime.ofNullable(a.dueBy()))
                        .addValue("ruleId", a.ruleId())
                        .addValue("explanation", a.explanation()));
        ListsByParent.insert(
                batchJdbc,
                """
                insert into recommendation_exclusion (recommendation_id, site, ord, person_ref, lever, reason, rule_id,
                    legal_basis, explanation)
                values (:rec, :site, :ord, :personRef, :lever, :reason, :ruleId, :legalBasis, :explanation)""",
                recommendation,
                r.exclusions(),
                (row, e) -> row.addValue("personRef", e.personRef())
                        .addValue("lever", e.lever())
                        .addValue("reason", e.reason().code())
                        .addValue("ruleId", e.ruleId())
                        .addValue("legalBasis", e.legalBasis())
                        .addValue("explanation", e.explanation()));
        ListsByParent.insert(
                batchJdbc,
                "insert into recommendation_fired_rule (recommendation_id, ord, rule_id) values (:rec, :ord, :rule)",
                Map.of("rec", id),
                r.firedRules(),
                (row, rule) -> row.addValue("rule", rule));
    }

    /** The enforcements that count for escalation (GVI-14): not rejected or replaced, of an incident not retracted. */
    private static final String STANDING_ENFORCEMENTS = """
            from recommendation r
            where r.site = :site and r.outcome = 'GROUP_ENFORCEMENT'
              and r.status not in ('REJECTED', 'SUPERSEDED', 'WITHDRAWN')
              and not exists (select 1 from incident i where i.site = r.site
                              and i.reference = r.incident_reference and i.status = 'RETRACTED')
            """;

    List<PriorEnforcement> standingEnforcements(String site, String groupRef, String excludingIncident) {
        return jdbc.sql("select distinct r.incident_reference, r.incident_date " + STANDING_ENFORCEMENTS + """
                  and r.group_ref = :groupRef and r.incident_reference <> :ref
                order by r.incident_date, r.incident_reference""")
                .param("site", site)
                .param("groupRef", groupRef)
                .param("ref", excludingIncident)
                .query((rs, n) -> new PriorEnforcement(
                        rs.getString("incident_reference"), rs.getObject("incident_date", LocalDate.class)))
                .list();
    }

    /** Every standing enforcement of the site with its storage time, per group by incident date, then reference. */
    Map<String, List<StandingRecommendations.Enforcement>> standingEnforcements(String site) {
        Map<String, List<StandingRecommendations.Enforcement>> byGroup = new HashMap<>();
        jdbc.sql("select r.group_ref, r.incident_reference, r.incident_date, r.created_at " + STANDING_ENFORCEMENTS
                        + "order by r.incident_date, r.incident_reference")
                .param("site", site)
                .query((RowCallbackHandler) rs -> byGroup.computeIfAbsent(
                                rs.getString("group_ref"), g -> new ArrayList<>())
                        .add(new StandingRecommendations.Enforcement(
                                rs.getString("incident_reference"),
                                rs.getObject("incident_date", LocalDate.class),
                                SqlTime.instant(rs, "created_at"))));
        return byGroup;
    }

    /** The recommendations of the site that are not superseded or withdrawn, in {@link #forIncident}'s order. */
    List<Row> standing(String site) {
        return jdbc.sql("""
                select * from recommendation where site = :site and status not in ('SUPERSEDED', 'WITHDRAWN')
                order by incident_reference, incident_version, created_at, group_ref""")
                .param("site", site)
                .query(RecommendationRepository::row)
                .list();
    }

    /**
     * The actions and exclusions of the site's standing recommendations, each gathered in its
     * recommendation's shape, by recommendation id: two queries, only the columns a shape needs.
     */
    Map<UUID, RecommendationShape.Builder> standingShapes(String site) {
        Map<UUID, RecommendationShape.Builder> shapes = new HashMap<>();
        jdbc.sql(OF_STANDING.formatted("x.person_ref, x.lever, x.due_by", "recommendation_action"))
                .param("site", site)
                .query((RowCallbackHandler) rs -> shapeOf(shapes, rs)
                        .action(
                                rs.getString("person_ref"),
                                rs.getString("lever"),
                                SqlTime.instantOrNull(rs, "due_by")));
        jdbc.sql(OF_STANDING.formatted("x.person_ref, x.reason, x.lever", "recommendation_exclusion"))
                .param("site", site)
                .query((RowCallbackHandler) rs -> shapeOf(shapes, rs)
                        .exclusion(rs.getString("person_ref"), rs.getString("reason"), rs.getString("lever")));
        return shapes;
    }

    /**
     * The rows of one of a recommendation's lists (table), for every standing recommendation of the
     * site, in order. The site is filtered on the recommendation only (a recommendation's list rows
     * belong to its site): with a site filter on the list table as well, PostgreSQL without statistics
     * (right after a bulk load) combined both indexes per recommendation and took 95 s instead of 1 s
     * for 337 640 actions.
     */
    private static final String OF_STANDING = """
            select x.recommendation_id, %s from %s x join recommendation r on r.id = x.recommendation_id
            where r.site = :site and r.status not in ('SUPERSEDED', 'WITHDRAWN')
            order by x.recommendation_id, x.ord""";

    private static RecommendationShape.Builder shapeOf(Map<UUID, RecommendationShape.Builder> shapes, ResultSet rs)
            throws SQLException {
        return shapes.computeIfAbsent(
                rs.getObject("recommendation_id", UUID.class), id -> new RecommendationShape.Builder());
    }

    List<Row> forIncident(String site, String reference) {
        return rows(site, "incident_reference = :key order by incident_version, created_at, group_ref", reference)
                .list();
    }

    /** Every recommendation of an incident, locked: a concurrent decision waits, or has committed. */
    List<Row> lockForIncident(String site, String reference) {
        return rows(site, "incident_reference = :key order by id for update", reference)
                .list();
    }

    Optional<Row> lock(String site, UUID id) {
        return rows(site, "id = :key for update", id).optional();
    }

    Optional<Row> find(String site, UUID id) {
        return rows(site, "id = :key", id).optional();
    }

    /** The site's recommendations whose column matches {@code :key} as {@code condition} says, ordered or locked by it. */
    private JdbcClient.MappedQuerySpec<Row> rows(String site, String condition, Object key) {
        return jdbc.sql("select * from recommendation where site = :site and " + condition)
                .param("site", site)
                .param("key", key)
                .query(RecommendationRepository::row);
    }

    void setStatus(UUID id, RecommendationStatus status) {
        jdbc.sql("update recommendation set status = :status where id = :id")
                .param("status", status.name())
                .param("id", id)
                .update();
    }

    void markNeedsReview(UUID id) {
        jdbc.sql("update recommendation set needs_review = true where id = :id")
                .param("id", id)
                .update();
    }

    record Filter(
            @Nullable RecommendationStatus status,
            @Nullable String groupRef,
            @Nullable Outcome outcome) {}

    List<Row> list(String site, Filter filter, Paging paging) {
        return jdbc.sql("select * from recommendation " + where(filter)
                        + " order by due_by, created_at, id limit :limit offset :offset")
                .params(filterParams(site, filter))
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(RecommendationRepository::row)
                .list();
    }

    long count(String site, Filter filter) {
        return jdbc.sql("select count(*) from recommendation " + where(filter))
                .params(filterParams(site, filter))
                .query(Long.class)
                .single();
    }

    private static String where(Filter filter) {
        StringBuilder where = new StringBuilder("where site = :site");
        if (filter.status() != null) {
            where.append(" and status = :status");
        }
        if (filter.groupRef() != null) {
            where.append(" and group_ref = :groupRef");
        }
        if (filter.outcome() != null) {
            where.append(" and outcome = :outcome");
        }
        return where.toString();
    }

    private static Map<String, Object> filterParams(String site, Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("site", site);
        if (filter.status() != null) {
            params.put("status", filter.status().name());
        }
        if (filter.groupRef() != null) {
            params.put("groupRef", filter.groupRef());
        }
        if (filter.outcome() != null) {
            params.put("outcome", filter.outcome().name());
        }
        return params;
    }

    List<ActionView> actions(UUID recommendation) {
        return actions(List.of(recommendation)).getOrDefault(recommendation, List.of());
    }

    /** The actions of each of the recommendations, in order, in one query. */
    Map<UUID, List<ActionView>> actions(Collection<UUID> recommendations) {
        return listOf(
                "recommendation_action",
                recommendations,
                rs -> new ActionView(
                        rs.getObject("id", UUID.class),
                        new ProposedAction(
                                rs.getString("person_ref"),
                                rs.getString("lever"),
                                rs.getString("agency"),
                                rs.getBoolean("sanction"),
                                rs.getString("legal_basis"),
                                rs.getString("promise_clause"),
                                SqlTime.instantOrNull(rs, "due_by"),
                                rs.getString("rule_id"),
                                rs.getString("explanation")),
                        ActionStatus.valueOf(rs.getString("status"))));
    }

    /** The exclusions of each of the recommendations, in order, in one query. */
    Map<UUID, List<ExclusionView>> exclusions(Collection<UUID> recommendations) {
        return listOf("recommendation_exclusion", recommendations, ListsByParent.RowMapper.of(ExclusionView.class));
    }

    /** The rules that fired for each of the recommendations, in order, in one query. */
    Map<UUID, List<String>> firedRules(Collection<UUID> recommendations) {
        return listOf("recommendation_fired_rule", recommendations, rs -> rs.getString("rule_id"));
    }

    /** The rows of one of the recommendations' lists ({@code table}), by recommendation, in order: one query. */
    private <T> Map<UUID, List<T>> listOf(
            String table, Collection<UUID> recommendations, ListsByParent.RowMapper<T> row) {
        return ListsByParent.readInOrder(
                jdbc,
                recommendations,
                "select * from " + table + " where recommendation_id in (:ids)",
                "recommendation_id",
                row);
    }

    /** The decision of each of the recommendations that has one, in one query. */
    Map<UUID, DecisionView> decisions(Collection<UUID> recommendations) {
        Map<UUID, DecisionView> decisions = new HashMap<>();
        ListsByParent.read(
                        jdbc,
                        recommendations,
                        "select * from recommendation_decision where recommendation_id in (:ids)",
                        "recommendation_id",
                        rs -> new DecisionView(
                                ReviewDecision.valueOf(rs.getString("decision")),
                                rs.getString("reason"),
                                rs.getString("decided_by"),
                                SqlTime.instant(rs, "decided_at")))
                .forEach((id, list) -> decisions.put(id, list.get(0)));
        return decisions;
    }

    void insertDecision(String site, UUID recommendation, DecisionRequest request, String by, Instant at) {
        jdbc.sql("""
                insert into recommendation_decision (recommendation_id, site, decision, reason, decided_by, decided_at)
                values (:id, :site, :decision, :reason, :by, :at)""")
                .param("id", recommendation)
                .param("site", site)
                .param("decision", request.decision().name())
                .param("reason", request.reason())
                .param("by", by)
                .param("at", SqlTime.ofNullable(at))
                .update();
    }

    void setActionStatuses(UUID recommendation, Collection<UUID> approved) {
        jdbc.sql("update recommendation_action set status = 'NOT_APPROVED' where recommendation_id = :id")
                .param("id", recommendation)
                .update();
        if (!approved.isEmpty()) {
            jdbc.sql(
                            "update recommendation_action set status = 'APPROVED' where recommendation_id = :id and id in (:ids)")
                    .param("id", recommendation)
                    .param("ids", approved)
                    .update();
        }
    }

    record ActionRow(UUID id, UUID recommendationId, ActionStatus status) {}

    Optional<ActionRow> lockAction(String site, UUID recommendation, UUID action) {
        return jdbc.sql("""
                select id, recommendation_id, status from recommendation_action
                where site = :site and recommendation_id = :rec and id = :id for update""")
                .param("site", site)
                .param("rec", recommendation)
                .param("id", action)
                .query(ActionRow.class)
                .optional();
    }

    Optional<ActionState> actionState(String site, UUID recommendation, UUID action) {
        return jdbc.sql("""
                select id, recommendation_id, agency, status, executed_on, outcome_note as note from recommendation_action
                where site = :site and recommendation_id = :rec and id = :id""")
                .param("site", site)
                .param("rec", recommendation)
                .param("id", action)
                .query(ActionState.class)
                .optional();
    }

    void recordOutcome(UUID action, OutcomeRequest request, String by, Instant at) {
        jdbc.sql("""
                update recommendation_action set status = :status, executed_on = :executedOn, outcome_note = :note,
                    outcome_by = :by, outcome_at = :at where id = :id""")
                .param("status", request.outcome().name())
                .param("executedOn", request.executedOn())
                .param("note", request.note())
                .param("by", by)
                .param("at", SqlTime.ofNullable(at))
                .param("id", action)
                .update();
    }

    List<ActionItem> approvedActions(String site, @Nullable Instant dueBefore, @Nullable String agency, Paging paging) {
        return jdbc.sql("""
                select a.id, a.recommendation_id, r.incident_reference, r.group_ref, a.person_ref, a.lever, a.agency,
                    a.due_by, a.status
                from recommendation_action a join recommendation r on r.id = a.recommendation_id
                """ + actionWhere(dueBefore, agency) + " order by a.due_by, a.id limit :limit offset :offset")
                .params(actionParams(site, dueBefore, agency))
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> new ActionItem(
                        rs.getObject("id", UUID.class),
                        rs.getObject("recommendation_id", UUID.class),
                        rs.getString("incident_reference"),
                        rs.getString("group_ref"),
                        rs.getString("person_ref"),
                        rs.getString("lever"),
                        rs.getString("agency"),
                        SqlTime.instantOrNull(rs, "due_by"),
                        ActionStatus.valueOf(rs.getString("status"))))
                .list();
    }

    long countApprovedActions(String site, @Nullable Instant dueBefore, @Nullable String agency) {
        return jdbc.sql("select count(*) from recommendation_action a " + actionWhere(dueBefore, agency))
                .params(actionParams(site, dueBefore, agency))
                .query(Long.class)
                .single();
    }

    private static String actionWhere(@Nullable Instant dueBefore, @Nullable String agency) {
        return "where a.site = :site and a.status = 'APPROVED'"
                + (dueBefore == null ? "" : " and a.due_by < :dueBefore")
                + (agency == null ? "" : " and a.agency = :agency");
    }

    private static Map<String, Object> actionParams(String site, @Nullable Instant dueBefore, @Nullable String agency) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("site", site);
        if (dueBefore != null) {
            params.put("dueBefore", SqlTime.ofNullable(dueBefore));
        }
        if (agency != null) {
            params.put("agency", agency);
        }
        return params;
    }

    // --- sanction rounds -------------------------------------------------------------------------

    Optional<UUID> openRound(String site, String groupRef) {
        return jdbc.sql("""
                select id from sanction_round where site = :site and group_ref = :groupRef and closed_at is null
                order by opened_at limit 1""")
                .param("site", site)
                .param("groupRef", groupRef)
                .query(UUID.class)
                .optional();
    }

    UUID insertRound(String site, String groupRef, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into sanction_round (id, site, group_ref, opened_at) values (:id, :site, :groupRef, :at)")
                .param("id", id)
                .param("site", site)
                .param("groupRef", groupRef)
                .param("at", SqlTime.ofNullable(at))
                .update();
        return id;
    }

    record RoundRow(
            UUID id,
            String groupRef,
            Instant openedAt,
            @Nullable Instant closedAt,
            @Nullable String closedBy,
            @Nullable String effectReview) {}

    List<RoundRow> rounds(String site, String groupRef) {
        return jdbc.sql("select * from sanction_round where site = :site and group_ref = :groupRef order by opened_at")
                .param("site", site)
                .param("groupRef", groupRef)
                .query(RecommendationRepository::round)
                .list();
    }

    Optional<RoundRow> lockRound(String site, String groupRef, UUID id) {
        return jdbc.sql(
                        "select * from sanction_round where site = :site and group_ref = :groupRef and id = :id for update")
                .param("site", site)
                .param("groupRef", groupRef)
                .param("id", id)
                .query(RecommendationRepository::round)
                .optional();
    }

    void closeRound(UUID id, String by, Instant at, String effectReview) {
        jdbc.sql("update sanction_round set closed_at = :at, closed_by = :by, effect_review = :review where id = :id")
                .param("at", SqlTime.ofNullable(at))
                .param("by", by)
                .param("review", effectReview)
                .param("id", id)
                .update();
    }

    /** The recommendations of each of the rounds, oldest first, in one query. */
    Map<UUID, List<UUID>> roundRecommendations(Collection<UUID> rounds) {
        Map<UUID, List<UUID>> byRound = new HashMap<>();
        if (rounds.isEmpty()) {
            return byRound;
        }
        jdbc.sql(
                        "select sanction_round_id, id from recommendation where sanction_round_id in (:ids) order by created_at, id")
                .param("ids", rounds)
                .query((RowCallbackHandler) rs -> byRound.computeIfAbsent(
                                rs.getObject("sanction_round_id", UUID.class), round -> new ArrayList<>())
                        .add(rs.getObject("id", UUID.class)));
        return byRound;
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static RoundRow round(ResultSet rs, int n) throws SQLException {
        return new RoundRow(
                rs.getObject("id", UUID.class),
                rs.getString("group_ref"),
                SqlTime.instant(rs, "opened_at"),
                SqlTime.instantOrNull(rs, "closed_at"),
                rs.getString("closed_by"),
                rs.getString("effect_review"));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("site"),
                rs.getString("incident_reference"),
                rs.getInt("incident_version"),
                rs.getString("group_ref"),
                Outcome.valueOf(rs.getString("outcome")),
                Priority.valueOf(rs.getString("priority")),
                rs.getString("summary"),
                rs.getString("promise_id"),
                rs.getString("rule_set_version").trim(),
                SqlTime.instant(rs, "reported_at"),
                SqlTime.instant(rs, "created_at"),
                SqlTime.instantOrNull(rs, "due_by"),
                RecommendationStatus.valueOf(rs.getString("status")),
                rs.getBoolean("needs_review"));
    }

    static List<UUID> ids(List<Row> rows) {
        List<UUID> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.id()));
        return ids;
    }
}

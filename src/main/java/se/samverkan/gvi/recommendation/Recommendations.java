package se.samverkan.gvi.recommendation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.gvi.audit.DecisionLog;
import se.samverkan.gvi.decision.Evaluation;
import se.samverkan.gvi.decision.Outcome;
import se.samverkan.gvi.decision.PriorEnforcement;
import se.samverkan.gvi.decision.Recommendation;
import se.samverkan.gvi.decision.RecommendationShape;
import se.samverkan.gvi.refusal.ConflictException;
import se.samverkan.gvi.refusal.FieldError;
import se.samverkan.gvi.refusal.NotFoundException;
import se.samverkan.gvi.refusal.UnprocessableException;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.web.PageOf;
import se.samverkan.gvi.web.Paging;

/**
 * Stored recommendations: storing what the engine proposed, replacing them when an incident is
 * amended or retracted, the coordinator's decision and the agencies' outcomes. Every change and
 * every read is logged in the decision log.
 */
@Service
public class Recommendations {

    private final RecommendationRepository repository;
    private final SanctionRounds sanctionRounds;
    private final RecommendationMapper mapper;
    private final DecisionLog decisionLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Recommendations(
            RecommendationRepository repository,
            SanctionRounds sanctionRounds,
            RecommendationMapper mapper,
            DecisionLog decisionLog,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.sanctionRounds = sanctionRounds;
        this.mapper = mapper;
        this.decisionLog = decisionLog;
        this.clock = clock;
    }

    /**
     * The group's standing GROUP_ENFORCEMENT recommendations of other incidents (GVI-14 facts). An
     * incident the police retracted no longer counts, even where its recommendation was approved
     * before the retraction: the violence it reported is no longer attributed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<PriorEnforcement> standingEnforcements(String site, String groupRef, String excludingIncident) {
        return repository.standingEnforcements(site, groupRef, excludingIncident);
    }

    /**
     * Stores the recommendations of one incident version, each with its decision-log entry, in the
     * caller's transaction. A GROUP_ENFORCEMENT opens or joins the group's sanction round.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<RecommendationSummary> store(
            Actor actor, int incidentVersion, LocalDate incidentDate, Evaluation evaluation) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<RecommendationSummary> stored = new ArrayList<>();
        for (Recommendation r : evaluation.recommendations()) {
            UUID id = UUID.randomUUID();
            UUID round = r.outcome() == Outcome.GROUP_ENFORCEMENT
                    ? sanctionRounds.roundFor(actor.site(), r.groupRef(), now)
                    : null;
            repository.insert(actor.site(), id, r, incidentVersion, incidentDate, now, round);
            decisionLog.append(actor, "RECOMMENDATION_CREATED", "recommendation:" + id, r.ruleSetVersion(), r);
            stored.add(new RecommendationSummary(
                    id, r.groupRef(), r.outcome(), r.priority(), RecommendationStatus.PENDING_REVIEW));
        }
        return stored;
    }

    /** Summaries of the recommendations one incident version produced. */
    @Transactional(readOnly = true)
    public List<RecommendationSummary> ofVersion(String site, String incidentReference, int version) {
        return repository.forIncident(site, incidentReference).stream()
                .filter(r -> r.incidentVersion() == version)
                .map(r -> new RecommendationSummary(r.id(), r.groupRef(), r.outcome(), r.priority(), r.status()))
                .toList();
    }

    /**
     * The recommendations that stand in the site (not superseded or withdrawn) and its standing
     * enforcements, read in four queries, for comparing every stored incident with what a proposed
     * rule set would decide.
     */
    @Transactional(readOnly = true)
    public StandingRecommendations standing(String site) {
        Map<UUID, RecommendationShape.Builder> lists = repository.standingShapes(site);
        Map<StandingRecommendations.IncidentVersion, Map<String, RecommendationShape>> shapes = new HashMap<>();
        for (RecommendationRepository.Row r : repository.standing(site)) {
            RecommendationShape shape = lists.getOrDefault(r.id(), new RecommendationShape.Builder())
                    .build(r.groupRef(), r.outcome(), r.priority());
            shapes.computeIfAbsent(
                            new StandingRecommendations.IncidentVersion(r.incidentReference(), r.incidentVersion()),
                            v -> new TreeMap<>())
                    .put(r.groupRef(), shape);
        }
        return new StandingRecommendations(shapes, repository.standingEnforcements(site));
    }

    /** Every recommendation of an incident, all versions. */
    @Transactional(readOnly = true)
    public List<IncidentRecommendation> ofIncident(String site, String incidentReference) {
        return repository.forIncident(site, incidentReference).stream()
                .map(r -> new IncidentRecommendation(
                        r.id(),
                        r.incidentVersion(),
                        r.groupRef(),
                        r.outcome(),
                        r.priority(),
                        r.status(),
                        r.needsReview()))
                .toList();
    }

    /**
     * After an amendment or retraction: pending recommendations of the incident's earlier versions
     * become {@code pendingBecomes}; decided ones are flagged for a new review, never changed.
     *
     * @return the ids of the recommendations whose status changed
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<UUID> replaceEarlier(Actor actor, String incidentReference, RecommendationStatus pendingBecomes) {
        List<UUID> changed = new ArrayList<>();
        // Locked, so a decision that commits meanwhile is seen and flagged, never overwritten.
        List<RecommendationRepository.Row> rows =
                new ArrayList<>(repository.lockForIncident(actor.site(), incidentReference));
        rows.sort(java.util.Comparator.comparing(RecommendationRepository.Row::incidentVersion)
                .thenComparing(RecommendationRepository.Row::createdAt));
        for (RecommendationRepository.Row r : rows) {
            if (r.status() == RecommendationStatus.PENDING_REVIEW) {
                repository.setStatus(r.id(), pendingBecomes);
                decisionLog.append(
                        actor,
                        "RECOMMENDATION_" + pendingBecomes.name(),
                        "recommendation:" + r.id(),
                        r.ruleSetVersion(),
                        Map.of("id", r.id(), "status", pendingBecomes));
                changed.add(r.id());
            } else if (r.status() != RecommendationStatus.SUPERSEDED
                    && r.status() != RecommendationStatus.WITHDRAWN
                    && !r.needsReview()) {
                repository.markNeedsReview(r.id());
                decisionLog.append(
                        actor,
                        "RECOMMENDATION_NEEDS_REVIEW",
                        "recommendation:" + r.id(),
                        r.ruleSetVersion(),
                        Map.of("id", r.id(), "needsReview", true));
            }
        }
        return changed;
    }

    /** A proposal that is not stored (what-if), in the API's recommendation shape (docs/api.md). */
    public RecommendationView unsaved(Recommendation recommendation) {
        return mapper.unsaved(recommendation);
    }

    @Transactional
    public RecommendationView get(Actor actor, UUID id) {
        RecommendationRepository.Row row =
                repository.find(actor.site(), id).orElseThrow(() -> new NotFoundException("no recommendation " + id));
        decisionLog.append(
                actor, "RECOMMENDATION_READ", "recommendation:" + id, row.ruleSetVersion(), Map.of("id", id));
        return view(row);
    }

    @Transactional
    public PageOf<RecommendationView> list(
            Actor actor,
            @Nullable RecommendationStatus status,
            @Nullable String groupRef,
            @Nullable Outcome outcome,
            Paging paging) {
        PageOf<RecommendationRepository.Row> rows = rows(actor, status, groupRef, outcome, paging);
        return new PageOf<>(views(rows.items()), rows.total());
    }

    /**
     * The same page as {@link #list} (and the same decision-log entry) without each recommendation's actions,
     * exclusions, fired rules and decision: what the inbox and group pages show of it.
     */
    @Transactional
    public PageOf<RecommendationLine> lines(
            Actor actor, @Nullable RecommendationStatus status, @Nullable String groupRef, Paging paging) {
        PageOf<RecommendationRepository.Row> rows = rows(actor, status, groupRef, null, paging);
        return new PageOf<>(rows.items().stream().map(mapper::line).toList(), rows.total());
    }

    private PageOf<RecommendationRepository.Row> rows(
            Actor actor,
            @Nullable RecommendationStatus status,
            @Nullable String groupRef,
            @Nullable Outcome outcome,
            Paging paging) {
        RecommendationRepository.Filter filter = new RecommendationRepository.Filter(status, groupRef, outcome);
        List<RecommendationRepository.Row> rows = repository.list(actor.site(), filter, paging);
        long total = repository.count(actor.site(), filter);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("filter", String.valueOf(filter));
        payload.put("page", paging.page());
        payload.put("size", paging.size());
        payload.put("ids", RecommendationRepository.ids(rows));
        decisionLog.append(actor, "RECOMMENDATIONS_READ", "recommendations", null, payload);
        return new PageOf<>(rows, total);
    }

    /** A coordinator's decision (docs/api.md); only a recommendation pending review can be decided. */
    @Transactional
    public RecommendationView decide(Actor actor, UUID id, DecisionRequest request) {
        // A reason where one is needed, and approved actions only for a partial approval, are the
        // request's own constraints (CompleteDecision), checked by the API and the page alike.
        List<UUID> approvedIds = request.approvedActionIds() == null ? List.of() : request.approvedActionIds();
        RecommendationRepository.Row row =
                repository.lock(actor.site(), id).orElseThrow(() -> new NotFoundException("no recommendation " + id));
        if (row.status() != RecommendationStatus.PENDING_REVIEW) {
            throw new ConflictException("recommendation " + id + " is " + row.status() + ", not PENDING_REVIEW");
        }
        // read once: the approved ones below carry the proposal, which the decision does not change
        List<RecommendationView.ActionView> actions = repository.actions(id);
        Set<UUID> actionIds = new HashSet<>();
        actions.forEach(a -> actionIds.add(a.id()));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < approvedIds.size(); i++) {
            if (!actionIds.contains(approvedIds.get(i))) {
                errors.add(new FieldError(
                        "approvedActionIds[" + i + "]", "no action " + approvedIds.get(i) + " in this recommendation"));
            }
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException(errors);
        }
        Set<UUID> approved = switch (request.decision()) {
            case APPROVED -> actionIds;
            case PARTIALLY_APPROVED -> new HashSet<>(approvedIds);
            case REJECTED -> Set.of();
        };
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        repository.setStatus(id, RecommendationStatus.valueOf(request.decision().name()));
        repository.setActionStatuses(id, approved);
        repository.insertDecision(actor.site(), id, request, actor.name(), now);
        // The action names what the coordinator did (RECOMMENDATION_APPROVED_BY_COORDINATOR …): a person decides, never
        // the system.
        decisionLog.append(
                actor,
                "RECOMMENDATION_" + request.decision().name() + "_BY_COORDINATOR",
                "recommendation:" + id,
                row.ruleSetVersion(),
                request);
        List<ActionsApproved.ApprovedAction> approvedActions = actions.stream()
                .filter(a -> a.id() != null && approved.contains(a.id()))
                .map(mapper::approved)
                .toList();
        if (!approvedActions.isEmpty()) {
            // Synchronous, inside this transaction: what listeners write (the delivery outbox) commits with the
            // decision.
            events.publishEvent(new ActionsApproved(
                    actor.site(),
                    id,
                    row.incidentReference(),
                    row.incidentVersion(),
                    row.groupRef(),
                    request.decision(),
                    actor.name(),
                    now,
                    row.ruleSetVersion(),
                    approvedActions));
        }
        return view(repository.find(actor.site(), id).orElseThrow());
    }

    /** An agency's report on an approved action. */
    @Transactional
    public RecommendationView reportOutcome(Actor actor, UUID id, UUID actionId, OutcomeRequest request) {
        RecommendationRepository.Row row =
                repository.find(actor.site(), id).orElseThrow(() -> new NotFoundException("no recommendation " + id));
        RecommendationRepository.ActionRow action = repository
                .lockAction(actor.site(), id, actionId)
                .orElseThrow(() -> new NotFoundException("no action " + actionId + " in recommendation " + id));
        if (action.status() != ActionStatus.APPROVED) {
            throw new ConflictException("action " + actionId + " is " + action.status() + ", not APPROVED");
        }
        // A date in the future (or before 1970) is refused by the input policy on OutcomeRequest
        // (@EventDate), which the API and the agencies' outcome messages both validate.
        repository.recordOutcome(
                actionId, request, actor.name(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        decisionLog.append(actor, "ACTION_OUTCOME_REPORTED", "action:" + actionId, row.ruleSetVersion(), request);
        return view(repository.find(actor.site(), id).orElseThrow());
    }

    /** Where one action of a recommendation stands; empty when the site has no such action. */
    @Transactional(readOnly = true)
    public java.util.Optional<ActionState> actionState(String site, UUID recommendationId, UUID actionId) {
        return repository.actionState(site, recommendationId, actionId);
    }

    /** Approved actions without an outcome; with {@code overdue} only those past their due time. */
    @Transactional
    public PageOf<ActionItem> approvedActions(Actor actor, boolean overdue, @Nullable String agency, Paging paging) {
        Instant dueBefore = overdue ? clock.instant() : null;
        List<ActionItem> items = repository.approvedActions(actor.site(), dueBefore, agency, paging);
        // Actions name persons: the read is logged with the reader (docs/security.md).
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("overdue", overdue);
        payload.put("agency", agency);
        payload.put("page", paging.page());
        payload.put("size", paging.size());
        payload.put("ids", items.stream().map(ActionItem::id).toList());
        decisionLog.append(actor, "ACTIONS_READ", "actions", null, payload);
        return new PageOf<>(items, repository.countApprovedActions(actor.site(), dueBefore, agency));
    }

    private RecommendationView view(RecommendationRepository.Row r) {
        return views(List.of(r)).get(0);
    }

    /** The rows with their decisions, actions, exclusions and fired rules: four queries however many rows. */
    private List<RecommendationView> views(List<RecommendationRepository.Row> rows) {
        List<UUID> ids = RecommendationRepository.ids(rows);
        Map<UUID, RecommendationView.DecisionView> decisions = repository.decisions(ids);
        Map<UUID, List<RecommendationView.ActionView>> actions = repository.actions(ids);
        Map<UUID, List<RecommendationView.ExclusionView>> exclusions = repository.exclusions(ids);
        Map<UUID, List<String>> firedRules = repository.firedRules(ids);
        return rows.stream()
                .map(r -> mapper.stored(
                        r,
                        decisions.get(r.id()),
                        actions.getOrDefault(r.id(), List.of()),
                        exclusions.getOrDefault(r.id(), List.of()),
                        firedRules.getOrDefault(r.id(), List.of())))
                .toList();
    }
}

package se.samverkan.gvi.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverkan.gvi.GviSettings;
import se.samverkan.gvi.audit.DecisionLog;
import se.samverkan.gvi.decision.Attribution;
import se.samverkan.gvi.decision.Evaluation;
import se.samverkan.gvi.decision.GroupSnapshot;
import se.samverkan.gvi.decision.IncidentFacts;
import se.samverkan.gvi.decision.IncidentType;
import se.samverkan.gvi.decision.RecommendationShape;
import se.samverkan.gvi.decision.RuleSet;
import se.samverkan.gvi.decision.StoredCase;
import se.samverkan.gvi.group.GroupFacts;
import se.samverkan.gvi.persistence.RowLock;
import se.samverkan.gvi.recommendation.RecommendationStatus;
import se.samverkan.gvi.recommendation.RecommendationSummary;
import se.samverkan.gvi.recommendation.Recommendations;
import se.samverkan.gvi.refusal.ConflictException;
import se.samverkan.gvi.refusal.FieldError;
import se.samverkan.gvi.refusal.InvalidRequestException;
import se.samverkan.gvi.refusal.NotFoundException;
import se.samverkan.gvi.refusal.UnprocessableException;
import se.samverkan.gvi.rules.runtime.ActiveRuleSet;
import se.samverkan.gvi.security.Actor;

/**
 * Reporting, amending and retracting incidents. Each new version is evaluated in the request that
 * stores it: the facts are gathered as of the incident date while the attributed groups' rows are
 * locked (so two incidents of one group are evaluated one after the other and see each other for
 * escalation), and the version, its recommendations and their log entries are stored in one
 * transaction.
 *
 * <p>An {@link Incident} reaches the service after the input policy has passed its request (the
 * API's {@code @Valid}, the pages' validator): a time in the future or a group attributed twice is
 * refused there ({@link IncidentRequest}). What needs the site's state is refused here: a type
 * outside the site's vocabulary, a group or suspect that is not registered, an amendment whose
 * body names another reference than its path.
 */
@Service
public class IncidentService {

    private final IncidentRepository incidents;
    private final GroupFacts groups;
    private final Recommendations recommendations;
    private final ActiveRuleSet ruleSet;
    private final DecisionLog decisionLog;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    IncidentService(
            IncidentRepository incidents,
            GroupFacts groups,
            Recommendations recommendations,
            ActiveRuleSet ruleSet,
            DecisionLog decisionLog,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events,
            Clock clock,
            GviSettings settings) {
        this.incidents = incidents;
        this.groups = groups;
        this.recommendations = recommendations;
        this.ruleSet = ruleSet;
        this.decisionLog = decisionLog;
        this.tx = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
        this.zone = settings.zone();
    }

    /** The answer to a report: the version's report, and whether this request stored it. */
    public record Reported(IncidentReport report, boolean created) {}

    /**
     * Reports an incident. The same reference again with the same content (compared as parsed
     * values) answers the current version; different content or a retracted reference is a conflict.
     */
    public Reported report(Actor actor, Incident incident) {
        RuleSet rules = checkedRuleSet(actor.site(), incident.type());
        try {
            return Objects.requireNonNull(tx.execute(status -> reportInTransaction(actor, incident, rules)));
        } catch (DuplicateKeyException concurrentDuplicate) {
            // Another request stored the same reference between our check and our insert.
            return Objects.requireNonNull(tx.execute(status -> {
                IncidentRepository.IncidentRow existing = incidents
                        .find(actor.site(), incident.reference(), RowLock.NONE)
                        .orElseThrow();
                return new Reported(repeated(actor.site(), existing, incident), false);
            }));
        }
    }

    private Reported reportInTransaction(Actor actor, Incident incident, RuleSet rules) {
        lockAndCheckReferences(actor.site(), incident, Set.of());
        var existing = incidents.find(actor.site(), incident.reference(), RowLock.FOR_UPDATE);
        if (existing.isPresent()) {
            return new Reported(repeated(actor.site(), existing.get(), incident), false);
        }
        Instant now = now();
        incidents.insert(actor.site(), incident.reference(), now);
        return new Reported(storeVersion(actor, incident, 1, now, "INCIDENT_REPORTED", rules), true);
    }

    private IncidentReport repeated(String site, IncidentRepository.IncidentRow existing, Incident incident) {
        if (existing.status() == IncidentStatus.RETRACTED) {
            throw new ConflictException("incident " + incident.reference() + " was retracted");
        }
        IncidentRepository.VersionRow current = currentVersion(site, existing);
        if (!sameContent(current.content(), incident)) {
            throw new ConflictException(
                    "incident " + incident.reference() + " is already reported with other content; amend it with PUT");
        }
        return report(site, current);
    }

    /**
     * Amends an incident: a new version, evaluated anew. Pending recommendations of earlier versions
     * become SUPERSEDED; decided ones are flagged {@code needsReview}. The same content is no change.
     */
    public IncidentReport amend(Actor actor, String reference, Incident incident) {
        if (!reference.equals(incident.reference())) {
            throw new UnprocessableException("reference", "the body's reference differs from the path");
        }
        RuleSet rules = checkedRuleSet(actor.site(), incident.type());
        return Objects.requireNonNull(tx.execute(status -> {
            IncidentRepository.IncidentRow found = incidents
                    .find(actor.site(), reference, RowLock.NONE)
                    .orElseThrow(() -> new NotFoundException("no incident " + reference));
            Set<String> earlierGroups =
                    groupsOf(currentVersion(actor.site(), found).content());
            lockAndCheckReferences(actor.site(), incident, earlierGroups);
            IncidentRepository.IncidentRow locked =
                    incidents.find(actor.site(), reference, RowLock.FOR_UPDATE).orElseThrow();
            if (locked.status() == IncidentStatus.RETRACTED) {
                throw new ConflictException("incident " + reference + " was retracted");
            }
            IncidentRepository.VersionRow current = currentVersion(actor.site(), locked);
            if (sameContent(current.content(), incident)) {
                return report(actor.site(), current);
            }
            int version = locked.currentVersion() + 1;
            incidents.setCurrentVersion(actor.site(), reference, version);
            recommendations.replaceEarlier(actor, reference, RecommendationStatus.SUPERSEDED);
            return storeVersion(actor, incident, version, now(), "INCIDENT_AMENDED", rules);
        }));
    }

    /** Retracts an incident: pending recommendations are WITHDRAWN, decided ones flagged {@code needsReview}. */
    public Retraction retract(Actor actor, String reference, RetractionRequest request) {
        return Objects.requireNonNull(tx.execute(status -> {
            IncidentRepository.IncidentRow found = incidents
                    .find(actor.site(), reference, RowLock.NONE)
                    .orElseThrow(() -> new NotFoundException("no incident " + reference));
            groups.lockGroups(
                    actor.site(), groupsOf(currentVersion(actor.site(), found).content()));
            IncidentRepository.IncidentRow incident =
                    incidents.find(actor.site(), reference, RowLock.FOR_UPDATE).orElseThrow();
            if (incident.status() == IncidentStatus.RETRACTED) {
                throw new ConflictException("incident " + reference + " is already retracted");
            }
            incidents.retract(actor.site(), reference, actor.name(), now(), request.reason());
            List<UUID> withdrawn = recommendations.replaceEarlier(actor, reference, RecommendationStatus.WITHDRAWN);
            decisionLog.append(
                    actor,
                    "INCIDENT_RETRACTED",
                    "incident:" + reference,
                    null,
                    Map.of("reference", reference, "reason", request.reason(), "withdrawn", withdrawn));
            return new Retraction(reference, IncidentStatus.RETRACTED, withdrawn);
        }));
    }

    /**
     * The headings of the signed-in user's site's incidents of these references (for the inbox and group pages), in
     * one query however many.
     */
    public Map<String, IncidentHeading> headings(Actor actor, Collection<String> references) {
        Map<String, IncidentHeading> byReference = new LinkedHashMap<>();
        Objects.requireNonNull(tx.execute(status -> incidents.headings(actor.site(), references)))
                .forEach(h -> byReference.put(h.reference(), h));
        return byReference;
    }

    public IncidentView incident(Actor actor, String reference) {
        return Objects.requireNonNull(tx.execute(status -> {
            IncidentRepository.IncidentRow incident = incidents
                    .find(actor.site(), reference, RowLock.NONE)
                    .orElseThrow(() -> new NotFoundException("no incident " + reference));
            List<IncidentRepository.VersionRow> versions = incidents.versions(actor.site(), reference);
            IncidentRepository.VersionRow current = versions.stream()
                    .filter(v -> v.version() == incident.currentVersion())
                    .findFirst()
                    .orElseThrow();
            // The incident names suspects (persons): every read is logged with the reader (docs/security.md).
            decisionLog.append(actor, "INCIDENT_READ", "incident:" + reference, null, Map.of("reference", reference));
            return new IncidentView(
                    reference,
                    incident.status(),
                    incident.currentVersion(),
                    current.content(),
                    versions.stream()
                            .map(v -> new IncidentView.VersionView(v.version(), v.reportedAt(), v.reportedBy()))
                            .toList(),
                    recommendations.ofIncident(actor.site(), reference));
        }));
    }

    /** What the rules would recommend for this incident now; stores nothing but the log entry. */
    public WhatIf evaluate(Actor actor, Incident incident) {
        RuleSet rules = checkedRuleSet(actor.site(), incident.type());
        return Objects.requireNonNull(tx.execute(status -> {
            checkReferences(
                    actor.site(), incident, new HashSet<>(groups.existingGroups(actor.site(), groupsOf(incident))));
            Evaluation evaluation = evaluate(actor.site(), incident, now(), rules);
            WhatIf answer = new WhatIf(
                    incident.reference(),
                    evaluation.recommendations().stream()
                            .map(recommendations::unsaved)
                            .toList(),
                    evaluation.unattributedSuspects());
            // Last, just before the commit: the append holds the site's chain head until then.
            decisionLog.append(
                    actor,
                    "EVALUATION_RUN",
                    "evaluation:" + incident.reference(),
                    evaluation.ruleSetVersion(),
                    incident);
            return answer;
        }));
    }

    private IncidentReport storeVersion(
            Actor actor, Incident incident, int version, Instant reportedAt, String action, RuleSet rules) {
        Evaluation evaluation = evaluate(actor.site(), incident, reportedAt, rules);
        LocalDate incidentDate = incidentDate(incident);
        incidents.insertVersion(
                actor.site(),
                version,
                incident,
                incidentDate,
                reportedAt,
                actor.name(),
                evaluation.unattributedSuspects());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("version", version);
        payload.put("incident", incident);
        decisionLog.append(actor, action, "incident:" + incident.reference(), evaluation.ruleSetVersion(), payload);
        List<RecommendationSummary> stored = recommendations.store(actor, version, incidentDate, evaluation);
        events.publishEvent(new IncidentReported(
                actor.site(),
                incident.reference(),
                version,
                stored.stream().map(RecommendationSummary::id).toList()));
        return new IncidentReport(incident.reference(), version, reportedAt, stored, evaluation.unattributedSuspects());
    }

    private Evaluation evaluate(String site, Incident incident, Instant reportedAt, RuleSet rules) {
        StoredCase facts = facts(
                incident,
                reportedAt,
                Map.of(),
                (groupRef, date) -> groups.snapshot(
                        site,
                        groupRef,
                        date,
                        recommendations.standingEnforcements(site, groupRef, incident.reference())));
        return rules.evaluate(facts.incident(), facts.groups(), zone);
    }

    /**
     * The facts the engine evaluates an incident on: the incident, and each attributed group as
     * {@code group} gives it for the incident date (with its standing enforcements of other incidents).
     */
    StoredCase facts(
            Incident incident,
            Instant reportedAt,
            Map<String, RecommendationShape> current,
            BiFunction<String, LocalDate, GroupSnapshot> group) {
        LocalDate date = incidentDate(incident);
        List<GroupSnapshot> snapshots = new ArrayList<>();
        for (Attribution a : incident.attributions()) {
            snapshots.add(group.apply(a.groupRef(), date));
        }
        IncidentFacts facts = new IncidentFacts(
                incident.reference(),
                IncidentType.of(incident.type()),
                incident.occurredAt(),
                reportedAt,
                incident.attributions(),
                incident.suspects());
        return new StoredCase(facts, snapshots, current);
    }

    /**
     * The site's serving rule set, read once per request: the type is checked against its vocabulary
     * and the incident evaluated with it, so a reload in between cannot pair one version's check with
     * another's evaluation. An incident's type must be one of that vocabulary
     * ({@code rules/vocabulary/incident-types.yaml}), like a value outside an enumeration (400).
     */
    private RuleSet checkedRuleSet(String site, String type) {
        RuleSet rules = ruleSet.current(site);
        Set<String> types = rules.vocabulary().incidentTypes().keySet();
        if (!types.contains(type)) {
            throw new InvalidRequestException(
                    "type", "unknown incident type " + type + "; the types are " + String.join(", ", types));
        }
        return rules;
    }

    /** Locks the attributed groups (and {@code alsoLock}) in a stable order; refuses unknown groups or suspects. */
    private void lockAndCheckReferences(String site, Incident incident, Set<String> alsoLock) {
        Set<String> toLock = new TreeSet<>(groupsOf(incident));
        toLock.addAll(alsoLock);
        List<String> existing = groups.lockGroups(site, toLock);
        checkReferences(site, incident, new HashSet<>(existing));
    }

    private void checkReferences(String site, Incident incident, Set<String> knownGroups) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < incident.attributions().size(); i++) {
            String ref = incident.attributions().get(i).groupRef();
            if (!knownGroups.contains(ref)) {
                errors.add(new FieldError("attributions[" + i + "].groupRef", "no group " + ref));
            }
        }
        List<String> missing = groups.missingPersons(site, incident.suspects());
        for (int i = 0; i < incident.suspects().size(); i++) {
            if (missing.contains(incident.suspects().get(i))) {
                errors.add(new FieldError(
                        "suspects[" + i + "]",
                        "no person " + incident.suspects().get(i)));
            }
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException(errors);
        }
    }

    private IncidentRepository.VersionRow currentVersion(String site, IncidentRepository.IncidentRow incident) {
        return incidents.versions(site, incident.reference()).stream()
                .filter(v -> v.version() == incident.currentVersion())
                .findFirst()
                .orElseThrow();
    }

    private IncidentReport report(String site, IncidentRepository.VersionRow version) {
        return new IncidentReport(
                version.content().reference(),
                version.version(),
                version.reportedAt(),
                recommendations.ofVersion(site, version.content().reference(), version.version()),
                version.unattributedSuspects());
    }

    /** Same content as parsed values: the same instant in any offset, attributions and suspects in any order. */
    static boolean sameContent(Incident a, Incident b) {
        return a.reference().equals(b.reference())
                && a.type().equals(b.type())
                && a.occurredAt().toInstant().equals(b.occurredAt().toInstant())
                && Objects.equals(blankToNull(a.area()), blankToNull(b.area()))
                && Objects.equals(blankToNull(a.summary()), blankToNull(b.summary()))
                && new HashSet<>(a.attributions()).equals(new HashSet<>(b.attributions()))
                && a.attributions().size() == b.attributions().size()
                && new HashSet<>(a.suspects()).equals(new HashSet<>(b.suspects()));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static Set<String> groupsOf(Incident incident) {
        Set<String> refs = new TreeSet<>();
        incident.attributions().forEach(a -> refs.add(a.groupRef()));
        return refs;
    }

    private LocalDate incidentDate(Incident incident) {
        return incident.occurredAt().atZoneSameInstant(zone).toLocalDate();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

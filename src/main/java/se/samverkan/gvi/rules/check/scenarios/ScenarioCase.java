package se.samverkan.gvi.rules.check.scenarios;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.Attribution;
import se.samverkan.gvi.decision.CallInRecord;
import se.samverkan.gvi.decision.Confidence;
import se.samverkan.gvi.decision.CustomNotification;
import se.samverkan.gvi.decision.Evaluation;
import se.samverkan.gvi.decision.EvaluationException;
import se.samverkan.gvi.decision.GroupSnapshot;
import se.samverkan.gvi.decision.IncidentFacts;
import se.samverkan.gvi.decision.IncidentType;
import se.samverkan.gvi.decision.Lever;
import se.samverkan.gvi.decision.MemberSnapshot;
import se.samverkan.gvi.decision.PriorEnforcement;
import se.samverkan.gvi.decision.Promise;
import se.samverkan.gvi.decision.Recommendation;
import se.samverkan.gvi.decision.Role;
import se.samverkan.gvi.decision.RuleSet;

/**
 * The case one scenario tells: its groups and members, call-ins, earlier enforcements,
 * scenario-only promises and the reported incident. It is evaluated once, when the first
 * expectation ("Så …") asks for the result, so that lines after "När" can still add to the incident.
 */
final class ScenarioCase {

    /**
     * The zone in which incident dates and the times in scenarios are read (docs/behaviour.md,
     * "Dates and deadlines"; gvi.zone default).
     */
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private static final String DEFAULT_REFERENCE = "K-2026-0001";

    private final ScenarioRules rules;
    private final Map<String, GroupDraft> groups = new LinkedHashMap<>();
    private final Map<String, Promise> scenarioPromises = new LinkedHashMap<>();
    private final Map<String, Lever> scenarioLevers = new LinkedHashMap<>();
    private final Map<String, List<String>> tableRows = new LinkedHashMap<>();
    private final List<Attribution> attributions = new ArrayList<>();
    private final List<String> suspects = new ArrayList<>();
    private String reference = DEFAULT_REFERENCE;
    private @Nullable IncidentType type;
    private @Nullable OffsetDateTime occurredAt;
    private @Nullable Instant reportedAt;
    private @Nullable Evaluation evaluation;
    private @Nullable EvaluationException refusal;

    ScenarioCase(ScenarioRules rules) {
        this.rules = rules;
    }

    private static final class GroupDraft {
        final String name;
        final List<MemberRow> members = new ArrayList<>();
        final List<CallInDraft> callIns = new ArrayList<>();
        final List<PriorEnforcement> priorEnforcements = new ArrayList<>();

        GroupDraft(String name) {
            this.name = name;
        }

        boolean has(String personRef) {
            return members.stream().anyMatch(m -> m.ref().equals(personRef));
        }
    }

    private record CallInDraft(LocalDate heldOn, String promiseId) {}

    // --- the group audit and call-ins ------------------------------------------------------------

    void addMembers(GroupRef ref, List<MemberRow> rows) {
        GroupDraft group = describe(ref);
        for (MemberRow row : rows) {
            if (group.has(row.ref())) {
                throw new IllegalArgumentException(row.ref() + " finns redan i gruppen \"" + group.name + "\".");
            }
            group.members.add(row);
        }
    }

    void holdCallIn(GroupRef ref, String promiseId, LocalDate heldOn) {
        describe(ref).callIns.add(new CallInDraft(heldOn, promiseId));
    }

    void noCallIn(GroupRef ref) {
        GroupDraft group = describe(ref);
        if (!group.callIns.isEmpty()) {
            throw new IllegalStateException("Scenariot säger att \"" + group.name + "\" inte har haft något call-in, "
                    + "men ett call-in har redan beskrivits för gruppen.");
        }
    }

    void changeMember(PersonRef person, UnaryOperator<MemberRow> change) {
        requireOpen();
        List<GroupDraft> found = groups.values().stream()
                .filter(g -> g.has(person.ref()) && (person.group() == null || g.name.equals(person.group())))
                .toList();
        if (found.isEmpty()) {
            throw new IllegalArgumentException(person + " finns inte i någon medlemstabell i scenariot.");
        }
        for (GroupDraft group : found) {
            group.members.replaceAll(m -> m.ref().equals(person.ref()) ? change.apply(m) : m);
        }
    }

    void priorEnforcement(GroupRef ref, String incidentReference, LocalDate incidentDate) {
        describe(ref).priorEnforcements.add(new PriorEnforcement(incidentReference, incidentDate));
    }

    // --- promises that exist only in the scenario ------------------------------------------------

    void addPromise(String id, LocalDate validFrom, String basedOn, Map<String, String> changes) {
        requireOpen();
        scenarioPromises.put(
                id,
                ScenarioPromise.derive(
                        promise(basedOn),
                        id,
                        validFrom,
                        changes,
                        levers(),
                        rules.current().vocabulary()));
    }

    void addPromise(String id, LocalDate validFrom, String basedOn, Lever extraLever) {
        addPromise(id, validFrom, basedOn, ScenarioPromise.alsoPromising(extraLever));
    }

    void limitPromise(String id, LocalDate validTo) {
        requireOpen();
        scenarioPromises.put(id, ScenarioPromise.endingOn(promise(id), validTo));
    }

    // --- the incident ----------------------------------------------------------------------------

    void report(IncidentType type, LocalDate date, LocalTime time) {
        requireOpen();
        if (this.type != null) {
            throw new IllegalStateException("Scenariot har redan en händelse; ett scenario beskriver en händelse.");
        }
        this.type = type;
        this.occurredAt = ZonedDateTime.of(date, time, ZONE).toOffsetDateTime();
    }

    void attribute(GroupRef ref, Role role, Confidence confidence) {
        requireOpen();
        attributions.add(new Attribution(known(ref).name, role, confidence));
    }

    void suspect(PersonRef person) {
        requireOpen();
        suspects.add(person.ref());
    }

    void registeredAt(LocalDate date, LocalTime time) {
        requireOpen();
        reportedAt = at(date, time);
    }

    void reference(String caseNumber) {
        requireOpen();
        reference = caseNumber;
    }

    // --- the result ------------------------------------------------------------------------------

    /** The evaluation, made on first use; an engine refusal fails the scenario with the engine's words. */
    Evaluation evaluation() {
        evaluate();
        if (refusal != null) {
            throw new AssertionError("Händelsen kunde inte bedömas: " + refusal.getMessage(), refusal);
        }
        List<String> contradictions = Contradictions.in(Objects.requireNonNull(evaluation), rules());
        if (!contradictions.isEmpty()) {
            throw new AssertionError(String.join(" ", contradictions));
        }
        return evaluation;
    }

    /** The engine's refusal of the incident; fails when the engine evaluated it instead. */
    EvaluationException refusal() {
        evaluate();
        if (refusal == null) {
            throw new AssertionError("Händelsen skulle ha avvisats, men bedömdes: " + evaluation);
        }
        return refusal;
    }

    Recommendation recommendation(GroupRef ref) {
        String name = known(ref).name;
        return evaluation().recommendations().stream()
                .filter(r -> r.groupRef().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "Gruppen \"" + name + "\" är inte kopplad till händelsen " + "och har ingen rekommendation."));
    }

    /** The recommendation of the attributed group the person is a member of. */
    Recommendation recommendationOf(PersonRef person) {
        List<String> candidates = attributions.stream()
                .map(Attribution::groupRef)
                .filter(g -> group(g).has(person.ref()) && (person.group() == null || g.equals(person.group())))
                .toList();
        if (candidates.isEmpty()) {
            throw new AssertionError(person + " är inte medlem i någon grupp som är kopplad till händelsen.");
        }
        if (candidates.size() > 1) {
            throw new AssertionError(
                    person.ref() + " är medlem i flera kopplade grupper (" + String.join(", ", candidates)
                            + "): skriv till exempel " + person.ref() + " i gruppen \"" + candidates.get(0) + "\".");
        }
        return recommendation(new GroupRef(candidates.get(0)));
    }

    List<String> memberRefs(GroupRef ref) {
        return known(ref).members.stream().map(MemberRow::ref).toList();
    }

    Map<String, Lever> levers() {
        return rules.current().levers();
    }

    RuleSet rules() {
        RuleSet ruleSet =
                tableRows.isEmpty() ? rules.current() : rules.current().withTableRows(tableRows);
        for (Promise promise : scenarioPromises.values()) {
            ruleSet = ruleSet.withPromise(promise);
        }
        for (Lever lever : scenarioLevers.values()) {
            ruleSet = ruleSet.withLever(lever);
        }
        return ruleSet;
    }

    /** For this scenario only, the lever may be used from a higher (or lower) age. */
    void raiseMinimumAge(Lever lever, int age) {
        scenarioLevers.put(
                lever.code(),
                new Lever(
                        lever.code(),
                        lever.nameSv(),
                        lever.nameEn(),
                        lever.agency(),
                        lever.legalBasis(),
                        lever.precondition(),
                        lever.ground(),
                        age,
                        lever.sanction()));
    }

    /** For this scenario only, one more row at the end of a decision table (cells as the file holds them). */
    void addTableRow(String table, List<String> cells) {
        requireOpen();
        tableRows
                .computeIfAbsent(table, t -> new ArrayList<>())
                .add(cells.stream()
                        .map(c -> "\"" + c.replace("\"", "\"\"") + "\"")
                        .collect(Collectors.joining(",")));
    }

    /** Why the tables refuse the rows this scenario added; fails when they accept them. */
    IllegalArgumentException tableRefusal() {
        if (tableRows.isEmpty()) {
            throw new IllegalStateException(
                    "Scenariot lägger inte till några rader i ålderstabellen eller fristtabellen.");
        }
        try {
            rules.current().withTableRows(tableRows);
        } catch (IllegalArgumentException e) {
            return e;
        }
        throw new AssertionError("Tabellraderna skulle ha avvisats, men godtogs: " + tableRows.values());
    }

    static Instant at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, ZONE).toInstant();
    }

    // --- building the engine's facts -------------------------------------------------------------

    private void evaluate() {
        if (evaluation != null || refusal != null) {
            return;
        }
        RuleSet rules = rules();
        IncidentFacts incident = incident();
        List<GroupSnapshot> snapshots = attributions.stream()
                .map(Attribution::groupRef)
                .distinct()
                .map(g -> snapshot(group(g), rules))
                .toList();
        try {
            evaluation = rules.evaluate(incident, snapshots, ZONE);
        } catch (EvaluationException e) {
            refusal = e;
            return;
        }
        // Whatever else the scenario expects, what a coordinator reads must be Swedish without codes.
        evaluation.recommendations().forEach(r -> CodeFreeText.require(r, rules));
    }

    private IncidentFacts incident() {
        if (type == null || occurredAt == null) {
            throw new IllegalStateException("Scenariot rapporterar ingen händelse: lägg till ett steg som "
                    + "\"När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40\".");
        }
        Instant reported = reportedAt == null ? occurredAt.toInstant() : reportedAt;
        return new IncidentFacts(reference, type, occurredAt, reported, attributions, suspects);
    }

    private GroupSnapshot snapshot(GroupDraft group, RuleSet rules) {
        List<CallInDraft> held = group.callIns.stream()
                .sorted(Comparator.comparing(CallInDraft::heldOn))
                .toList();
        List<String> attendees = group.members.stream()
                .filter(MemberRow::attendedCallIn)
                .map(MemberRow::ref)
                .toList();
        List<CustomNotification> visits = group.members.stream()
                .filter(m -> m.homeVisit() != null)
                .map(m -> new CustomNotification(m.ref(), m.homeVisit()))
                .toList();
        if (!visits.isEmpty() && held.isEmpty()) {
            throw new IllegalStateException("Ett hembesök lämnar löftet från ett call-in, men \"" + group.name
                    + "\" har inget call-in i scenariot.");
        }
        List<CallInRecord> callIns = new ArrayList<>();
        for (int i = 0; i < held.size(); i++) {
            CallInDraft c = held.get(i);
            if (!rules.promises().containsKey(c.promiseId())) {
                throw new IllegalStateException("Löftet \"" + c.promiseId() + "\" från call-in den " + c.heldOn()
                        + " finns inte. Kända löften: "
                        + String.join(", ", rules.promises().keySet()) + ".");
            }
            boolean latest = i == held.size() - 1;
            callIns.add(new CallInRecord(
                    "CI-" + (i + 1), c.heldOn(), c.promiseId(), attendees, latest ? visits : List.of()));
        }
        List<MemberSnapshot> members =
                group.members.stream().map(MemberRow::snapshot).toList();
        LocalDate mappedOn = members.stream()
                .map(MemberSnapshot::joinedOn)
                .min(Comparator.naturalOrder())
                .orElse(Objects.requireNonNull(occurredAt).toLocalDate());
        return new GroupSnapshot(group.name, group.name, mappedOn, members, callIns, group.priorEnforcements);
    }

    /** A group the Givet-steps describe; a named group is created on first mention. */
    private GroupDraft describe(GroupRef ref) {
        requireOpen();
        if (ref.name() != null) {
            return groups.computeIfAbsent(ref.name(), GroupDraft::new);
        }
        return only();
    }

    /** A group the scenario has already described. */
    private GroupDraft known(GroupRef ref) {
        if (ref.name() == null) {
            return only();
        }
        GroupDraft group = groups.get(ref.name());
        if (group == null) {
            throw new IllegalArgumentException("Gruppen \"" + ref.name() + "\" är inte beskriven i scenariot. "
                    + "Beskrivna grupper: "
                    + groups.keySet().stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", ")) + ".");
        }
        return group;
    }

    private GroupDraft only() {
        if (groups.size() != 1) {
            throw new IllegalArgumentException(
                    groups.isEmpty()
                            ? "Ingen grupp är beskriven ännu: ange gruppens namn, till exempel gruppen \"Norra nätverket\"."
                            : "Scenariot har flera grupper: skriv gruppens namn i stället för bara \"gruppen\".");
        }
        return groups.values().iterator().next();
    }

    private Promise promise(String id) {
        Promise promise = scenarioPromises.containsKey(id)
                ? scenarioPromises.get(id)
                : rules.current().promises().get(id);
        if (promise == null) {
            throw new IllegalArgumentException("Löftet \"" + id + "\" finns inte. Kända löften: "
                    + String.join(", ", rules().promises().keySet()) + ".");
        }
        return promise;
    }

    private void requireOpen() {
        if (evaluation != null || refusal != null) {
            throw new IllegalStateException(
                    "Händelsen är redan bedömd: skriv alla Givet- och När-steg före det första Så-steget.");
        }
    }

    private GroupDraft group(String ref) {
        return Objects.requireNonNull(groups.get(ref), () -> "no group " + ref + " in the scenario");
    }
}

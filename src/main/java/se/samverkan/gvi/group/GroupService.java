package se.samverkan.gvi.group;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.gvi.GviSettings;
import se.samverkan.gvi.audit.DecisionLog;
import se.samverkan.gvi.group.GroupView.AuditView;
import se.samverkan.gvi.group.GroupView.MemberView;
import se.samverkan.gvi.persistence.RowLock;
import se.samverkan.gvi.recommendation.SanctionRounds;
import se.samverkan.gvi.refusal.ConflictException;
import se.samverkan.gvi.refusal.FieldError;
import se.samverkan.gvi.refusal.InvalidRequestException;
import se.samverkan.gvi.refusal.NotFoundException;
import se.samverkan.gvi.refusal.UnprocessableException;
import se.samverkan.gvi.rules.governance.FrozenPromises;
import se.samverkan.gvi.rules.runtime.ActiveRuleSet;
import se.samverkan.gvi.security.Actor;

/** Registering persons, groups with their audits, and call-ins; reading them back. */
@Service
public class GroupService {

    private final GroupRepository repository;
    private final DecisionLog decisionLog;
    private final SanctionRounds sanctionRounds;
    private final ActiveRuleSet ruleSet;
    private final FrozenPromises frozenPromises;
    private final GviSettings settings;
    private final Clock clock;

    GroupService(
            GroupRepository repository,
            DecisionLog decisionLog,
            SanctionRounds sanctionRounds,
            ActiveRuleSet ruleSet,
            FrozenPromises frozenPromises,
            GviSettings settings,
            Clock clock) {
        this.repository = repository;
        this.decisionLog = decisionLog;
        this.sanctionRounds = sanctionRounds;
        this.ruleSet = ruleSet;
        this.frozenPromises = frozenPromises;
        this.settings = settings;
        this.clock = clock;
    }

    /** A stored person and whether this request created it. */
    public record Saved<T>(T value, boolean created) {}

    @Transactional
    public Saved<Person> savePerson(Actor actor, String ref, PersonRequest request) {
        Set<String> facts = factsOf(actor.site());
        request.facts().keySet().stream()
                .filter(code -> !facts.contains(code))
                .findFirst()
                .ifPresent(code -> {
                    throw new InvalidRequestException(
                            code, "unknown field: " + code + "; the facts are " + String.join(", ", facts));
                });
        Person person = Person.of(ref, request.birthDate(), request.trueFacts(), facts);
        Instant now = now();
        Optional<Person> existing = repository.lockPerson(actor.site(), ref, facts);
        if (existing.isEmpty()) {
            repository.insertPerson(actor.site(), person, actor.name(), now);
        } else if (!existing.get().equals(person)) {
            repository.updatePerson(actor.site(), person, actor.name(), now);
        }
        decisionLog.append(
                actor, existing.isEmpty() ? "PERSON_REGISTERED" : "PERSON_UPDATED", "person:" + ref, null, person);
        return new Saved<>(person, existing.isEmpty());
    }

    /** Whether the site has a person of this ref; says nothing about them, so it is not logged as a read. */
    @Transactional(readOnly = true)
    public boolean personExists(Actor actor, String ref) {
        return repository.missingPersons(actor.site(), List.of(ref)).isEmpty();
    }

    /** The codes of the person facts in the site's vocabulary, in its order. */
    private Set<String> factsOf(String site) {
        return ruleSet.current(site).vocabulary().personFacts().keySet();
    }

    /** Reads a person; every read is logged with the reader (docs/security.md). */
    @Transactional
    public Person person(Actor actor, String ref) {
        Person person = repository
                .person(actor.site(), ref, factsOf(actor.site()))
                .orElseThrow(() -> new NotFoundException("no person " + ref));
        decisionLog.append(actor, "PERSON_READ", "person:" + ref, null, Map.of("ref", ref));
        return person;
    }

    /**
     * Registers a group or records a new audit of it. The same name, area, rivals and audit as the
     * latest stored is no change (no new audit version).
     */
    @Transactional
    public Saved<GroupView> saveGroup(Actor actor, String ref, GroupRequest request) {
        // A person listed twice or leaving before joining is refused by the request's own
        // constraints (NoPersonTwice, ExitNotBeforeJoin), checked by the API and the page alike.
        List<FieldError> errors = new ArrayList<>();
        List<String> missing = repository.missingPersons(
                actor.site(),
                request.audit().members().stream()
                        .map(GroupRequest.Member::personRef)
                        .collect(Collectors.toSet()));
        for (int i = 0; i < request.audit().members().size(); i++) {
            if (missing.contains(request.audit().members().get(i).personRef())) {
                errors.add(new FieldError(
                        "audit.members[" + i + "].personRef",
                        "no person " + request.audit().members().get(i).personRef()));
            }
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException(errors);
        }
        Instant now = now();
        Optional<GroupRepository.GroupRow> existing = repository.group(actor.site(), ref, RowLock.FOR_UPDATE);
        if (existing.isEmpty()) {
            repository.insertGroup(actor.site(), ref, request.name(), request.area(), now);
            repository.replaceRivals(actor.site(), ref, request.rivals());
            repository.insertAudit(actor.site(), ref, 1, request.audit(), actor.name(), now);
            decisionLog.append(actor, "GROUP_REGISTERED", "group:" + ref, null, request);
            return new Saved<>(view(actor.site(), ref), true);
        }
        List<AuditView> audits = repository.audits(actor.site(), ref);
        AuditView latest = audits.get(audits.size() - 1);
        boolean sameAudit = latest.mappedOn().equals(request.audit().mappedOn())
                && latest.members()
                        .equals(request.audit().members().stream()
                                .map(m -> new MemberView(m.personRef(), m.joinedOn(), m.exitedOn()))
                                .toList());
        boolean sameGroup = existing.get().name().equals(request.name())
                && existing.get().area().equals(request.area())
                && repository.rivals(actor.site(), ref).equals(request.rivals());
        if (!sameGroup) {
            repository.updateGroup(actor.site(), ref, request.name(), request.area());
            repository.replaceRivals(actor.site(), ref, request.rivals());
        }
        if (!sameAudit) {
            repository.insertAudit(actor.site(), ref, latest.version() + 1, request.audit(), actor.name(), now);
        }
        if (!sameAudit || !sameGroup) {
            decisionLog.append(actor, "GROUP_AUDITED", "group:" + ref, null, request);
        }
        return new Saved<>(view(actor.site(), ref), false);
    }

    /** Reads a group with its members; the read is logged with the reader (docs/security.md). */
    @Transactional
    public GroupView group(Actor actor, String ref) {
        GroupView view = view(actor.site(), ref);
        decisionLog.append(actor, "GROUP_READ", "group:" + ref, null, Map.of("ref", ref));
        return view;
    }

    /** The site's groups, for the list of groups: names and areas only, no persons, so the read is not logged. */
    @Transactional(readOnly = true)
    public List<GroupSummary> groups(Actor actor) {
        return repository.groupSummaries(actor.site());
    }

    /**
     * Records a call-in held for a group. The same group, day and promise twice is a duplicate (409).
     * The promise it delivered is frozen from then on: its content is recorded in the same transaction.
     */
    @Transactional
    public CallInView recordCallIn(Actor actor, String groupRef, CallInRequest request) {
        if (repository.group(actor.site(), groupRef, RowLock.FOR_UPDATE).isEmpty()) {
            throw new NotFoundException("no group " + groupRef);
        }
        List<FieldError> errors = new ArrayList<>();
        if (!ruleSet.current(actor.site()).promises().containsKey(request.promiseId())) {
            errors.add(new FieldError("promiseId", "no promise " + request.promiseId()));
        }
        Map<String, String> refs = new LinkedHashMap<>();
        for (int i = 0; i < request.attendees().size(); i++) {
            refs.putIfAbsent(request.attendees().get(i), "attendees[" + i + "]");
        }
        for (int i = 0; i < request.customNotifications().size(); i++) {
            refs.putIfAbsent(
                    request.customNotifications().get(i).personRef(), "customNotifications[" + i + "].personRef");
        }
        for (String missing : repository.missingPersons(actor.site(), refs.keySet())) {
            errors.add(new FieldError(refs.getOrDefault(missing, "attendees"), "no person " + missing));
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException(errors);
        }
        if (repository.callInExists(actor.site(), groupRef, request.heldOn(), request.promiseId())) {
            throw new ConflictException("a call-in of group " + groupRef + " on " + request.heldOn() + " with promise "
                    + request.promiseId() + " is already recorded");
        }
        var id = repository.insertCallIn(actor.site(), groupRef, request, actor.name(), now());
        frozenPromises.recordDelivery(actor.site(), request.promiseId(), id, groupRef, request.heldOn());
        decisionLog.append(actor, "CALL_IN_RECORDED", "call-in:" + id, null, request);
        return repository.callIns(actor.site(), groupRef).stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private GroupView view(String site, String ref) {
        GroupRepository.GroupRow row =
                repository.group(site, ref, RowLock.NONE).orElseThrow(() -> new NotFoundException("no group " + ref));
        List<AuditView> audits = repository.audits(site, ref);
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        return new GroupView(
                row.ref(),
                row.name(),
                row.area(),
                repository.rivals(site, ref),
                audits,
                GroupFacts.membersOn(audits, today),
                repository.callIns(site, ref),
                sanctionRounds.forGroup(site, ref));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

package se.samverkan.gvi.rules.runtime;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.samverkan.gvi.GviSettings;
import se.samverkan.gvi.decision.Attribution;
import se.samverkan.gvi.decision.CallInRecord;
import se.samverkan.gvi.decision.Confidence;
import se.samverkan.gvi.decision.CustomNotification;
import se.samverkan.gvi.decision.GroupSnapshot;
import se.samverkan.gvi.decision.IncidentFacts;
import se.samverkan.gvi.decision.IncidentType;
import se.samverkan.gvi.decision.Lever;
import se.samverkan.gvi.decision.MemberSnapshot;
import se.samverkan.gvi.decision.PersonFacts;
import se.samverkan.gvi.decision.PriorEnforcement;
import se.samverkan.gvi.decision.Promise;
import se.samverkan.gvi.decision.Role;
import se.samverkan.gvi.decision.RuleProblem;
import se.samverkan.gvi.decision.RuleSet;
import se.samverkan.gvi.decision.RuleSetBuild;
import se.samverkan.gvi.decision.RuleSetLoader;
import se.samverkan.gvi.decision.Vocabulary;
import se.samverkan.gvi.security.GviSecuritySettings;

/**
 * The rule sets that serve evaluations, one per site (docs/rules.md, "Rules per site"): each site's
 * set is the common rules
 * overlaid with {@code sites/<site>/} ({@link SiteRuleFolder}), built from {@code gvi.rules.path}
 * when the service starts; a folder with any problem in any site stops the start. A rule set is
 * warmed with synthetic evaluations before it serves (docs/rules.md), and each site's set is replaced as a
 * whole through its own atomic reference, so a request always evaluates with exactly one version,
 * and a reload for one site never touches another's.
 */
@Component
public class ActiveRuleSet {

    private static final Logger log = LoggerFactory.getLogger(ActiveRuleSet.class);

    private final Map<String, AtomicReference<RuleSet>> serving;
    private final Path folder;
    private final ZoneId zone;
    private final int warmUpEvaluations;

    public ActiveRuleSet(GviRulesSettings settings, GviSettings gvi, GviSecuritySettings security, Clock clock) {
        this.folder = settings.path();
        this.zone = gvi.zone();
        this.warmUpEvaluations = settings.warmUpEvaluations();
        if (!java.nio.file.Files.isDirectory(folder)) {
            throw new RuleFolderMissing(folder);
        }
        List<String> sites =
                SiteRuleFolder.hasSites(folder) ? SiteRuleFolder.sites(folder) : List.of(security.defaultSite());
        if (sites.isEmpty()) {
            throw new IllegalStateException("The rule folder " + folder.toAbsolutePath() + " has no site under "
                    + SiteRuleFolder.SITES + "/, so no site can be served");
        }
        Map<String, AtomicReference<RuleSet>> sets = new LinkedHashMap<>();
        for (String site : sites) {
            SiteRuleFolder.SiteFiles files = SiteRuleFolder.of(folder, site);
            RuleSetBuild build = new RuleSetLoader(clock).load(files.files());
            List<RuleProblem> problems = new ArrayList<>(files.problems());
            build.problems().forEach(p -> problems.add(files.located(p)));
            if (!problems.isEmpty() || !build.isValid()) {
                throw new IllegalStateException("The rule folder " + folder.toAbsolutePath() + " cannot serve the site "
                        + site + ": " + problems);
            }
            RuleSet ruleSet = build.orThrow();
            warm(ruleSet);
            sets.put(site, new AtomicReference<>(ruleSet));
            log.info(
                    "Rule set {} from {} serves the site {} ({} rules, promises {})",
                    ruleSet.version(),
                    folder,
                    site,
                    ruleSet.rules().size(),
                    ruleSet.promises().keySet());
        }
        this.serving = Map.copyOf(sets);
    }

    /** The sites served, sorted. */
    public List<String> sites() {
        return serving.keySet().stream().sorted().toList();
    }

    /** True when the site has a rule set. */
    public boolean serves(String site) {
        return serving.containsKey(site);
    }

    /**
     * The rule set serving the site now. Read it once per request and use that instance throughout.
     *
     * @throws RuleFolderRefused when the site has no rules (no {@code sites/<site>/} folder)
     */
    public RuleSet current(String site) {
        return Objects.requireNonNull(slot(site).get());
    }

    /**
     * Warms a new rule set, then makes it the serving one of the site in one atomic step; other sites
     * keep theirs.
     *
     * @return the rule set that served the site before
     */
    public RuleSet activate(String site, RuleSet next) {
        AtomicReference<RuleSet> slot = slot(site);
        warm(next);
        return slot.getAndSet(next);
    }

    /**
     * A lever of the catalogue, which is common to every site ({@code levers.yaml} cannot be
     * overridden by a site): the first serving site's entry, or empty when no site knows the code.
     */
    public Optional<Lever> lever(String code) {
        return firstSiteKnowing(rules -> rules.levers().get(code));
    }

    /**
     * A term of the vocabulary ({@link Vocabulary#INCIDENT_TYPES}, {@link Vocabulary#EXCLUSION_REASONS}, …), which
     * is common to every site: the first serving site's entry, or empty when no site knows the code. A site
     * whose reload added the term knows it before the others are reloaded.
     */
    public Optional<Vocabulary.Term> term(String file, String code) {
        return firstSiteKnowing(rules -> rules.vocabulary().termsIn(file).get(code));
    }

    /** What the first serving site's rule set gives for something common to every site, if any site's does. */
    private <T> Optional<T> firstSiteKnowing(Function<RuleSet, @Nullable T> lookup) {
        return sites().stream()
                .map(site -> lookup.apply(current(site)))
                .filter(Objects::nonNull)
                .findFirst();
    }

    private AtomicReference<RuleSet> slot(String site) {
        AtomicReference<RuleSet> slot = serving.get(site);
        if (slot == null) {
            throw SiteRuleFolder.noSuchSite(folder, site);
        }
        return slot;
    }

    /**
     * Runs synthetic evaluations through every promise, role and confidence, so the first real
     * evaluations do not pay the engine's warm-up cost. An exception here means the rule set gives
     * no sound answer for ordinary facts, and refuses it.
     */
    void warm(RuleSet ruleSet) {
        long start = System.nanoTime();
        int runs = 0;
        List<IncidentType> types = ruleSet.vocabulary().incidentTypes().keySet().stream()
                .map(IncidentType::of)
                .toList();
        Role[] roles = Role.values();
        Confidence[] confidences = Confidence.values();
        List<Promise> promises = new ArrayList<>(ruleSet.promises().values());
        while (runs < warmUpEvaluations && !promises.isEmpty()) {
            for (Promise promise : promises) {
                if (runs >= warmUpEvaluations) {
                    break;
                }
                LocalDate day = incidentDay(promise);
                IncidentFacts incident = new IncidentFacts(
                        "WARM-UP-" + runs,
                        types.get(runs % types.size()),
                        day.atTime(22, 0).atOffset(ZoneOffset.UTC),
                        day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                        List.of(new Attribution(
                                "W-1", roles[runs % roles.length], confidences[runs % confidences.length])),
                        List.of("W-P1", "W-X"));
                List<PriorEnforcement> prior =
                        runs % 2 == 0 ? List.of() : List.of(new PriorEnforcement("WARM-UP-PRIOR", day.minusDays(10)));
                List<CallInRecord> callIns = runs % 3 == 0
                        ? List.of()
                        : List.of(new CallInRecord(
                                "w",
                                day.minusDays(30),
                                promise.id(),
                                List.of("W-P1"),
                                List.of(new CustomNotification("W-P2", day.minusDays(20)))));
                ruleSet.evaluate(
                        incident,
                        List.of(new GroupSnapshot("W-1", "warm-up", day.minusYears(1), members(day), callIns, prior)),
                        zone);
                runs++;
            }
        }
        log.info(
                "Rule set {} warmed with {} evaluations in {} ms",
                ruleSet.version(),
                runs,
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    private static LocalDate incidentDay(Promise promise) {
        LocalDate day = promise.validFrom().plusDays(60);
        if (promise.validTo() != null && day.isAfter(promise.validTo())) {
            day = promise.validFrom();
        }
        return day;
    }

    private static List<MemberSnapshot> members(LocalDate day) {
        LocalDate joined = day.minusYears(2);
        return List.of(
                new MemberSnapshot(
                        "W-P1",
                        day.minusYears(24),
                        joined,
                        null,
                        PersonFacts.of(
                                "underSupervision",
                                "unservedSentence",
                                "outstandingWarrant",
                                "enforcementDebt",
                                "registeredVehicle",
                                "priorViolentOffence")),
                new MemberSnapshot(
                        "W-P2",
                        day.minusYears(16),
                        joined,
                        null,
                        PersonFacts.of("registeredVehicle", "priorViolentOffence")),
                new MemberSnapshot("W-P3", day.minusYears(13), joined, null, PersonFacts.NONE),
                new MemberSnapshot(
                        "W-P4", day.minusYears(30), joined, null, PersonFacts.of("underSupervision", "inCustody")),
                new MemberSnapshot(
                        "W-P5",
                        day.minusYears(22),
                        joined,
                        day.minusDays(5),
                        PersonFacts.of("unservedSentence", "supportAccepted")));
    }
}

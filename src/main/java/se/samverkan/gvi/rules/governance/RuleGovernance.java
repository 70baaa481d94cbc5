package se.samverkan.gvi.rules.governance;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverkan.gvi.GviSettings;
import se.samverkan.gvi.audit.DecisionLog;
import se.samverkan.gvi.decision.RuleProblem;
import se.samverkan.gvi.decision.RuleSet;
import se.samverkan.gvi.decision.RuleSetBuild;
import se.samverkan.gvi.decision.RuleSetLoader;
import se.samverkan.gvi.decision.StoredCase;
import se.samverkan.gvi.persistence.RowLock;
import se.samverkan.gvi.refusal.NotFoundException;
import se.samverkan.gvi.rules.check.BehaviourCatalogue;
import se.samverkan.gvi.rules.check.RuleCatalogue;
import se.samverkan.gvi.rules.check.RuleCheck;
import se.samverkan.gvi.rules.check.SiteRuleCheck;
import se.samverkan.gvi.rules.runtime.ActiveRuleSet;
import se.samverkan.gvi.rules.runtime.GviRulesSettings;
import se.samverkan.gvi.rules.runtime.RuleFolderRefused;
import se.samverkan.gvi.rules.runtime.SiteRuleFolder;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.security.SiteScope;

/**
 * What legal reviewers do with the rules in a running service: read the active set, reload the
 * folder after a full check, approve a version (four eyes), fetch any version that ever served,
 * and see what a proposed folder would change for the stored incidents. Every reload attempt, every
 * approval and every impact analysis is a decision-log entry. Which version serves is recorded in
 * the database, so every instance of the service serves the same one.
 *
 * <p>All of it is per site ({@link SiteRuleFolder}): each site has its own active version, reload,
 * approvals, history, impact and catalogue, and acts for the signed-in user's site only, so a
 * reload for one site never changes another's version.
 */
@Service
public class RuleGovernance implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(RuleGovernance.class);

    private final ActiveRuleSet active;
    private final RuleHistory history;
    private final StoredCases storedCases;
    private final FrozenPromises frozenPromises;
    private final VocabularyInUse vocabularyInUse;
    private final DecisionLog decisionLog;
    private final TransactionTemplate transaction;
    private final GviRulesSettings settings;
    private final GviSettings gvi;
    private final Clock clock;
    /** A site's reload (and following another instance's reload) one at a time; reads never take it. */
    private final Map<String, ReentrantLock> reloads = new ConcurrentHashMap<>();

    private final Map<String, Catalogued> catalogues = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> cataloguing = new ConcurrentHashMap<>();

    /** A site's catalogue, for the exact files it was built from. */
    private record Catalogued(Map<String, String> files, RuleCatalogue.Model model) {}

    public RuleGovernance(
            ActiveRuleSet active,
            RuleHistory history,
            StoredCases storedCases,
            FrozenPromises frozenPromises,
            VocabularyInUse vocabularyInUse,
            DecisionLog decisionLog,
            TransactionTemplate transaction,
            GviRulesSettings settings,
            GviSettings gvi,
            Clock clock) {
        this.active = active;
        this.history = history;
        this.storedCases = storedCases;
        this.frozenPromises = frozenPromises;
        this.vocabularyInUse = vocabularyInUse;
        this.decisionLog = decisionLog;
        this.transaction = transaction;
        this.settings = settings;
        this.gvi = gvi;
        this.clock = clock;
    }

    /**
     * Before the service takes requests, it serves the version that serves on every instance: the
     * one recorded in the database. Only on the very first start (no version recorded) does the
     * folder's version become the active one. A changed folder is put into service by a reload,
     * never by a restart, so a restart cannot bypass the check or the second reviewer.
     *
     * <p>Delivered promises are frozen at start too. On the very first start a folder that changes or
     * removes a promise already delivered at a stored call-in stops the start, like a broken rule
     * file: there is no earlier version to serve instead. Otherwise the recorded version serves, and a
     * folder that changes a delivered promise is only reported (its reload will be refused). Call-ins
     * stored before delivered promises were recorded get their promise's content from the version
     * that serves.
     */
    @Override
    public void afterSingletonsInstantiated() {
        for (String site : active.sites()) {
            adopt(site);
        }
    }

    private void adopt(String site) {
        RuleSet folder = active.current(site);
        SiteRuleFolder.SiteFiles folderFiles = SiteRuleFolder.of(settings.path(), site);
        Actor service = new Actor("service-start", site);
        String serve = SiteScope.system(() -> transaction.execute(status -> {
            Optional<RuleHistory.ActiveVersion> recorded = history.active(site, RowLock.FOR_UPDATE);
            if (recorded.isPresent()) {
                return recorded.get().version();
            }
            List<RuleProblem> refused = frozenPromises.refusals(site, folder, folderFiles);
            if (!refused.isEmpty()) {
                throw new IllegalStateException(
                        "The rule folder " + settings.path().toAbsolutePath() + " cannot serve " + "the site " + site
                                + ": it changes promises already delivered at call-ins: " + refused);
            }
            putIntoService(
                    site,
                    folder,
                    service,
                    "RULES_LOADED_AT_START",
                    Map.of(
                            "version",
                            folder.version(),
                            "folder",
                            settings.path().toString(),
                            "site",
                            site));
            return folder.version();
        }));
        if (!serve.equals(folder.version())) {
            log.warn(
                    "The rule folder {} has version {} for the site {}, but version {} serves on every instance: "
                            + "serving {}. Reload to put the folder into service.",
                    settings.path(),
                    folder.version(),
                    site,
                    serve,
                    serve);
            follow(site, serve);
        }
        RuleSet serving = active.current(site);
        List<RuleProblem> servingRefused = new ArrayList<>();
        List<RuleProblem> folderRefused = new ArrayList<>();
        List<String> unknown = SiteScope.system(() -> transaction.execute(status -> {
            history.active(site, RowLock.FOR_UPDATE);
            List<String> notServed = frozenPromises.recordEarlierDeliveries(site, serving);
            servingRefused.addAll(frozenPromises.refusals(site, serving, folderFiles));
            if (!serving.version().equals(folder.version())) {
                folderRefused.addAll(frozenPromises.refusals(site, folder, folderFiles));
            }
            return notServed;
        }));
        if (!unknown.isEmpty()) {
            log.warn(
                    "Call-ins of the site {} delivered the promises {}, which the serving rule set {} does not have: "
                            + "their content cannot be recorded, so no reload can be compared with it",
                    site,
                    unknown,
                    serving.version());
        }
        if (!servingRefused.isEmpty()) {
            log.error(
                    "The rule set {} that serves the site {} differs from promises as they were delivered at "
                            + "call-ins; only a reload that restores them passes: {}",
                    serving.version(),
                    site,
                    servingRefused);
        }
        if (!folderRefused.isEmpty()) {
            log.error(
                    "The rule folder {} changes promises of the site {} already delivered at call-ins, so its reload "
                            + "will be refused: {}",
                    settings.path(),
                    site,
                    folderRefused);
        }
    }

    /** Follows a reload made on another instance within {@code gvi.rules.sync-interval}, site by site. */
    @Scheduled(
            fixedDelayString = "${gvi.rules.sync-interval:PT5S}",
            initialDelayString = "${gvi.rules.sync-interval:PT5S}")
    public void followActiveVersion() {
        for (String site : active.sites()) {
            try {
                SiteScope.system(() -> transaction.execute(status -> history.active(site, RowLock.NONE)))
                        .filter(a -> !a.version().equals(active.current(site).version()))
                        .ifPresent(a -> follow(site, a.version()));
            } catch (RuntimeException e) {
                log.error(
                        "Could not follow the active rule-set version of the site {}: {}",
                        site,
                        e.getClass().getName());
            }
        }
    }

    private void follow(String site, String version) {
        ReentrantLock lock = lock(reloads, site);
        lock.lock();
        try {
            followLocked(site, version);
        } finally {
            lock.unlock();
        }
    }

    private void followLocked(String site, String version) {
        if (version.equals(active.current(site).version())) {
            return;
        }
        RuleHistory.StoredVersion stored = SiteScope.system(
                        () -> transaction.execute(status -> history.find(site, version)))
                .orElseThrow(() -> new IllegalStateException(
                        "version " + version + " is active for the site " + site + " but not in its history"));
        RuleSetBuild build = new RuleSetLoader(clock).load(stored.files());
        RuleSet next = build.orThrow();
        RuleSet previous = active.activate(site, next);
        log.info(
                "Rule set {} serves the site {}, as on every instance (was {})",
                next.version(),
                site,
                previous.version());
    }

    /** The rule set serving the site. */
    public RulesViews.ActiveRules describe(String site) {
        RuleSet serving = active.current(site);
        return new RulesViews.ActiveRules(
                serving.version(),
                serving.builtAt(),
                serving.rules().stream()
                        .map(r -> new RulesViews.RuleEntry(
                                r.id(), r.name(), r.legalBasis(), r.promiseClause(), r.file(), r.line()))
                        .toList(),
                serving.promises().keySet().stream().sorted().toList(),
                serving.levers().keySet().stream().sorted().toList());
    }

    /**
     * Checks the actor's site's rule set in the folder fully (compile, lint, every scenario) and, only
     * if it passes, makes it the site's serving rule set. A failing check leaves the previous version
     * serving. Other sites are not touched. A site's reloads are taken one at a time; reading the
     * serving rule set, the catalogue or the history never waits for one. A rule set that changes
     * or removes a promise delivered at a stored call-in (anything but its validTo) fails the same way.
     *
     * @throws RuleFolderRefused when the check fails (with every problem)
     * @throws ReloadRefused when four eyes are required and no other reviewer approved the version
     */
    public RulesViews.Reloaded reload(Actor actor) {
        return reload(actor, null);
    }

    /**
     * The same reload, for a reviewer who publishes one exact version (the reviewers' page): when the
     * folder holds another version, nothing is activated and the attempt is logged as refused.
     *
     * @throws ReloadRefused when the folder does not hold {@code expectedVersion}, or four eyes are
     *                       required and no other reviewer approved the version
     */
    public RulesViews.Reloaded reload(Actor actor, @Nullable String expectedVersion) {
        ReentrantLock lock = lock(reloads, actor.site());
        lock.lock();
        try {
            return reloadLocked(actor, expectedVersion);
        } finally {
            lock.unlock();
        }
    }

    private RulesViews.Reloaded reloadLocked(Actor actor, @Nullable String expectedVersion) {
        String site = actor.site();
        RuleSet previous = active.current(site);
        RuleCheck.Report report = checkSite(site);
        SiteRuleFolder.SiteFiles files = SiteRuleFolder.of(settings.path(), site);
        List<RuleProblem> problems = new ArrayList<>(report.problems());
        if (report.ruleSet() != null) {
            RuleSet checked = report.ruleSet();
            problems.addAll(transaction.execute(status -> frozenPromises.refusals(site, checked, files)));
            problems.addAll(transaction.execute(
                    status -> vocabularyInUse.refusals(site, checked, previous.vocabulary(), files)));
        }
        if (!problems.isEmpty() || report.ruleSet() == null) {
            logAttempt(actor, "RULES_RELOAD_REFUSED", previous.version(), report.version(), problems.size());
            throw new RuleFolderRefused(
                    "the rule folder did not pass the check; version " + previous.version() + " keeps serving",
                    problems);
        }
        RuleSet next = report.ruleSet();
        if (expectedVersion != null && !expectedVersion.equals(next.version())) {
            logAttempt(actor, "RULES_RELOAD_REFUSED", previous.version(), next.version(), 0);
            throw new ReloadRefused(
                    ReloadRefused.Reason.FOLDER_HOLDS_ANOTHER_VERSION,
                    next.version(),
                    "the rule folder "
                            + "holds version " + next.version() + ", not " + expectedVersion + "; version "
                            + previous.version()
                            + " keeps serving");
        }
        if (settings.fourEyes()
                && !next.version().equals(previous.version())
                && !transaction.execute(status -> history.approvedByAnother(site, next.version(), actor.name()))) {
            logAttempt(actor, "RULES_RELOAD_REFUSED", previous.version(), next.version(), 0);
            throw new ReloadRefused(
                    ReloadRefused.Reason.NOT_APPROVED_BY_ANOTHER,
                    next.version(),
                    "version " + next.version() + " must first be approved by a second legal "
                            + "reviewer (POST /api/v1/rules/approvals); version " + previous.version()
                            + " keeps serving");
        }
        // compared again under the lock that call-ins take, so no call-in slips in between
        List<RuleProblem> late = transaction.execute(status -> {
            history.active(site, RowLock.FOR_UPDATE);
            List<RuleProblem> refused = new ArrayList<>(frozenPromises.refusals(site, next, files));
            refused.addAll(vocabularyInUse.refusals(site, next, previous.vocabulary(), files));
            if (!refused.isEmpty()) {
                status.setRollbackOnly();
                return refused;
            }
            putIntoService(site, next, actor, "RULES_RELOADED", payload(previous.version(), next.version(), 0));
            return List.of();
        });
        if (!late.isEmpty()) {
            logAttempt(actor, "RULES_RELOAD_REFUSED", previous.version(), next.version(), late.size());
            throw new RuleFolderRefused(
                    "the rule folder changes a promise delivered at a call-in or removes a vocabulary entry in use; version "
                            + previous.version() + " keeps serving",
                    late);
        }
        active.activate(site, next);
        log.info(
                "Rule set {} serves the site {} after a reload by {} (was {})",
                next.version(),
                site,
                actor.name(),
                previous.version());
        return new RulesViews.Reloaded(next.version(), previous.version(), report.warnings());
    }

    /**
     * The living catalogue of the site's rule set in the folder (docs/rules.md, for the reviewers' page): its
     * rules, legal bases and scenarios with their results from a full check, computed once per
     * version of the site's files. When the folder is not the version that serves, the catalogue says so.
     * It never waits for a reload; only a second request for a folder being catalogued waits for the first.
     */
    public String catalogueHtml(String site) {
        RuleSet servingSet = active.current(site);
        SiteRuleFolder.SiteFiles files = SiteRuleFolder.of(settings.path(), site);
        Catalogued cached = catalogues.get(site);
        if (cached == null || !cached.files().equals(files.files())) {
            cached = catalogue(site, files);
        }
        RuleCatalogue.Model catalogue = cached.model();
        String serving = servingSet.version();
        return RuleCatalogue.html(
                serving.equals(catalogue.version())
                        ? catalogue
                        : catalogue.withNote("Regelmappen har ändrats men är inte laddad: version " + serving
                                + " gäller. " + "Katalogen visar mappens version, som en jurist kan ladda om."));
    }

    private Catalogued catalogue(String site, SiteRuleFolder.SiteFiles files) {
        ReentrantLock lock = lock(cataloguing, site);
        lock.lock();
        try {
            Catalogued cached = catalogues.get(site);
            if (cached != null && cached.files().equals(files.files())) {
                return cached;
            }
            RuleCheck.Report report = checkSite(site);
            if (report.ruleSet() == null) {
                throw new RuleFolderRefused(
                        "the rule folder does not build, so there is no catalogue", report.problems());
            }
            Catalogued made = new Catalogued(
                    files.files(),
                    RuleCatalogue.model(report, BehaviourCatalogue.read(settings.path()), clock.instant()));
            catalogues.put(site, made);
            return made;
        } finally {
            lock.unlock();
        }
    }

    private static ReentrantLock lock(Map<String, ReentrantLock> locks, String site) {
        return locks.computeIfAbsent(site, s -> new ReentrantLock());
    }

    private RuleCheck.Report checkSite(String site) {
        return new SiteRuleCheck(clock).check(settings.path(), settings.features(), site);
    }

    /** A legal reviewer approves one exact version for reload by another reviewer. */
    public RulesViews.Approval approve(Actor actor, RulesRequests.ApprovalRequest request) {
        String site = actor.site();
        active.current(site);
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            history.approve(site, request.version(), actor.name(), now);
            decisionLog.append(
                    actor,
                    "RULES_VERSION_APPROVED",
                    "rules:" + request.version(),
                    request.version(),
                    Map.of("version", request.version()));
        });
        return new RulesViews.Approval(request.version(), actor.name(), now);
    }

    /** Any version that ever served the site, with its files, so a recommendation can be re-explained. */
    public RulesViews.StoredVersion version(String site, String version) {
        RuleHistory.StoredVersion stored = transaction
                .execute(status -> history.find(site, version))
                .orElseThrow(() -> new NotFoundException("no rule-set version " + version + " has served here"));
        return new RulesViews.StoredVersion(
                stored.version(),
                stored.firstServedAt(),
                stored.firstServedBy(),
                stored.files().entrySet().stream()
                        .map(e -> new RulesViews.RuleFile(e.getKey(), e.getValue()))
                        .toList());
    }

    /**
     * Replays every stored incident of the actor's site under a proposed rule folder (the site's rule
     * set in it) and lists what would change. The proposed folder is built (compiled and linted),
     * never activated. A folder that changes or removes a delivered promise is refused, as its reload
     * would be.
     */
    public RulesViews.Impact impact(Actor actor, RulesRequests.ImpactRequest request) {
        Path root = settings.proposalsFolder();
        Path folder = root.resolve(request.folder()).toAbsolutePath().normalize();
        if (!folder.startsWith(root)) {
            throw new RuleFolderRefused(
                    "the proposed folder must lie under the proposals root",
                    List.of(new RuleProblem(
                            request.folder(), 0, "Mappen ligger utanför den tillåtna mappen för förslag.")));
        }
        // Named as the reviewer wrote it, relative to the proposals root: never a path of the server.
        return impact(actor, folder, root.relativize(folder).toString());
    }

    /** The impact of a proposed folder anywhere on this machine (the command line, run by an operator). */
    public RulesViews.Impact impact(Actor actor, Path folder) {
        return impact(actor, folder, folder.toString());
    }

    private RulesViews.Impact impact(Actor actor, Path folder, String shownAs) {
        if (!folder.toFile().isDirectory()) {
            throw new RuleFolderRefused(
                    "no proposed rule folder " + shownAs,
                    List.of(new RuleProblem(shownAs.isEmpty() ? "." : shownAs, 0, "Mappen finns inte.")));
        }
        String site = actor.site();
        RuleSet current = active.current(site);
        SiteRuleFolder.SiteFiles files = SiteRuleFolder.of(folder, site);
        RuleSetBuild build = new RuleSetLoader(clock).load(files.files());
        if (!build.isValid() || !files.problems().isEmpty()) {
            List<RuleProblem> problems = new ArrayList<>(files.problems());
            build.problems().forEach(p -> problems.add(files.located(p)));
            throw new RuleFolderRefused("the proposed rule folder does not build for the site " + site, problems);
        }
        RuleSet proposed = build.orThrow();
        List<RuleProblem> frozen = transaction.execute(status -> frozenPromises.refusals(site, proposed, files));
        if (!frozen.isEmpty()) {
            throw new RuleFolderRefused("the proposed rule folder changes a promise delivered at a call-in", frozen);
        }
        long reading = System.nanoTime();
        List<StoredCase> cases = storedCases.activeCases(site);
        long readMs = (System.nanoTime() - reading) / 1_000_000;
        ImpactAnalysis.Report report = ImpactAnalysis.run(proposed, cases, gvi.zone());
        transaction.executeWithoutResult(status -> decisionLog.append(
                actor,
                "RULES_IMPACT_ANALYSED",
                "rules:" + report.proposedVersion(),
                current.version(),
                payload(
                        current.version(),
                        report.proposedVersion(),
                        report.changes().size())));
        return new RulesViews.Impact(
                current.version(),
                report.proposedVersion(),
                report.incidents(),
                report.recommendations(),
                readMs,
                report.took().toMillis(),
                report.changes());
    }

    private void logAttempt(Actor actor, String action, String serving, String proposed, int problems) {
        transaction.executeWithoutResult(status -> decisionLog.append(
                actor,
                action,
                "rules:" + (proposed.isEmpty() ? "unbuildable" : proposed),
                serving,
                payload(serving, proposed, problems)));
    }

    /**
     * Records, in the caller's transaction, that the rule set serves the site from now on (its files
     * kept for the version history), and logs it as {@code action}.
     */
    private void putIntoService(String site, RuleSet ruleSet, Actor by, String action, Map<String, Object> payload) {
        history.recordServed(site, ruleSet.version(), ruleSet.files(), by.name(), clock.instant());
        history.setActive(site, ruleSet.version(), by.name(), clock.instant());
        decisionLog.append(by, action, "rules:" + ruleSet.version(), ruleSet.version(), payload);
    }

    private static Map<String, Object> payload(String from, String to, int count) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("from", from);
        payload.put("to", to);
        payload.put("count", count);
        return payload;
    }
}

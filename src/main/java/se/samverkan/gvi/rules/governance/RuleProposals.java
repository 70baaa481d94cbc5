package se.samverkan.gvi.rules.governance;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverkan.gvi.decision.RuleProblem;
import se.samverkan.gvi.refusal.NotFoundException;
import se.samverkan.gvi.rules.check.RuleCheck;
import se.samverkan.gvi.rules.check.SiteRuleCheck;
import se.samverkan.gvi.rules.runtime.ActiveRuleSet;
import se.samverkan.gvi.rules.runtime.GviRulesSettings;
import se.samverkan.gvi.rules.runtime.RuleFolderRefused;
import se.samverkan.gvi.rules.runtime.SiteRuleFolder;
import se.samverkan.gvi.security.Actor;

/**
 * What legal reviewers do with a proposed rule folder before it serves (docs/pages.md): pick one of
 * the folders under the proposals root, check it fully and, when it passes, see its impact on the
 * stored incidents; propose or approve its exact version (four eyes); publish it by a reload; and
 * compare the versions that served. Approvals, reloads and impact analyses go through
 * {@link RuleGovernance}, as the API's do, with the same decision-log entries.
 */
@Service
public class RuleProposals {

    private final RuleGovernance governance;
    private final RuleHistory history;
    private final ActiveRuleSet active;
    private final GviRulesSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public RuleProposals(
            RuleGovernance governance,
            RuleHistory history,
            ActiveRuleSet active,
            GviRulesSettings settings,
            TransactionTemplate transaction,
            Clock clock) {
        this.governance = governance;
        this.history = history;
        this.active = active;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** One reviewer's approval; the earliest of a version is its proposal. */
    public record Approval(String approvedBy, Instant approvedAt) {}

    /**
     * A proposed folder as the reviewers see it: its version (empty when it does not build), the
     * check's problems ({@code file:line: message} in Swedish, as the check reports them) and warnings,
     * the impact when the check passed, and who proposed and approved the version.
     */
    public record Review(
            String folder,
            String version,
            List<RuleProblem> problems,
            List<RuleProblem> warnings,
            int scenariosRun,
            long scenariosPassed,
            RulesViews.@Nullable Impact impact,
            String servingVersion,
            List<Approval> approvals) {

        public boolean passed() {
            return problems.isEmpty() && impact != null;
        }

        public boolean serving() {
            return version.equals(servingVersion);
        }

        public @Nullable Approval proposal() {
            return approvals.isEmpty() ? null : approvals.get(0);
        }

        /** Approvals after the proposal, by other reviewers than the one who proposed. */
        public List<Approval> secondApprovals() {
            Approval proposal = proposal();
            return proposal == null
                    ? List.of()
                    : approvals.stream()
                            .filter(a -> !a.approvedBy().equals(proposal.approvedBy()))
                            .toList();
        }
    }

    /** A version that served the site, with who first put it into service and who approved it. */
    public record ServedVersion(
            String version, Instant firstServedAt, String firstServedBy, boolean serving, List<Approval> approvals) {}

    /**
     * The folders a reviewer may pick: the rule folders directly under the proposals root (those with a
     * {@code levers.yaml} or a {@code gvi/} folder), by name. Nothing outside the root is ever offered.
     */
    public List<String> folders() {
        return SiteRuleFolder.folderNames(
                settings.proposalsFolder(),
                p -> Files.isRegularFile(p.resolve("levers.yaml")) || Files.isDirectory(p.resolve("gvi")));
    }

    /**
     * The full check of the actor's site's rule set in a proposed folder (compile, lint, every scenario)
     * and, only when it passes, its impact on the stored incidents ({@link RuleGovernance#impact}). The
     * scenarios are those in {@code features/} beside the proposal, or the service's own when it has none.
     *
     * @throws RuleFolderRefused when the folder is not one of {@link #folders()}
     */
    public Review review(Actor actor, String folder) {
        Path proposal = proposal(folder);
        String site = actor.site();
        Path features = SiteRuleFolder.featuresBeside(proposal);
        if (!Files.isDirectory(features)) {
            features = settings.features();
        }
        RuleCheck.Report report;
        try {
            report = new SiteRuleCheck(clock).check(proposal, features, site);
        } catch (RuleFolderRefused e) {
            return new Review(
                    folder,
                    "",
                    e.problems(),
                    List.of(),
                    0,
                    0,
                    null,
                    active.current(site).version(),
                    List.of());
        }
        Path beside = features.toAbsolutePath().normalize().getParent();
        List<RuleProblem> problems =
                report.problems().stream().map(p -> named(p, beside)).toList();
        RulesViews.Impact impact = null;
        if (problems.isEmpty() && report.ruleSet() != null) {
            try {
                impact = governance.impact(actor, new RulesRequests.ImpactRequest(folder));
            } catch (RuleFolderRefused e) {
                problems = e.problems();
            }
        }
        String version = report.version();
        return new Review(
                folder,
                version,
                problems,
                report.warnings(),
                report.scenariosRun(),
                report.scenariosPassed(),
                impact,
                active.current(site).version(),
                version.isEmpty() ? List.of() : approvals(site, version));
    }

    /** A scenario's problem names its file beside the proposal ({@code features/...}), never a path of the server. */
    private static RuleProblem named(RuleProblem problem, @Nullable Path beside) {
        try {
            Path file = Path.of(problem.file());
            return beside != null && file.isAbsolute() && file.startsWith(beside)
                    ? new RuleProblem(beside.relativize(file).toString(), problem.line(), problem.message())
                    : problem;
        } catch (InvalidPathException e) {
            return problem;
        }
    }

    private Path proposal(String folder) {
        if (!folders().contains(folder)) {
            throw new RuleFolderRefused(
                    "no proposed rule folder " + folder + " under the proposals root",
                    List.of(new RuleProblem(
                            folder.isEmpty() ? "." : folder,
                            0,
                            "Mappen finns inte bland förslagen. " + "Välj en av mapparna i listan.")));
        }
        return settings.proposalsFolder().resolve(folder);
    }

    /** Who proposed and approved a version of the site, the proposal first. */
    public List<Approval> approvals(String site, String version) {
        return transaction.execute(status -> history.approvals(site)).stream()
                .filter(a -> a.version().equals(version))
                .map(a -> new Approval(a.approvedBy(), a.approvedAt()))
                .toList();
    }

    /**
     * Proposes a version (the first approval) or approves another reviewer's proposal, through the same
     * service as {@code POST /api/v1/rules/approvals}.
     *
     * @throws SelfApprovalRefused when the actor already proposed or approved it: nothing is recorded
     */
    public RulesViews.Approval approve(Actor actor, RulesRequests.ApprovalRequest request) {
        if (approvals(actor.site(), request.version()).stream()
                .anyMatch(a -> a.approvedBy().equals(actor.name()))) {
            throw new SelfApprovalRefused(request.version(), actor.name());
        }
        return governance.approve(actor, request);
    }

    /**
     * Puts the version into service: the reload of {@code POST /api/v1/rules/reload}, refused when the
     * rule folder does not hold exactly this version.
     */
    public RulesViews.Reloaded publish(Actor actor, RulesRequests.ApprovalRequest request) {
        return governance.reload(actor, request.version());
    }

    /** Every version that served the actor's site, the newest first. */
    public List<ServedVersion> versions(String site) {
        String serving = active.current(site).version();
        List<RuleHistory.ServedVersion> served = transaction.execute(status -> history.served(site));
        Map<String, List<Approval>> approvals = transaction.execute(status -> history.approvals(site)).stream()
                .collect(Collectors.groupingBy(
                        RuleHistory.Approval::version,
                        Collectors.mapping(a -> new Approval(a.approvedBy(), a.approvedAt()), Collectors.toList())));
        return served.stream()
                .map(v -> new ServedVersion(
                        v.version(),
                        v.firstServedAt(),
                        v.firstServedBy(),
                        v.version().equals(serving),
                        approvals.getOrDefault(v.version(), List.of())))
                .toList();
    }

    /**
     * The files that changed from one served version to another, each with its unified diff.
     *
     * @throws NotFoundException when either version never served the site
     */
    public List<RuleVersionDiff.FileDiff> compare(String site, String from, String to) {
        return RuleVersionDiff.between(files(site, from), files(site, to));
    }

    private Map<String, String> files(String site, String version) {
        Optional<RuleHistory.StoredVersion> stored = transaction.execute(status -> history.find(site, version));
        return stored.orElseThrow(() -> new NotFoundException("no rule-set version " + version + " has served here"))
                .files();
    }
}

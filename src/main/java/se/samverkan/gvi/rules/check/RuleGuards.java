package se.samverkan.gvi.rules.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.RuleInfo;
import se.samverkan.gvi.decision.RuleProblem;
import se.samverkan.gvi.decision.RuleSetBuild;
import se.samverkan.gvi.decision.RuleSetLoader;
import se.samverkan.gvi.rules.runtime.SiteRuleFolder;

/**
 * Whether the scenarios hold each rule in place: every rule is taken out of the folder in turn (its
 * block in a {@code .dslr} or {@code .drl} file, or its row of a decision table), the rest is built
 * again and the scenarios are run against it, as the check runs them. A rule is guarded when a scenario of its own
 * behaviour (tagged with the rule's {@code @id}) then fails. A rule whose removal no such scenario
 * notices could be wrong, or gone, without any example saying so; the legal reviewer is told which
 * rule, where, and that a scenario is missing.
 *
 * <p>Only a folder that passes its check ({@link SiteRuleCheck}) is tried: the scenarios must hold
 * for the folder as it is, or a failure would say nothing about the rule taken out.
 */
public final class RuleGuards {

    /**
     * One rule taken out.
     *
     * @param failing the scenarios of the rule's behaviour that failed without it
     * @param refused the problems that refused the folder without it (it could not be built), if any
     */
    public record Guard(RuleInfo rule, List<ScenarioResult> failing, List<String> refused) {

        public Guard {
            failing = List.copyOf(failing);
            refused = List.copyOf(refused);
        }

        /** True when taking the rule out is noticed: a scenario of its behaviour fails, or the folder is refused. */
        public boolean guarded() {
            return !failing.isEmpty() || !refused.isEmpty();
        }
    }

    /**
     * The outcome: {@code unsound} holds why the folder itself was not tried (the problems its check
     * finds); otherwise one guard per rule tried, and the rules that cannot be
     * taken out of their file ({@code untried}: the rows of a spreadsheet table, {@code .drl.xlsx}).
     */
    public record Report(List<RuleProblem> unsound, List<Guard> guards, List<RuleInfo> untried) {

        public Report {
            unsound = List.copyOf(unsound);
            guards = List.copyOf(guards);
            untried = List.copyOf(untried);
        }

        public List<Guard> unguarded() {
            return guards.stream().filter(g -> !g.guarded()).toList();
        }
    }

    private final Clock clock;
    private final RuleSetLoader loader;

    public RuleGuards(Clock clock) {
        this.clock = clock;
        this.loader = new RuleSetLoader(clock);
    }

    /**
     * Tries the rules of the folder's common rule set that {@code which} accepts, against the common
     * scenarios of {@code features}.
     */
    public Report check(Path folder, Path features, Predicate<RuleInfo> which) {
        return check(folder, features, null, which);
    }

    /**
     * Tries the rules that {@code which} accepts of one site's rule set (the common files overlaid
     * with {@code sites/<site>/}), or of the common rules when {@code site} is null. A site's rules
     * are tried as the check runs them: against the common scenarios, and against the site's own
     * ({@code features/sites/<site>/}) with the site's own promises.
     *
     * @throws se.samverkan.gvi.rules.runtime.RuleFolderRefused when the folder has sites but not this one
     */
    public Report check(Path folder, Path features, @Nullable String site, Predicate<RuleInfo> which) {
        RuleCheck.Report checked = new SiteRuleCheck(clock).check(folder, features, site);
        if (!checked.passed()) {
            return new Report(checked.problems(), List.of(), List.of());
        }
        List<Trial> trials = trials(folder, features, site);
        SiteRuleFolder.SiteFiles names = trials.get(0).files();
        List<Guard> guards = new ArrayList<>();
        List<RuleInfo> untried = new ArrayList<>();
        for (RuleInfo rule : Objects.requireNonNull(checked.ruleSet()).rules()) {
            if (!which.test(rule)) {
                continue;
            }
            if (!isTextual(rule.file())) {
                untried.add(located(rule, names));
                continue;
            }
            List<ScenarioResult> failing = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (Trial trial : trials) {
                Map<String, String> files = trial.files().files();
                if (!files.containsKey(rule.file())) {
                    continue;
                }
                Map<String, String> without = new TreeMap<>(files);
                without.put(rule.file(), withoutRule(files.get(rule.file()), rule));
                RuleSetBuild mutant = loader.load(without);
                if (!mutant.isValid()) {
                    mutant.problems().stream()
                            .map(p -> trial.files().located(p).toString())
                            .forEach(refused::add);
                    continue;
                }
                ScenarioRun.of(mutant.orThrow(), trial.scenarios()).stream()
                        .filter(r -> !r.passed() && r.illustrates(rule.id()))
                        .forEach(failing::add);
            }
            guards.add(new Guard(located(rule, names), failing, refused));
        }
        return new Report(List.of(), guards, untried);
    }

    /** One rule set and the scenarios run against it. */
    private record Trial(SiteRuleFolder.SiteFiles files, List<Path> scenarios) {}

    /**
     * The rule sets a check runs scenarios against: the common scenarios against the files they run
     * with, and for a site, its own scenarios against the rule set it serves.
     */
    private static List<Trial> trials(Path folder, Path features, @Nullable String site) {
        List<Trial> trials = new ArrayList<>();
        trials.add(new Trial(SiteRuleFolder.forScenarios(folder, features, site), RuleCheck.commonFeatures(features)));
        if (site != null && SiteRuleFolder.hasSites(folder)) {
            Path own = features.resolve(SiteRuleFolder.SITES).resolve(site);
            if (Files.isDirectory(own)) {
                trials.add(new Trial(SiteRuleFolder.of(folder, site), List.of(own)));
            }
        }
        return trials;
    }

    /** Whether a rule's file is text a rule can be taken out of: a rule file, or a table as CSV. */
    private static boolean isTextual(String file) {
        return file.endsWith(".dslr") || file.endsWith(".drl") || file.endsWith(".drl.csv");
    }

    /** The file's text without the rule: its block from the header to its {@code end}, or its table row. */
    static String withoutRule(@Nullable String text, RuleInfo rule) {
        if (text == null || rule.line() < 1) {
            throw new IllegalArgumentException("rule " + rule.name() + " has no place in the folder");
        }
        String[] lines = text.split("\n", -1);
        int first = rule.line() - 1;
        int last = first;
        if (rule.file().endsWith(".dslr") || rule.file().endsWith(".drl")) {
            while (last < lines.length - 1 && !lines[last].strip().equals("end")) {
                last++;
            }
        }
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i < first || i > last) {
                kept.append(lines[i]);
                if (i < lines.length - 1) {
                    kept.append('\n');
                }
            }
        }
        return kept.toString();
    }

    /** The rule with the file named as in the rule folder ({@code sites/…} where it came from a site). */
    private static RuleInfo located(RuleInfo rule, SiteRuleFolder.SiteFiles files) {
        return new RuleInfo(
                rule.name(),
                rule.id(),
                rule.legalBasis(),
                rule.promiseClause(),
                files.inFolder(rule.file()),
                rule.line(),
                rule.source());
    }
}

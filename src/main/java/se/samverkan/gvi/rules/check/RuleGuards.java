package se.samverkan.gvi.rules.check;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * again and the common scenarios are run against it. A rule is guarded when a scenario of its own
 * behaviour (tagged with the rule's {@code @id}) then fails. A rule whose removal no such scenario
 * notices could be wrong, or gone, without any example saying so; the legal reviewer is told which
 * rule, where, and that a scenario is missing.
 *
 * <p>Only a folder that passes its check is tried: the scenarios must hold for the folder as it is,
 * or a failure would say nothing about the rule taken out.
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
     * The outcome: {@code unsound} holds why the folder itself was not tried (its problems, or the
     * scenarios that fail as it is); otherwise one guard per rule tried, and the rules that cannot be
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

    public RuleGuards(Clock clock) {
        this.clock = clock;
    }

    /**
     * Tries the rules of the folder's common rule set that {@code which} accepts, against the common
     * scenarios of {@code features}.
     */
    public Report check(Path folder, Path features, Predicate<RuleInfo> which) {
        RuleSetLoader loader = new RuleSetLoader(clock);
        SiteRuleFolder.SiteFiles scenarioFiles = SiteRuleFolder.forScenarios(folder, features, null);
        Map<String, String> files = scenarioFiles.files();
        List<Path> scenarios = RuleCheck.commonFeatures(features);
        RuleSetBuild base = loader.load(files);
        if (!base.isValid()) {
            return new Report(
                    base.problems().stream().map(scenarioFiles::located).toList(), List.of(), List.of());
        }
        List<RuleProblem> failing = ScenarioRun.of(base.orThrow(), scenarios).stream()
                .filter(r -> !r.passed())
                .map(r -> new RuleProblem(r.uri(), r.line(), "Scenariot \"" + r.name() + "\" går inte igenom."))
                .toList();
        if (!failing.isEmpty()) {
            return new Report(failing, List.of(), List.of());
        }
        List<Guard> guards = new ArrayList<>();
        List<RuleInfo> untried = new ArrayList<>();
        for (RuleInfo rule : base.rules()) {
            if (!which.test(rule)) {
                continue;
            }
            if (!isTextual(rule.file())) {
                untried.add(located(rule, scenarioFiles));
                continue;
            }
            Map<String, String> without = new TreeMap<>(files);
            without.put(rule.file(), withoutRule(files.get(rule.file()), rule));
            RuleSetBuild mutant = loader.load(without);
            if (!mutant.isValid()) {
                guards.add(new Guard(
                        located(rule, scenarioFiles),
                        List.of(),
                        mutant.problems().stream()
                                .map(p -> scenarioFiles.located(p).toString())
                                .toList()));
                continue;
            }
            guards.add(new Guard(
                    located(rule, scenarioFiles),
                    ScenarioRun.of(mutant.orThrow(), scenarios).stream()
                            .filter(r -> !r.passed() && r.illustrates(rule.id()))
                            .toList(),
                    List.of()));
        }
        return new Report(List.of(), guards, untried);
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

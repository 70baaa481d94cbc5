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
import java.util.function.UnaryOperator;
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
 * <p>Asked to, it also takes out each condition of a rule in turn (a line of its {@code when} part):
 * a condition is guarded when any scenario then fails (the behaviour's own are run first), since the
 * line between two behaviours, such as a perpetrator group's consequences and a victim group's
 * protection, is often shown by the other behaviour's scenarios. A condition no scenario depends on
 * either lacks an example where it does not hold, or follows from the rule's other conditions and
 * can go. A condition without which the rule cannot be built (it names what the rest of the rule
 * uses) is not tried.
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
     * One condition of a rule taken out.
     *
     * @param line    the condition's line in the rule's file
     * @param text    the condition as written
     * @param built   whether the rule set could be built without it; a condition the rest of the rule
     *                needs to be built (it names the person, the promise, the lever) is not tried
     * @param failing the scenarios that failed without it: of the rule's behaviour, or, when none of
     *                those did, of any other
     */
    public record ConditionGuard(RuleInfo rule, int line, String text, boolean built, List<ScenarioResult> failing) {

        public ConditionGuard {
            failing = List.copyOf(failing);
        }

        /** True when the rule set could be built without the condition and no scenario noticed. */
        public boolean unguarded() {
            return built && failing.isEmpty();
        }
    }

    /** Which scenarios may notice an edit: those of the edited rule's behaviour, or any. */
    private enum Noticed {
        BY_ITS_BEHAVIOUR,
        BY_ANY_SCENARIO
    }

    /** Whether to take out each rule only, or each condition of each rule too. */
    public enum Scope {
        RULES,
        RULES_AND_CONDITIONS
    }

    /**
     * The outcome: {@code unsound} holds why the folder itself was not tried (the problems its check
     * finds); otherwise one guard per rule tried, one per condition of those rules when asked for,
     * and the rules that cannot be taken out of their file ({@code untried}: the rows of a
     * spreadsheet table, {@code .drl.xlsx}).
     */
    public record Report(
            List<RuleProblem> unsound, List<Guard> guards, List<ConditionGuard> conditions, List<RuleInfo> untried) {

        public Report {
            unsound = List.copyOf(unsound);
            guards = List.copyOf(guards);
            conditions = List.copyOf(conditions);
            untried = List.copyOf(untried);
        }

        public List<Guard> unguarded() {
            return guards.stream().filter(g -> !g.guarded()).toList();
        }

        public List<ConditionGuard> unguardedConditions() {
            return conditions.stream().filter(ConditionGuard::unguarded).toList();
        }

        /** What the legal reviewer is told, at the file and line of each rule and condition no scenario misses. */
        public List<RuleProblem> problems() {
            List<RuleProblem> problems = new ArrayList<>();
            for (Guard guard : unguarded()) {
                RuleInfo rule = guard.rule();
                problems.add(new RuleProblem(
                        rule.file(),
                        rule.line(),
                        "Regeln \"" + rule.name() + "\" hålls inte på plats av något scenario: utan regeln går "
                                + "inget scenario taggat @" + rule.id() + " sönder. Skriv ett sådant scenario "
                                + "som visar vad regeln gör."));
            }
            for (ConditionGuard condition : unguardedConditions()) {
                problems.add(new RuleProblem(
                        condition.rule().file(),
                        condition.line(),
                        "Villkoret \"" + condition.text() + "\" i regeln \""
                                + condition.rule().name()
                                + "\" hålls inte på plats: utan villkoret går inget scenario sönder. "
                                + "Antingen följer villkoret redan av regelns andra villkor och kan "
                                + "strykas, eller så saknas ett scenario där det inte är uppfyllt."));
            }
            return problems;
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
        return check(folder, features, null, which, Scope.RULES);
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
        return check(folder, features, site, which, Scope.RULES);
    }

    /** As {@link #check(Path, Path, String, Predicate)}, taking out each condition of each rule too when asked. */
    public Report check(Path folder, Path features, @Nullable String site, Predicate<RuleInfo> which, Scope scope) {
        RuleCheck.Report checked = new SiteRuleCheck(clock).check(folder, features, site);
        if (!checked.passed()) {
            return new Report(checked.problems(), List.of(), List.of(), List.of());
        }
        List<Trial> trials = trials(folder, features, site);
        SiteRuleFolder.SiteFiles names = trials.get(0).files();
        List<Guard> guards = new ArrayList<>();
        List<ConditionGuard> conditions = new ArrayList<>();
        List<RuleInfo> untried = new ArrayList<>();
        for (RuleInfo rule : Objects.requireNonNull(checked.ruleSet()).rules()) {
            if (!which.test(rule)) {
                continue;
            }
            if (!isTextual(rule.file())) {
                untried.add(located(rule, names));
                continue;
            }
            List<String> refused = new ArrayList<>();
            List<ScenarioResult> failing =
                    failingWithout(trials, rule, text -> withoutRule(text, rule), Noticed.BY_ITS_BEHAVIOUR, refused);
            guards.add(new Guard(located(rule, names), failing, refused));
            if (scope == Scope.RULES_AND_CONDITIONS) {
                String text = trials.stream()
                        .map(t -> t.files().files().get(rule.file()))
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("no file " + rule.file()));
                for (Condition condition : conditionsOf(text, rule)) {
                    List<String> unbuilt = new ArrayList<>();
                    List<ScenarioResult> noticed = failingWithout(
                            trials, rule, t -> withoutLine(t, condition.line()), Noticed.BY_ANY_SCENARIO, unbuilt);
                    // a problem in any trial means the rule needs the line to be built at all
                    boolean built = unbuilt.isEmpty();
                    conditions.add(new ConditionGuard(
                            located(rule, names), condition.line(), condition.text(), built, noticed));
                }
            }
        }
        return new Report(List.of(), guards, conditions, untried);
    }

    /**
     * The scenarios that fail when the rule's file is edited as {@code edit} says, in each trial that
     * has the file: those of the rule's behaviour, and when {@code noticed} allows and none of them
     * fails, any other; where the edited folder cannot be built, its problems go to {@code refused}.
     */
    private List<ScenarioResult> failingWithout(
            List<Trial> trials, RuleInfo rule, UnaryOperator<String> edit, Noticed noticed, List<String> refused) {
        List<ScenarioResult> failing = new ArrayList<>();
        for (Trial trial : trials) {
            Map<String, String> files = trial.files().files();
            String text = files.get(rule.file());
            if (text == null) {
                continue;
            }
            Map<String, String> edited = new TreeMap<>(files);
            edited.put(rule.file(), edit.apply(text));
            RuleSetBuild mutant = loader.load(edited);
            if (!mutant.isValid()) {
                mutant.problems().stream()
                        .map(p -> trial.files().located(p).toString())
                        .forEach(refused::add);
                continue;
            }
            ScenarioRun.tagged("@" + rule.id(), mutant.orThrow(), trial.scenarios()).stream()
                    .filter(r -> !r.passed())
                    .forEach(failing::add);
            if (failing.isEmpty() && noticed == Noticed.BY_ANY_SCENARIO) {
                ScenarioRun.tagged("not @" + rule.id(), mutant.orThrow(), trial.scenarios()).stream()
                        .filter(r -> !r.passed())
                        .forEach(failing::add);
            }
        }
        return failing;
    }

    /** A condition of a rule: a line of its {@code when} part, by its number in the file. */
    record Condition(int line, String text) {}

    /**
     * The conditions of a rule in a {@code .dslr} or {@code .drl} file: each line between its
     * {@code when} and {@code then} that is not blank or a comment. A table row has none of its own.
     */
    static List<Condition> conditionsOf(String text, RuleInfo rule) {
        if (!(rule.file().endsWith(".dslr") || rule.file().endsWith(".drl"))) {
            return List.of();
        }
        String[] lines = text.split("\n", -1);
        List<Condition> conditions = new ArrayList<>();
        boolean inWhen = false;
        for (int i = rule.line() - 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("then") || line.equals("end") || (i >= rule.line() && line.startsWith("rule "))) {
                // a rule written on one line, or whose when part is not on lines of its own, has none tried
                break;
            }
            if (line.equals("when")) {
                inWhen = true;
            } else if (inWhen && !line.isEmpty() && !line.startsWith("//") && !line.startsWith("#")) {
                conditions.add(new Condition(i + 1, line));
            }
        }
        return conditions;
    }

    /** The text without its line {@code number} (1 for the first). */
    static String withoutLine(String text, int number) {
        String[] lines = text.split("\n", -1);
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i != number - 1) {
                kept.append(lines[i]);
                if (i < lines.length - 1) {
                    kept.append('\n');
                }
            }
        }
        return kept.toString();
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

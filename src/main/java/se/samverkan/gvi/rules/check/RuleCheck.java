package se.samverkan.gvi.rules.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.RuleInfo;
import se.samverkan.gvi.decision.RuleProblem;
import se.samverkan.gvi.decision.RuleSet;
import se.samverkan.gvi.decision.RuleSetBuild;
import se.samverkan.gvi.decision.RuleSetLoader;
import se.samverkan.gvi.rules.runtime.SiteRuleFolder;

/**
 * The full check of a rule folder that a legal reviewer runs before a change goes live: it compiles
 * the rules, lints them (metadata, behaviour coverage, lever codes, a clause of each promise for its
 * triggers and for every lever it promises) and runs every scenario in the
 * features folder beside it against the folder. Problems are reported as {@code file:line: message}
 * in plain Swedish. Warnings (a deadline-table row longer than a promise's deadline) are reported the
 * same way but refuse nothing.
 */
public final class RuleCheck {

    /** The outcome of a check: every problem found, and how many scenarios ran and passed. */
    public record Report(
            String version,
            @Nullable RuleSet ruleSet,
            List<RuleProblem> problems,
            List<ScenarioResult> scenarios,
            List<RuleProblem> warnings) {

        public Report(
                String version, @Nullable RuleSet ruleSet, List<RuleProblem> problems, List<ScenarioResult> scenarios) {
            this(version, ruleSet, problems, scenarios, List.of());
        }

        public boolean passed() {
            return problems.isEmpty();
        }

        public long scenariosPassed() {
            return scenarios.stream().filter(ScenarioResult::passed).count();
        }

        public int scenariosRun() {
            return scenarios.size();
        }
    }

    private final Clock clock;

    public RuleCheck(Clock clock) {
        this.clock = clock;
    }

    public Report check(Path rulesFolder, Path features) {
        List<RuleProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(rulesFolder)) {
            problems.add(new RuleProblem(rulesFolder.toString(), 0, "Regelmappen finns inte."));
            return new Report("", null, problems, List.of());
        }
        return check(new RuleSetLoader(clock).load(rulesFolder), rulesFolder, features);
    }

    /**
     * The check of a rule set already built from a rule folder's files (one site's, see
     * {@link SiteRuleCheck}): lint and every scenario; the behaviours are those of the folder.
     */
    public Report check(RuleSetBuild build, Path rulesFolder, Path features) {
        List<RuleProblem> problems = new ArrayList<>(build.problems());
        problems.addAll(build.lint());
        String version = build.ruleSet() == null ? "" : build.ruleSet().version();
        try {
            BehaviourCatalogue catalogue = BehaviourCatalogue.read(rulesFolder);
            if (!build.rules().isEmpty()) {
                problems.addAll(lintRules(build.rules(), catalogue));
            }
            problems.addAll(lintScenarios(rulesFolder, features, catalogue));
        } catch (IllegalArgumentException e) {
            problems.add(new RuleProblem(BehaviourCatalogue.FILE, 0, String.valueOf(e.getMessage())));
        }
        List<ScenarioResult> scenarios = List.of();
        RuleSet built = build.ruleSet();
        if (built != null && build.isValid()) {
            scenarios = ScenarioRun.of(built, commonFeatures(features));
            for (ScenarioResult s : scenarios) {
                if (!s.passed()) {
                    problems.add(new RuleProblem(
                            s.uri(), s.line(), "Scenariot \"" + s.name() + "\" går inte igenom: " + s.message()));
                }
            }
        }
        problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
        return new Report(version, build.ruleSet(), problems, scenarios, build.warnings());
    }

    private static List<RuleProblem> lintRules(List<RuleInfo> rules, BehaviourCatalogue catalogue) {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> known = Set.copyOf(catalogue.ids());
        Set<String> implemented = new TreeSet<>();
        for (RuleInfo rule : rules) {
            implemented.add(rule.id());
            if (!rule.id().isEmpty() && !known.contains(rule.id())) {
                problems.add(new RuleProblem(
                        rule.file(),
                        rule.line(),
                        "Regeln \"" + rule.name() + "\" har @id(\""
                                + rule.id() + "\"), som inte finns i " + BehaviourCatalogue.FILE
                                + ". Använd ett befintligt beteende-id eller lägg till beteendet där."));
            }
        }
        for (String id : catalogue.ids()) {
            if (!implemented.contains(id)) {
                problems.add(new RuleProblem(
                        BehaviourCatalogue.FILE,
                        catalogue.lineOf(id),
                        "Beteendet " + id + " har ingen regel. Lägg till en regel med @id(\"" + id
                                + "\") under gvi/."));
            }
        }
        return problems;
    }

    private static List<RuleProblem> lintScenarios(Path rulesFolder, Path features, BehaviourCatalogue catalogue) {
        List<RuleProblem> problems = new ArrayList<>();
        ScenarioIndex index = ScenarioIndex.of(features);
        if (index.scenarios() == 0) {
            problems.add(new RuleProblem(
                    features.toString(),
                    0,
                    "Det finns inga scenarier. Varje beteende behöver " + "minst ett scenario under features/."));
            return problems;
        }
        List<String> missing = catalogue.ids().stream()
                .filter(id -> !index.taggedIds().contains(id))
                .toList();
        for (String id : missing) {
            problems.add(new RuleProblem(
                    BehaviourCatalogue.FILE,
                    catalogue.lineOf(id),
                    "Beteendet " + id + " har inget scenario. Skriv ett scenario under features/sv/ och tagga det @"
                            + id + "."));
        }
        for (String where : index.untagged()) {
            int colon = where.lastIndexOf(':');
            problems.add(new RuleProblem(
                    where.substring(0, colon),
                    Integer.parseInt(where.substring(colon + 1)),
                    "Scenariot saknar beteende-id. Tagga det med det beteende det visar, till exempel @GVI-07."));
        }
        Set<String> unknown = index.taggedIds().stream()
                .filter(id -> !catalogue.ids().contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
        for (String id : unknown) {
            problems.add(new RuleProblem(
                    features.toString(),
                    0,
                    "Scenarier är taggade med " + id + ", som inte finns i " + BehaviourCatalogue.FILE + "."));
        }
        return problems;
    }

    /**
     * The common scenarios: everything under the features folder except one site's own scenarios
     * ({@code features/sites/<site>/}, run only against that site's rule set by {@link SiteRuleCheck}).
     */
    static List<Path> commonFeatures(Path features) {
        if (!Files.isDirectory(features.resolve(SiteRuleFolder.SITES))) {
            return List.of(features);
        }
        try (Stream<Path> children = Files.list(features)) {
            return children.filter(p -> !p.getFileName().toString().equals(SiteRuleFolder.SITES))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

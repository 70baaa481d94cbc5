package se.samverkan.gvi.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.samverkan.gvi.decision.RuleInfo;
import se.samverkan.gvi.decision.RuleProblem;
import se.samverkan.gvi.decision.RuleSet;
import se.samverkan.gvi.decision.RuleSetBuild;
import se.samverkan.gvi.decision.RuleSetLoader;
import se.samverkan.gvi.rules.scenarios.ScenarioRules;

/**
 * The full check of a rule folder that a legal reviewer runs before a change goes live: it compiles
 * the rules, lints them (metadata, behaviour coverage, lever codes) and runs every scenario in the
 * features folder beside it against the folder. Problems are reported as {@code file:line: message}
 * in plain Swedish.
 */
public final class RuleCheck {

    /** The glue package the scenarios run with, shipped in the product. */
    public static final String GLUE = "se.samverkan.gvi.rules.scenarios";

    /** The outcome of a check: every problem found, and how many scenarios ran and passed. */
    public record Report(String version, List<RuleProblem> problems, int scenariosPassed, int scenariosRun) {

        public boolean passed() {
            return problems.isEmpty();
        }
    }

    private final Clock clock;

    public RuleCheck(Clock clock) {
        this.clock = clock;
    }

    /** The features folder that belongs to a rule folder: {@code features/} beside it. */
    public static Path featuresBeside(Path rulesFolder) {
        Path parent = rulesFolder.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("features") : parent.resolve("features");
    }

    public Report check(Path rulesFolder, Path features) {
        List<RuleProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(rulesFolder)) {
            problems.add(new RuleProblem(rulesFolder.toString(), 0, "Regelmappen finns inte."));
            return new Report("", problems, 0, 0);
        }
        RuleSetBuild build = new RuleSetLoader(clock).load(rulesFolder);
        problems.addAll(build.problems());
        String version = build.ruleSet() == null ? "" : build.ruleSet().version();
        try {
            BehaviourCatalogue catalogue = BehaviourCatalogue.read(rulesFolder);
            if (build.ruleSet() != null) {
                problems.addAll(lintRules(build.ruleSet(), catalogue));
            }
            problems.addAll(lintScenarios(rulesFolder, features, catalogue));
        } catch (IllegalArgumentException e) {
            problems.add(new RuleProblem(BehaviourCatalogue.FILE, 0, e.getMessage()));
        }
        int passed = 0;
        int run = 0;
        if (build.isValid()) {
            ScenarioRun scenarios = ScenarioRun.of(build.ruleSet(), features);
            problems.addAll(scenarios.problems());
            passed = scenarios.passed();
            run = scenarios.run();
        }
        problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
        return new Report(version, problems, passed, run);
    }

    private static List<RuleProblem> lintRules(RuleSet ruleSet, BehaviourCatalogue catalogue) {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> known = Set.copyOf(catalogue.ids());
        Set<String> implemented = new TreeSet<>();
        for (RuleInfo rule : ruleSet.rules()) {
            implemented.add(rule.id());
            if (!known.contains(rule.id())) {
                problems.add(new RuleProblem(rule.file(), rule.line(), "Regeln \"" + rule.name() + "\" har @id(\""
                        + rule.id() + "\"), som inte finns i " + BehaviourCatalogue.FILE
                        + ". Använd ett befintligt beteende-id eller lägg till beteendet där."));
            }
        }
        for (String id : catalogue.ids()) {
            if (!implemented.contains(id)) {
                problems.add(new RuleProblem(BehaviourCatalogue.FILE, catalogue.lineOf(id), "Beteendet " + id
                        + " har ingen regel. Lägg till en regel med @id(\"" + id + "\") under gvi/."));
            }
        }
        return problems;
    }

    private static List<RuleProblem> lintScenarios(Path rulesFolder, Path features, BehaviourCatalogue catalogue) {
        List<RuleProblem> problems = new ArrayList<>();
        ScenarioIndex index = ScenarioIndex.of(features);
        if (index.scenarios() == 0) {
            problems.add(new RuleProblem(features.toString(), 0, "Det finns inga scenarier. Varje beteende behöver "
                    + "minst ett scenario under features/."));
            return problems;
        }
        List<String> missing = catalogue.ids().stream().filter(id -> !index.taggedIds().contains(id)).toList();
        for (String id : missing) {
            problems.add(new RuleProblem(BehaviourCatalogue.FILE, catalogue.lineOf(id), "Beteendet " + id
                    + " har inget scenario. Skriv ett scenario under features/sv/ och tagga det @" + id + "."));
        }
        for (String where : index.untagged()) {
            int colon = where.lastIndexOf(':');
            problems.add(new RuleProblem(where.substring(0, colon), Integer.parseInt(where.substring(colon + 1)),
                    "Scenariot saknar beteende-id. Tagga det med det beteende det visar, till exempel @GVI-07."));
        }
        Set<String> unknown = index.taggedIds().stream().filter(id -> !catalogue.ids().contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
        for (String id : unknown) {
            problems.add(new RuleProblem(features.toString(), 0, "Scenarier är taggade med " + id
                    + ", som inte finns i " + BehaviourCatalogue.FILE + "."));
        }
        return problems;
    }

    /** One run of every scenario against the folder, through Cucumber's own command line runner. */
    record ScenarioRun(List<RuleProblem> problems, int passed, int run) {

        static synchronized ScenarioRun of(RuleSet ruleSet, Path features) {
            ScenarioRules.use(ruleSet);
            ScenarioReporter.reset();
            try {
                String[] args = {"--glue", GLUE, "--plugin", ScenarioReporter.class.getName(),
                        "--monochrome", features.toAbsolutePath().toString()};
                System.setProperty("cucumber.publish.quiet", "true");
                io.cucumber.core.cli.Main.run(args, Thread.currentThread().getContextClassLoader());
            } finally {
                ScenarioRules.use(null);
            }
            List<RuleProblem> problems = new ArrayList<>();
            for (ScenarioReporter.Failure f : ScenarioReporter.failures()) {
                problems.add(new RuleProblem(f.uri(), f.line(), "Scenariot \"" + f.name() + "\" går inte igenom: "
                        + f.message()));
            }
            int run = ScenarioReporter.passed() + problems.size();
            return new ScenarioRun(problems, ScenarioReporter.passed(), run);
        }
    }
}

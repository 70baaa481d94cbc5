package se.samverkan.gvi.decision;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.samverkan.gvi.decision.internal.LeverTables;
import se.samverkan.gvi.decision.internal.PolicyFiles;
import se.samverkan.gvi.decision.internal.RuleCompiler;
import se.samverkan.gvi.decision.internal.RuleFiles;
import se.samverkan.gvi.decision.internal.VocabularyFiles;

/**
 * Builds a {@link RuleSet} from a rule folder at run time: reads the policy files, checks the rows of
 * the lever tables, compiles the rules and lints them. A folder with any problem yields no rule set, so a broken change can never be
 * half-loaded.
 */
public final class RuleSetLoader {

    private final Clock clock;

    public RuleSetLoader(Clock clock) {
        this.clock = clock;
    }

    /** The version a folder would have, from its files alone (no build): SHA-256 over paths and contents. */
    public static String versionOf(Path folder) {
        return RuleFiles.read(folder).version();
    }

    public RuleSetBuild load(Path folder) {
        return build(RuleFiles.read(folder));
    }

    /**
     * Builds a version from its stored files (path → text, as {@link RuleSet#files()} gives them), so
     * an instance can serve a version another instance put into service without sharing its folder.
     */
    public RuleSetBuild load(Map<String, String> files) {
        return build(RuleFiles.fromText(files));
    }

    private RuleSetBuild build(RuleFiles files) {
        String version = files.version();
        VocabularyFiles.Read vocabulary = VocabularyFiles.read(files);
        PolicyFiles.Policy policy = PolicyFiles.read(files, vocabulary.vocabulary());
        LeverTables.Tables tables =
                LeverTables.read(files, policy.levers(), policy.promises().values(), policy.lagrum());
        Set<String> refusedTables =
                tables.found().problems().stream().map(RuleProblem::file).collect(Collectors.toSet());
        RuleCompiler.Compiled compiled = RuleCompiler.compile(
                files.without(refusedTables), version, vocabulary.vocabulary(), policy.levers(), policy.lagrum());
        List<RuleProblem> lint = new ArrayList<>(policy.lint());
        lint.addAll(tables.found().lint());
        lint.addAll(policy.lagrum().handWrittenInRules(files));
        List<RuleProblem> problems = new ArrayList<>(vocabulary.problems());
        problems.addAll(policy.problems());
        problems.addAll(tables.found().problems());
        problems.addAll(compiled.problems());
        if (!policy.levers().isEmpty()) {
            problems.addAll(RuleCompiler.unknownLevers(files, policy.levers().keySet()));
        }
        problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
        if (!problems.isEmpty() || compiled.kieBase() == null || policy.ageLimits() == null) {
            return new RuleSetBuild(
                    null,
                    compiled.rules(),
                    new Findings(problems, tables.found().warnings(), lint));
        }
        RuleSet ruleSet = new RuleSet(
                version,
                clock.instant(),
                compiled.kieBase(),
                policy.levers(),
                policy.promises(),
                policy.promiseFiles(),
                policy.ageLimits(),
                tables.minimumAges(),
                tables.deadlines(),
                compiled.rules(),
                files.asText(),
                vocabulary.vocabulary(),
                policy.lagrum());
        return new RuleSetBuild(
                ruleSet,
                compiled.rules(),
                new Findings(List.of(), tables.found().warnings(), lint));
    }
}

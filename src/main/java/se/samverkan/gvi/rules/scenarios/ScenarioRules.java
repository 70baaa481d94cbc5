package se.samverkan.gvi.rules.scenarios;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.RuleProblem;
import se.samverkan.gvi.decision.RuleSet;
import se.samverkan.gvi.decision.RuleSetBuild;
import se.samverkan.gvi.decision.RuleSetLoader;

/**
 * The rule set the scenarios run against: the folder named by the system property
 * {@value #RULES_PATH_PROPERTY} (default {@code rules}), built once per JVM and folder, or the rule
 * set a running check has handed over.
 */
public final class ScenarioRules {

    public static final String RULES_PATH_PROPERTY = "gvi.rules.path";

    private static final Map<Path, RuleSet> BUILT = new ConcurrentHashMap<>();

    private ScenarioRules() {
    }

    public static Path folder() {
        return Path.of(System.getProperty(RULES_PATH_PROPERTY, "rules")).toAbsolutePath().normalize();
    }

    private static volatile @Nullable RuleSet checked;

    public static RuleSet current() {
        RuleSet ruleSet = checked;
        if (ruleSet != null) {
            return ruleSet;
        }
        return BUILT.computeIfAbsent(folder(), f -> new RuleSetLoader(Clock.systemUTC()).load(f).orThrow());
    }

    private static final Map<String, RuleSet> WITH_ROWS = new ConcurrentHashMap<>();

    /**
     * The current rule set built again with rows added at the end of its decision tables (path → CSV
     * lines), for scenarios that show a table row in effect. The table is compiled by the engine as
     * the folder's own would be, and must pass the same check; a rule set is built once per rule-set
     * version and set of rows.
     */
    public static RuleSet withTableRows(Map<String, List<String>> rows) {
        RuleSet base = current();
        if (WITH_ROWS.size() > 16) {
            WITH_ROWS.clear(); // rule sets of versions no longer checked; a service reloads many versions
        }
        return WITH_ROWS.computeIfAbsent(base.version() + rows, key -> {
            Map<String, String> files = new TreeMap<>(base.files());
            rows.forEach((path, lines) -> {
                String table = files.get(path);
                if (table == null) {
                    throw new IllegalStateException("Regelmappen har ingen " + path + " att lägga till rader i.");
                }
                files.put(path, (table.endsWith("\n") ? table : table + "\n") + String.join("\n", lines) + "\n");
            });
            RuleSetBuild build = new RuleSetLoader(Clock.systemUTC()).load(files);
            if (!build.isValid()) {
                throw new IllegalStateException("Tabellraderna i scenariot avvisas: " + build.problems().stream()
                        .map(RuleProblem::toString).collect(Collectors.joining("; ")));
            }
            return build.orThrow();
        });
    }

    /**
     * Runs the scenarios against an already built rule set (the one a check is checking) instead of
     * building the folder again; {@code null} returns to the folder.
     */
    public static void use(@Nullable RuleSet ruleSet) {
        checked = ruleSet;
    }
}

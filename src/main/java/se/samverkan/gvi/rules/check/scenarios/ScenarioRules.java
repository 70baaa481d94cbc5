package se.samverkan.gvi.rules.check.scenarios;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.RuleSet;
import se.samverkan.gvi.decision.RuleSetLoader;
import se.samverkan.gvi.rules.runtime.SiteRuleFolder;

/**
 * The rule set the scenarios run against: the common rules of the folder named by the system
 * property {@value #RULES_PATH_PROPERTY} (default {@code rules}) with the scenarios' own promises
 * ({@code features/promises/}, see {@link SiteRuleFolder#forScenarios}), built once per JVM and
 * folder, or the rule set a running check has handed over.
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
        return BUILT.computeIfAbsent(folder(), f -> new RuleSetLoader(Clock.systemUTC())
                .load(SiteRuleFolder.forScenarios(f, SiteRuleFolder.featuresBeside(f), null).files()).orThrow());
    }

    /**
     * Runs the scenarios against an already built rule set (the one a check is checking) instead of
     * building the folder again; {@code null} returns to the folder.
     */
    public static void use(@Nullable RuleSet ruleSet) {
        checked = ruleSet;
    }
}

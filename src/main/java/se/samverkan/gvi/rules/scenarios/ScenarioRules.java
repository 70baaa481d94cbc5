package se.samverkan.gvi.rules.scenarios;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.samverkan.gvi.decision.RuleSet;
import se.samverkan.gvi.decision.RuleSetLoader;

/**
 * The rule set the scenarios run against: the folder named by the system property
 * {@value #RULES_PATH_PROPERTY} (default {@code rules}), built once per JVM and folder.
 */
public final class ScenarioRules {

    public static final String RULES_PATH_PROPERTY = "gvi.rules.path";

    private static final Map<Path, RuleSet> BUILT = new ConcurrentHashMap<>();

    private ScenarioRules() {
    }

    public static Path folder() {
        return Path.of(System.getProperty(RULES_PATH_PROPERTY, "rules")).toAbsolutePath().normalize();
    }

    public static RuleSet current() {
        return BUILT.computeIfAbsent(folder(), f -> new RuleSetLoader(Clock.systemUTC()).load(f).orThrow());
    }
}

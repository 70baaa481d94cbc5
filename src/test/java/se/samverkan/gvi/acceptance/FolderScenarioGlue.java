package se.samverkan.gvi.acceptance;

import java.nio.file.Path;
import java.time.Clock;
import se.samverkan.gvi.decision.RuleSetLoader;
import se.samverkan.gvi.rules.check.scenarios.ScenarioGlue;
import se.samverkan.gvi.rules.runtime.SiteRuleFolder;

/**
 * The scenario glue of {@link ScenarioTests}: the common rules of the folder {@code rules} (or the
 * one the system property {@code gvi.rules.path} names) with the sites' promises the scenarios name, built once
 * per run. Cucumber's JUnit Platform engine finds it as its object factory
 * ({@code src/test/resources/junit-platform.properties}).
 */
public class FolderScenarioGlue extends ScenarioGlue {

    public FolderScenarioGlue() {
        super(() -> {
            Path folder = Path.of(System.getProperty("gvi.rules.path", "rules"))
                    .toAbsolutePath()
                    .normalize();
            return new RuleSetLoader(Clock.systemUTC())
                    .load(SiteRuleFolder.forScenarios(folder, SiteRuleFolder.featuresBeside(folder), null)
                            .files())
                    .orThrow();
        });
    }
}

package se.samverkan.gvi.decision;

import java.nio.file.Path;
import java.time.Clock;
import se.samverkan.gvi.rules.runtime.SiteRuleFolder;

/** The rule set the benchmarks run on, as {@code rules bench} picks it: the folder's first site. */
public final class BenchmarkRules {

    private BenchmarkRules() {}

    /** @param folder the rule folder, relative to where the benchmark runs (the project, under Maven) */
    public static RuleSet ofFirstSite(String folder) {
        Path rules = Path.of(folder);
        return new RuleSetLoader(Clock.systemUTC())
                .load(SiteRuleFolder.of(rules, SiteRuleFolder.firstSite(rules)).files())
                .orThrow();
    }
}

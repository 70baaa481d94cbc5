package se.samverkan.gvi.rules.check.scenarios;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.RuleSet;

/**
 * The rule set one run of the scenarios is checked against, handed to the glue by
 * {@link ScenarioGlue}: each run has its own, so two checks may run at once. It is built on first
 * use (a run of the scenarios under the build tool builds it from a folder).
 */
public final class ScenarioRules {

    private final Supplier<RuleSet> source;
    private @Nullable RuleSet ruleSet;

    public ScenarioRules(Supplier<RuleSet> source) {
        this.source = source;
    }

    public synchronized RuleSet current() {
        RuleSet built = ruleSet;
        if (built == null) {
            built = source.get();
            ruleSet = built;
        }
        return built;
    }
}

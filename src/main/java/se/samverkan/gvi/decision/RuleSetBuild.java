package se.samverkan.gvi.decision;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The result of building a rule folder: a usable rule set, or the problems that refuse it. */
public record RuleSetBuild(@Nullable RuleSet ruleSet, List<RuleProblem> problems) {

    public RuleSetBuild {
        problems = List.copyOf(problems);
    }

    /** True when the folder compiled and linted clean: a rule set with problems is never handed out. */
    public boolean isValid() {
        return ruleSet != null && problems.isEmpty();
    }

    /** The rule set, or an exception listing every problem. */
    public RuleSet orThrow() {
        if (!isValid()) {
            StringBuilder text = new StringBuilder("the rule folder was refused:");
            problems.forEach(p -> text.append(System.lineSeparator()).append(p));
            throw new IllegalStateException(text.toString());
        }
        return ruleSet;
    }
}

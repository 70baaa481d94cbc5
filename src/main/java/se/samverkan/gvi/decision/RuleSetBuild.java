package se.samverkan.gvi.decision;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of building a rule folder: a usable rule set, or the problems that refuse it.
 *
 * @param rules the rules that compiled, also when lint problems refuse the folder, so that every
 *              problem can be reported in one check
 * @param warnings things worth a reviewer's attention that refuse nothing (a deadline-table row that
 *                 is longer than a promise's deadline, so it changes nothing for that promise)
 */
public record RuleSetBuild(@Nullable RuleSet ruleSet, List<RuleInfo> rules, List<RuleProblem> problems,
                           List<RuleProblem> warnings) {

    public RuleSetBuild {
        rules = List.copyOf(rules);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public RuleSetBuild(@Nullable RuleSet ruleSet, List<RuleInfo> rules, List<RuleProblem> problems) {
        this(ruleSet, rules, problems, List.of());
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

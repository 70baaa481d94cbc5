package se.samverkan.gvi.decision;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of building a rule folder: a usable rule set, or the problems that refuse it.
 *
 * @param rules the rules that compiled, also when lint problems refuse the folder, so that every
 *              problem can be reported in one check
 */
public record RuleSetBuild(@Nullable RuleSet ruleSet, List<RuleInfo> rules, Findings findings) {

    public RuleSetBuild {
        rules = List.copyOf(rules);
    }

    /** What refuses the folder ({@link Findings#problems}). */
    public List<RuleProblem> problems() {
        return findings.problems();
    }

    /** What only informs ({@link Findings#warnings}). */
    public List<RuleProblem> warnings() {
        return findings.warnings();
    }

    /** What refuses a new version only ({@link Findings#lint}). */
    public List<RuleProblem> lint() {
        return findings.lint();
    }

    /** True when the folder compiled and linted clean: a rule set with problems is never handed out. */
    public boolean isValid() {
        return ruleSet != null && problems().isEmpty();
    }

    /** The rule set, or an exception listing every problem. */
    public RuleSet orThrow() {
        RuleSet valid = ruleSet;
        if (valid == null || !problems().isEmpty()) {
            StringBuilder text = new StringBuilder("the rule folder was refused:");
            problems().forEach(p -> text.append(System.lineSeparator()).append(p));
            throw new IllegalStateException(text.toString());
        }
        return valid;
    }
}

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
 * @param lint     what the full check refuses although the files build and could serve (a promise
 *                 whose trigger or promised lever has no clause): a new version with such a problem
 *                 never passes the check, but a version that already served is still built as it was
 */
public record RuleSetBuild(
        @Nullable RuleSet ruleSet,
        List<RuleInfo> rules,
        List<RuleProblem> problems,
        List<RuleProblem> warnings,
        List<RuleProblem> lint) {

    public RuleSetBuild {
        rules = List.copyOf(rules);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        lint = List.copyOf(lint);
    }

    public RuleSetBuild(
            @Nullable RuleSet ruleSet, List<RuleInfo> rules, List<RuleProblem> problems, List<RuleProblem> warnings) {
        this(ruleSet, rules, problems, warnings, List.of());
    }

    public RuleSetBuild(@Nullable RuleSet ruleSet, List<RuleInfo> rules, List<RuleProblem> problems) {
        this(ruleSet, rules, problems, List.of(), List.of());
    }

    /** True when the folder compiled and linted clean: a rule set with problems is never handed out. */
    public boolean isValid() {
        return ruleSet != null && problems.isEmpty();
    }

    /** The rule set, or an exception listing every problem. */
    public RuleSet orThrow() {
        RuleSet valid = ruleSet;
        if (valid == null || !problems.isEmpty()) {
            StringBuilder text = new StringBuilder("the rule folder was refused:");
            problems.forEach(p -> text.append(System.lineSeparator()).append(p));
            throw new IllegalStateException(text.toString());
        }
        return valid;
    }
}

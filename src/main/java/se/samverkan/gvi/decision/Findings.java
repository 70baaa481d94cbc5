package se.samverkan.gvi.decision;

import java.util.List;

/**
 * What checking a rule folder found besides its rules, by what each finding does to the folder.
 *
 * @param problems what refuses the folder: it is not built
 * @param warnings things worth a reviewer's attention that refuse nothing (a deadline-table row that
 *                 is longer than a promise's deadline, so it changes nothing for that promise)
 * @param lint     what the full check refuses although the files build and could serve (a promise
 *                 whose trigger or promised lever has no clause): a new version with such a problem
 *                 never passes the check, but a version that already served is still built as it was
 */
public record Findings(List<RuleProblem> problems, List<RuleProblem> warnings, List<RuleProblem> lint) {

    public Findings {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        lint = List.copyOf(lint);
    }
}

package se.samverkan.gvi.rules;

import java.util.List;
import se.samverkan.gvi.decision.RuleProblem;

/** A rule folder that did not pass the full check: it is never activated (422 with every problem). */
public class RuleFolderRefused extends RuntimeException {

    private final List<RuleProblem> problems;

    public RuleFolderRefused(String message, List<RuleProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}

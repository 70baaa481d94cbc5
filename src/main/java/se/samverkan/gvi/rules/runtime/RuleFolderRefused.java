package se.samverkan.gvi.rules.runtime;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.gvi.decision.RuleProblem;
import se.samverkan.gvi.refusal.ItemizedRefusal;

/** A rule folder that did not pass the full check: it is never activated (422 with every problem). */
public class RuleFolderRefused extends ItemizedRefusal {

    private final List<RuleProblem> problems;

    public RuleFolderRefused(String message, List<RuleProblem> problems) {
        super(
                URI.create("urn:gvi:problem:rules-refused"),
                "The rule folder was refused",
                message,
                problems.stream().map(RuleFolderRefused::item).toList());
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }

    private static Map<String, Object> item(RuleProblem problem) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("file", problem.file());
        item.put("line", problem.line());
        item.put("message", problem.message());
        return item;
    }
}

package se.samverkan.gvi.rules.check.scenarios;

import java.util.ArrayList;
import java.util.List;
import se.samverkan.gvi.decision.Evaluation;
import se.samverkan.gvi.decision.Exclusion;
import se.samverkan.gvi.decision.Lever;
import se.samverkan.gvi.decision.ProposedAction;
import se.samverkan.gvi.decision.Recommendation;
import se.samverkan.gvi.decision.RuleSet;

/**
 * A result that contradicts itself: one person both given a lever and excluded from it, by the
 * lever's own exclusion or, for a sanction, by an exclusion from every sanction. Rules that overlap
 * (an exception written as its own rule without narrowing the rule it departs from) produce such
 * results, and no scenario expectation would notice when it only looks at one of the two. Every
 * scenario's result is checked, so the rule check refuses the rules that produced it.
 */
final class Contradictions {

    private Contradictions() {}

    static List<String> in(Evaluation evaluation, RuleSet rules) {
        List<String> found = new ArrayList<>();
        for (Recommendation r : evaluation.recommendations()) {
            for (ProposedAction action : r.actions()) {
                for (Exclusion exclusion : r.exclusionsFor(action.personRef())) {
                    boolean sameLever = action.lever().equals(exclusion.lever());
                    boolean everySanction = exclusion.lever() == null && action.sanction();
                    if (sameLever || everySanction) {
                        found.add(sentence(action, exclusion, rules));
                    }
                }
            }
        }
        return found;
    }

    private static String sentence(ProposedAction action, Exclusion exclusion, RuleSet rules) {
        Lever lever = rules.levers().get(action.lever());
        String name = lever == null ? action.lever() : lever.nameSv();
        return "Resultatet motsäger sig självt: " + action.personRef() + " får åtgärden \"" + name + "\" enligt "
                + action.ruleId() + " men undantas från " + (exclusion.lever() == null ? "alla sanktioner" : "den")
                + " enligt " + exclusion.ruleId() + ", med skälet \""
                + rules.vocabulary().exclusionReasonSv(exclusion.reason().code())
                + "\". En person kan inte både få och undantas från samma åtgärd: skriv villkoren så att reglerna "
                + "utesluter varandra, till exempel med en rad \"- som inte är frihetsberövad\" i regeln som undantaget gäller.";
    }
}

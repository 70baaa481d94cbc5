package se.samverkan.gvi.ui;

import java.util.Comparator;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.samverkan.gvi.decision.Lever;
import se.samverkan.gvi.decision.Promise;
import se.samverkan.gvi.decision.RuleInfo;
import se.samverkan.gvi.decision.RuleSet;
import se.samverkan.gvi.rules.ActiveRuleSet;

/**
 * Regler: the rule set serving now — its version, each rule with its id, legal basis and file, the
 * levers and the promises. (The full catalogue with scenarios is written by {@code rules check}.)
 */
@Controller
class RulesPageController {

    // @Lazy: resolved on first use, so that slice tests of the API, which load every controller
    // with mocked application services only, need not provide it.
    private final ActiveRuleSet ruleSet;

    RulesPageController(@Lazy ActiveRuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    @GetMapping("/rules")
    String rules(Model model) {
        RuleSet current = ruleSet.current();
        model.addAttribute("ruleSet", current);
        model.addAttribute("rules", current.rules().stream()
                .sorted(Comparator.comparing(RuleInfo::id).thenComparing(RuleInfo::file).thenComparing(RuleInfo::line))
                .toList());
        model.addAttribute("levers", current.levers().values().stream().sorted(Comparator.comparing(Lever::code)).toList());
        model.addAttribute("promises", current.promises().values().stream()
                .sorted(Comparator.comparing(Promise::validFrom).thenComparing(Promise::id)).toList());
        return "ui/rules";
    }
}

package se.samverkan.gvi.ui;

import java.util.Comparator;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import se.samverkan.gvi.decision.Lever;
import se.samverkan.gvi.decision.Promise;
import se.samverkan.gvi.decision.RuleInfo;
import se.samverkan.gvi.decision.RuleSet;
import se.samverkan.gvi.rules.governance.RuleGovernance;
import se.samverkan.gvi.rules.runtime.ActiveRuleSet;
import se.samverkan.gvi.security.Actor;

/**
 * Regler: the rule set serving the signed-in user's site now — the site, its version, each rule with its id, legal basis and file, the
 * levers and the promises; and the full rule catalogue with each behaviour's scenarios.
 */
@Controller
class RulesPageController {

    private final ActiveRuleSet ruleSet;
    private final RuleGovernance governance;

    RulesPageController(ActiveRuleSet ruleSet, RuleGovernance governance) {
        this.ruleSet = ruleSet;
        this.governance = governance;
    }

    /** The full catalogue: each behaviour's rules as written and its scenarios with their results. */
    @GetMapping(value = "/rules/catalogue", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String catalogue(Actor actor) {
        return governance.catalogueHtml(actor.site());
    }

    @GetMapping("/rules")
    String rules(Actor actor, Model model) {
        RuleSet current = ruleSet.current(actor.site());
        model.addAttribute("site", actor.site());
        model.addAttribute("ruleSet", current);
        model.addAttribute(
                "rules",
                current.rules().stream()
                        .sorted(Comparator.comparing(RuleInfo::id)
                                .thenComparing(RuleInfo::file)
                                .thenComparing(RuleInfo::line))
                        .toList());
        model.addAttribute(
                "levers",
                current.levers().values().stream()
                        .sorted(Comparator.comparing(Lever::code))
                        .toList());
        model.addAttribute(
                "promises",
                current.promises().values().stream()
                        .sorted(Comparator.comparing(Promise::validFrom).thenComparing(Promise::id))
                        .toList());
        return "ui/rules";
    }
}

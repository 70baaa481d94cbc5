package se.samverkan.gvi.rules.governance;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.samverkan.gvi.security.Actor;

/** The rules API for legal reviewers (docs/rules.md); every call is about the signed-in user's site. */
@RestController
@RequestMapping("/api/v1/rules")
class RulesController {

    private final RuleGovernance governance;

    RulesController(RuleGovernance governance) {
        this.governance = governance;
    }

    @GetMapping
    RulesViews.ActiveRules active(Actor actor) {
        return governance.describe(actor.site());
    }

    @PostMapping("/reload")
    RulesViews.Reloaded reload(Actor actor) {
        return governance.reload(actor);
    }

    @PostMapping("/approvals")
    @ResponseStatus(HttpStatus.CREATED)
    RulesViews.Approval approve(@Valid @RequestBody RulesRequests.ApprovalRequest request, Actor actor) {
        return governance.approve(actor, request);
    }

    @GetMapping("/versions/{version}")
    RulesViews.StoredVersion version(@PathVariable String version, Actor actor) {
        return governance.version(actor.site(), version);
    }

    @PostMapping("/impact")
    RulesViews.Impact impact(@Valid @RequestBody RulesRequests.ImpactRequest request, Actor actor) {
        return governance.impact(actor, request);
    }
}

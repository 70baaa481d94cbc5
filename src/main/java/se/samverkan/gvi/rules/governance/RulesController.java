package se.samverkan.gvi.rules.governance;

import static se.samverkan.gvi.security.Roles.AUDITOR;
import static se.samverkan.gvi.security.Roles.COORDINATOR;
import static se.samverkan.gvi.security.Roles.LEGAL_REVIEWER;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import se.samverkan.gvi.web.Access;

/** The rules API for legal reviewers (docs/rules.md); every call is about the signed-in user's site. */
@RestController
@Tag(name = "Rules", description = "The active rule set, approvals, reloads and impact analysis.")
@RequestMapping("/api/v1/rules")
class RulesController {

    private final RuleGovernance governance;

    RulesController(RuleGovernance governance) {
        this.governance = governance;
    }

    @Operation(
            operationId = "getActiveRules",
            summary = "Read the active rule set",
            description =
                    "The rule-set version serving the signed-in user's site, with its rules and pending approvals.")
    @Access(
            roles = {COORDINATOR, LEGAL_REVIEWER, AUDITOR},
            log = "nothing")
    @ApiResponse(responseCode = "200", description = "The active rule set.")
    @GetMapping
    RulesViews.ActiveRules active(Actor actor) {
        return governance.describe(actor.site());
    }

    @Operation(
            operationId = "reloadRules",
            summary = "Reload the rule folder",
            description = "Checks the rule folder and puts it into service for the site when it passes and its version "
                    + "was approved by a second legal reviewer.")
    @Access(
            roles = {LEGAL_REVIEWER},
            log = "`RULES_RELOADED`, or `RULES_RELOAD_REFUSED` when refused")
    @ApiResponse(responseCode = "200", description = "The version now serving.")
    @ApiResponse(
            responseCode = "409",
            description =
                    "The version is not yet approved by a second legal reviewer " + "(`urn:gvi:problem:conflict`).")
    @ApiResponse(
            responseCode = "422",
            description = "The folder does not pass the check or changes a delivered "
                    + "promise (`urn:gvi:problem:rules-refused`, with every problem in `errors`).")
    @PostMapping("/reload")
    RulesViews.Reloaded reload(Actor actor) {
        return governance.reload(actor);
    }

    @Operation(
            operationId = "approveRules",
            summary = "Approve a rule-set version",
            description =
                    "A second legal reviewer approves the exact version (SHA-256 of the rule files) that may then "
                            + "be reloaded.")
    @Access(
            roles = {LEGAL_REVIEWER},
            log = "`RULES_VERSION_APPROVED`")
    @ApiResponse(responseCode = "201", description = "The approval.")
    @PostMapping("/approvals")
    @ResponseStatus(HttpStatus.CREATED)
    RulesViews.Approval approve(@Valid @RequestBody RulesRequests.ApprovalRequest request, Actor actor) {
        return governance.approve(actor, request);
    }

    @Operation(
            operationId = "getRuleVersion",
            summary = "Read a rule-set version",
            description =
                    "Any rule-set version that has served the site, with its files, when and by whom it was first "
                            + "put into service, so that a recommendation can be re-explained.")
    @Access(
            roles = {COORDINATOR, LEGAL_REVIEWER, AUDITOR},
            log = "nothing")
    @ApiResponse(responseCode = "200", description = "The stored version.")
    @GetMapping("/versions/{version}")
    RulesViews.StoredVersion version(@PathVariable String version, Actor actor) {
        return governance.version(actor.site(), version);
    }

    @Operation(
            operationId = "analyseRuleImpact",
            summary = "Analyse a proposed rule folder",
            description =
                    "Re-evaluates the site's stored incidents with a proposed rule folder under the proposals root "
                            + "and lists what would change; stores nothing else.")
    @Access(
            roles = {LEGAL_REVIEWER},
            log = "`RULES_IMPACT_ANALYSED`")
    @ApiResponse(responseCode = "200", description = "What the proposed rules would change.")
    @ApiResponse(
            responseCode = "422",
            description = "The proposed folder is missing, outside the proposals root, "
                    + "does not build or changes a delivered promise (`urn:gvi:problem:rules-refused`).")
    @PostMapping("/impact")
    RulesViews.Impact impact(@Valid @RequestBody RulesRequests.ImpactRequest request, Actor actor) {
        return governance.impact(actor, request);
    }
}

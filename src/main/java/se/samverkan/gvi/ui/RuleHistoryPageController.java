package se.samverkan.gvi.ui;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverkan.gvi.rules.governance.RuleProposals;
import se.samverkan.gvi.security.Actor;

/**
 * Versionshistorik: every rule-set version that served the signed-in user's site (who put it into
 * service, when, who approved it) and, for two chosen versions, each file that changed with its
 * unified diff, from the files the history keeps of every version (as {@code GET /api/v1/rules/versions/{version}}).
 */
@Controller
class RuleHistoryPageController {

    private final RuleProposals proposals;

    RuleHistoryPageController(RuleProposals proposals) {
        this.proposals = proposals;
    }

    /** Without a choice, the version that served before the newest is compared with the newest. */
    @GetMapping("/rules/history")
    String history(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Actor actor,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        List<RuleProposals.ServedVersion> versions = proposals.versions(actor.site());
        List<String> known =
                versions.stream().map(RuleProposals.ServedVersion::version).toList();
        String newer = to != null ? to : known.isEmpty() ? null : known.get(0);
        String older = from != null ? from : known.size() < 2 ? null : known.get(1);
        model.addAttribute("versions", versions);
        model.addAttribute("from", older);
        model.addAttribute("to", newer);
        if (older != null && newer != null) {
            if (known.contains(older) && known.contains(newer)) {
                model.addAttribute("diffs", proposals.compare(actor.site(), older, newer));
            } else {
                response.setStatus(404);
                model.addAttribute("unknownVersion", true);
            }
        }
        return "ui/history";
    }
}

package se.samverkan.gvi.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import se.samverkan.gvi.rules.governance.ImpactAnalysis;
import se.samverkan.gvi.rules.governance.ReloadRefused;
import se.samverkan.gvi.rules.governance.RuleProposals;
import se.samverkan.gvi.rules.governance.RulesRequests;
import se.samverkan.gvi.rules.governance.SelfApprovalRefused;
import se.samverkan.gvi.rules.runtime.RuleFolderRefused;
import se.samverkan.gvi.security.Actor;

/**
 * Förslag: a legal reviewer picks a proposed rule folder under the proposals root and sees, side by
 * side, the full check's problems or, when it passes, what it would change for the stored incidents;
 * proposes its version, approves another reviewer's proposal (four eyes) and publishes it. The forms
 * go through {@link RuleProposals}, which approves and reloads through the same service as
 * {@code POST /api/v1/rules/approvals} and {@code POST /api/v1/rules/reload}.
 */
@Controller
class ProposalPageController {

    private static final String PAGE = "/rules/proposals";

    private final RuleProposals proposals;

    ProposalPageController(RuleProposals proposals) {
        this.proposals = proposals;
    }

    /** One person's part of a changed recommendation: levers and exclusions added or removed, deadlines moved. */
    public record PersonChange(
            String personRef,
            List<String> actionsAdded,
            List<String> actionsRemoved,
            List<Exclusion> exclusionsAdded,
            List<Exclusion> exclusionsRemoved,
            List<Deadline> deadlinesChanged) {}

    /** An exclusion's reason code and its lever code (null: the whole person). */
    public record Exclusion(String reason, @Nullable String lever) {}

    /** A lever whose deadline moves from one time to another. */
    public record Deadline(String lever, Instant before, Instant after) {}

    /** One changed recommendation with its changes per person. */
    public record ChangeView(ImpactAnalysis.Change change, List<PersonChange> persons) {}

    @GetMapping(PAGE)
    String show(
            @RequestParam(required = false) @Nullable String folder,
            Actor actor,
            Model model,
            HttpServletResponse response) {
        return page(model, actor, folder, null, response::setStatus);
    }

    @PostMapping(PAGE + "/approvals")
    String approve(@RequestParam String folder, @RequestParam String version, Actor actor, FormPost post) {
        return decide(folder, version, actor, post, request -> {
            try {
                return post.flash("approved", proposals.approve(actor, request).version())
                        .redirect(address(folder));
            } catch (SelfApprovalRefused e) {
                return refused(409, "proposals.error.selfApproval", folder, actor, post);
            }
        });
    }

    @PostMapping(PAGE + "/publish")
    String publish(@RequestParam String folder, @RequestParam String version, Actor actor, FormPost post) {
        return decide(folder, version, actor, post, request -> {
            try {
                return post.flash("published", proposals.publish(actor, request))
                        .redirect(address(folder));
            } catch (ReloadRefused e) {
                post.model().addAttribute("folderVersion", e.folderVersion());
                String reason = switch (e.reason()) {
                    case NOT_APPROVED_BY_ANOTHER -> "proposals.error.notApproved";
                    case FOLDER_HOLDS_ANOTHER_VERSION -> "proposals.error.otherVersion";
                };
                return refused(409, reason, folder, actor, post);
            } catch (RuleFolderRefused e) {
                post.model().addAttribute("publishProblems", e.problems());
                return refused(422, "proposals.error.publishCheck", folder, actor, post);
            }
        });
    }

    /**
     * A reviewer's decision on one version of a folder. A version that is no version (not 64 lowercase
     * hex digits) is refused with 400, as the API answers it.
     */
    private String decide(
            String folder,
            String version,
            Actor actor,
            FormPost post,
            Function<RulesRequests.ApprovalRequest, String> decision) {
        RulesRequests.ApprovalRequest request = new RulesRequests.ApprovalRequest(version);
        if (!post.violations(request).isEmpty()) {
            return refused(400, "proposals.error.version", folder, actor, post);
        }
        return decision.apply(request);
    }

    /** The page again, with the refusal's message, answered with the API's status. */
    private String refused(int status, String refusal, String folder, Actor actor, FormPost post) {
        post.status(status);
        return page(post.model(), actor, folder, refusal, post::status);
    }

    private String page(
            Model model, Actor actor, @Nullable String folder, @Nullable String refusal, IntConsumer status) {
        model.addAttribute("here", folder == null ? PAGE : address(folder));
        model.addAttribute("folders", proposals.folders());
        model.addAttribute("folder", folder);
        model.addAttribute("refusal", refusal);
        if (folder != null) {
            try {
                RuleProposals.Review review = proposals.review(actor, folder);
                model.addAttribute("review", review);
                model.addAttribute(
                        "changes",
                        review.impact() == null
                                ? List.of()
                                : review.impact().changes().stream()
                                        .map(ProposalPageController::view)
                                        .toList());
            } catch (RuleFolderRefused e) {
                status.accept(422);
                model.addAttribute("folderProblems", e.problems());
            }
        }
        return "ui/proposal";
    }

    private static String address(String folder) {
        return UriComponentsBuilder.fromPath(PAGE)
                .queryParam("folder", folder)
                .encode()
                .build()
                .toUriString();
    }

    /**
     * The impact's "personRef lever" pairs, "personRef reason lever" triples and "personRef lever: before
     * -> after" deadlines (docs/rules.md), gathered per person so a page can name each in words.
     */
    static ChangeView view(ImpactAnalysis.Change change) {
        Map<String, PersonChange> persons = new TreeMap<>();
        Function<String, PersonChange> person = ref -> persons.computeIfAbsent(
                ref,
                r -> new PersonChange(
                        r,
                        new ArrayList<>(),
                        new ArrayList<>(),
                        new ArrayList<>(),
                        new ArrayList<>(),
                        new ArrayList<>()));
        change.actionsAdded().forEach(a -> person.apply(first(a)).actionsAdded().add(rest(a)));
        change.actionsRemoved()
                .forEach(a -> person.apply(first(a)).actionsRemoved().add(rest(a)));
        change.exclusionsAdded()
                .forEach(e -> person.apply(first(e)).exclusionsAdded().add(exclusion(rest(e))));
        change.exclusionsRemoved()
                .forEach(e -> person.apply(first(e)).exclusionsRemoved().add(exclusion(rest(e))));
        for (String moved : change.deadlinesChanged()) {
            int colon = moved.indexOf(": ");
            String[] times = moved.substring(colon + 2).split(" -> ");
            person.apply(first(moved))
                    .deadlinesChanged()
                    .add(new Deadline(
                            rest(moved.substring(0, colon)), Instant.parse(times[0]), Instant.parse(times[1])));
        }
        return new ChangeView(change, List.copyOf(persons.values()));
    }

    private static String first(String entry) {
        return entry.substring(0, entry.indexOf(' '));
    }

    private static String rest(String entry) {
        return entry.substring(entry.indexOf(' ') + 1);
    }

    private static Exclusion exclusion(String reasonAndLever) {
        String reason = first(reasonAndLever + " ");
        String lever = rest(reasonAndLever + " ").strip();
        return new Exclusion(reason, lever.isEmpty() || lever.equals("–") ? null : lever);
    }
}

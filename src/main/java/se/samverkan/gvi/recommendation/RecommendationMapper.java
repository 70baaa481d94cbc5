package se.samverkan.gvi.recommendation;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import se.samverkan.gvi.decision.Exclusion;
import se.samverkan.gvi.decision.ExclusionReason;
import se.samverkan.gvi.decision.ProposedAction;
import se.samverkan.gvi.decision.Recommendation;
import se.samverkan.gvi.recommendation.RecommendationView.ActionView;
import se.samverkan.gvi.recommendation.RecommendationView.DecisionView;
import se.samverkan.gvi.recommendation.RecommendationView.ExclusionView;

/**
 * Maps a recommendation to the shapes it is shown and sent in: what the engine proposes (a what-if
 * stores nothing), a stored row with its lists, a page's line of it, and an approved action's event.
 */
@Mapper
interface RecommendationMapper {

    /** A stored recommendation as the API shows it: its row, decision (if any) and lists. */
    @Mapping(target = "decision", source = "decision")
    @Mapping(target = "actions", source = "actions")
    @Mapping(target = "exclusions", source = "exclusions")
    @Mapping(target = "firedRules", source = "firedRules")
    RecommendationView stored(
            RecommendationRepository.Row row,
            @Nullable DecisionView decision,
            List<ActionView> actions,
            List<ExclusionView> exclusions,
            List<String> firedRules);

    /** A stored recommendation as a page lists it. */
    RecommendationLine line(RecommendationRepository.Row row);

    /** An approved action as the event of the decision carries it. */
    @Mapping(target = ".", source = "proposed")
    ActionsApproved.ApprovedAction approved(ActionView action);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "incidentVersion", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "needsReview", constant = "false")
    @Mapping(target = "decision", ignore = true)
    RecommendationView unsaved(Recommendation recommendation);

    default ActionView proposed(ProposedAction action) {
        return new ActionView(null, action, ActionStatus.PROPOSED);
    }

    ExclusionView exclusion(Exclusion exclusion);

    /** An exclusion reason as the API shows it: its code. */
    default String reason(ExclusionReason reason) {
        return reason.code();
    }
}

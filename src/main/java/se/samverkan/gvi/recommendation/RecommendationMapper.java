package se.samverkan.gvi.recommendation;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import se.samverkan.gvi.decision.Exclusion;
import se.samverkan.gvi.decision.ExclusionReason;
import se.samverkan.gvi.decision.ProposedAction;
import se.samverkan.gvi.decision.Recommendation;

/** Maps what the engine proposes to the API's recommendation shape, for what-if evaluations that store nothing. */
@Mapper
interface RecommendationMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "incidentVersion", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "needsReview", constant = "false")
    @Mapping(target = "decision", ignore = true)
    RecommendationView unsaved(Recommendation recommendation);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "status", constant = "PROPOSED")
    RecommendationView.ActionView proposed(ProposedAction action);

    RecommendationView.ExclusionView exclusion(Exclusion exclusion);

    /** An exclusion reason as the API shows it: its code. */
    default String reason(ExclusionReason reason) {
        return reason.code();
    }
}

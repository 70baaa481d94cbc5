package se.samverkan.gvi.ui;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.recommendation.ReviewDecision;

/**
 * The decision form of the recommendation page: the button pressed, the actions ticked and the
 * reason. Turned into the API's {@code DecisionRequest} unchanged, so both are checked alike.
 */
public record DecisionForm(
        @Nullable ReviewDecision decision,
        @Nullable List<UUID> approvedActionIds,
        @Nullable String reason) {

    static DecisionForm empty() {
        return new DecisionForm(null, List.of(), "");
    }

    public List<UUID> ticked() {
        return approvedActionIds == null ? List.of() : approvedActionIds;
    }

    public boolean isTicked(UUID actionId) {
        return ticked().contains(actionId);
    }
}

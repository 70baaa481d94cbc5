package se.samverkan.gvi.recommendation;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where one stored action stands, for a caller that must tell a repeated outcome report from a new
 * one (an agency's message delivered twice).
 *
 * @param agency     the agency as the lever catalogue names it
 * @param executedOn the reported date, when an outcome was reported
 * @param note       the reported note, when an outcome was reported
 */
public record ActionState(
        UUID id,
        UUID recommendationId,
        String agency,
        ActionStatus status,
        @Nullable LocalDate executedOn,
        @Nullable String note) {

    /** Whether the action already carries exactly this outcome. */
    public boolean hasOutcome(OutcomeRequest outcome) {
        return status.name().equals(outcome.outcome().name())
                && outcome.executedOn().equals(executedOn)
                && java.util.Objects.equals(outcome.note(), note);
    }
}

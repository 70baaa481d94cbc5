package se.samverkan.gvi.recommendation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.input.Violations;

/**
 * A decision says what it needs: a reason unless it approves everything ({@code reason}), and the
 * approved actions exactly when it approves some ({@code approvedActionIds}). Whether those actions
 * are the recommendation's is for the service, which reads them.
 */
@Documented
@Constraint(validatedBy = CompleteDecision.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface CompleteDecision {

    String message() default "a decision needs a reason unless it approves, and names actions only when partial";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<CompleteDecision, DecisionRequest> {

        @Override
        public boolean isValid(@Nullable DecisionRequest request, ConstraintValidatorContext context) {
            if (request == null || request.decision() == null) {
                return true;
            }
            boolean valid = true;
            if (request.decision() != ReviewDecision.APPROVED
                    && (request.reason() == null || request.reason().isBlank())) {
                // the message names nothing of the request but the decision, a value of the enumeration
                Violations.reportAt(context, "reason", "a reason is required for " + request.decision());
                valid = false;
            }
            boolean partial = request.decision() == ReviewDecision.PARTIALLY_APPROVED;
            List<UUID> approved = request.approvedActionIds() == null ? List.of() : request.approvedActionIds();
            if (partial && approved.isEmpty()) {
                Violations.reportAt(context, "approvedActionIds", "name the approved actions");
                valid = false;
            } else if (!partial && !approved.isEmpty()) {
                Violations.reportAt(context, "approvedActionIds", "only a partial approval names actions");
                valid = false;
            }
            return valid;
        }
    }
}

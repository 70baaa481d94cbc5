package se.samverkan.gvi.incident;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.input.Unprocessable;
import se.samverkan.gvi.input.Violations;

/**
 * An incident attributes each group once: a group named again (also as both perpetrator and victim)
 * is refused with 422 under the later row's {@code attributions[i].groupRef}.
 */
@Documented
@Unprocessable
@Constraint(validatedBy = NoGroupTwice.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface NoGroupTwice {

    String message() default "this group is attributed more than once";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NoGroupTwice, IncidentRequest> {

        @Override
        public boolean isValid(@Nullable IncidentRequest request, ConstraintValidatorContext context) {
            return request == null
                    || Violations.reportRepeated(
                            context,
                            request.attributions(),
                            IncidentRequest.AttributionRequest::groupRef,
                            "attributions",
                            "groupRef");
        }
    }
}

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
import java.util.HashSet;
import java.util.Set;
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
            if (request == null) {
                return true;
            }
            boolean valid = true;
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < request.attributions().size(); i++) {
                IncidentRequest.AttributionRequest a = request.attributions().get(i);
                if (a != null && a.groupRef() != null && !seen.add(a.groupRef())) {
                    Violations.reportAt(context, "attributions[" + i + "].groupRef");
                    valid = false;
                }
            }
            return valid;
        }
    }
}

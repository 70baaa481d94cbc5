package se.samverkan.gvi.input;

import jakarta.validation.ConstraintValidatorContext;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Reports a constraint's violations under the fields they concern, named as the API names them
 * ({@code attributions[1].groupRef}), for constraints on a whole request or record that find a
 * particular field wrong.
 */
public final class Violations {

    private Violations() {}

    /**
     * Reports the constraint's message under {@code field}, a path from the validated object,
     * instead of under the object itself.
     */
    public static void reportAt(ConstraintValidatorContext context, String field) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode(field)
                .addConstraintViolation();
    }

    /** True when no string is refused; otherwise one violation per refused field. */
    static boolean report(
            @Nullable Object value, ConstraintValidatorContext context, BiPredicate<String, String> refused) {
        boolean[] valid = {true};
        TextWalk.visit(value, (field, text) -> {
            if (!refused.test(field, text)) {
                return;
            }
            valid[0] = false;
            if (field.isEmpty()) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addConstraintViolation();
            } else {
                reportAt(context, field);
            }
        });
        return valid[0];
    }
}

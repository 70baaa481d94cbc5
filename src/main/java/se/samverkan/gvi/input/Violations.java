package se.samverkan.gvi.input;

import jakarta.validation.ConstraintValidatorContext;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/** Reports every string of a value that a text check refuses, each under its own field path. */
final class Violations {

    private Violations() {}

    /** True when no string is refused; otherwise one violation per refused field. */
    static boolean report(
            @Nullable Object value, ConstraintValidatorContext context, BiPredicate<String, String> refused) {
        boolean[] valid = {true};
        TextWalk.visit(value, (field, text) -> {
            if (!refused.test(field, text)) {
                return;
            }
            if (valid[0]) {
                context.disableDefaultConstraintViolation();
                valid[0] = false;
            }
            ConstraintValidatorContext.ConstraintViolationBuilder violation =
                    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate());
            if (field.isEmpty()) {
                violation.addConstraintViolation();
            } else {
                violation.addPropertyNode(field).addConstraintViolation();
            }
        });
        return valid[0];
    }
}

package se.samverkan.gvi.input;

import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
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
        reportAt(context, field, context.getDefaultConstraintMessageTemplate());
    }

    /**
     * Reports {@code message} under {@code field}, for a constraint that says one of several
     * things. The message is a template: it must hold no text of the request.
     */
    public static void reportAt(ConstraintValidatorContext context, String field, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message)
                .addPropertyNode(field)
                .addConstraintViolation();
    }

    /**
     * Reports each item of {@code list} whose key an earlier item has, under {@code
     * list[i].keyField} (items or keys that are null are left to their own constraints); true
     * when no key repeats.
     */
    public static <T> boolean reportRepeated(
            ConstraintValidatorContext context,
            @Nullable List<? extends @Nullable T> items,
            Function<T, @Nullable Object> key,
            String list,
            String keyField) {
        if (items == null) {
            return true;
        }
        boolean valid = true;
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            Object value = item == null ? null : key.apply(item);
            if (value != null && !seen.add(value)) {
                reportAt(context, list + "[" + i + "]." + keyField);
                valid = false;
            }
        }
        return valid;
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

package se.samverkan.gvi.input;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * Every string of the annotated request (or the annotated string) is plain text: no control
 * characters other than tab and line breaks, no unpaired surrogates. Such characters cannot be
 * shown, stored alike on every database (PostgreSQL refuses NUL), or read back as they were sent.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({TYPE, FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    String MESSAGE = "contains a control character or an unpaired surrogate";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Walks the request and reports each string that is not plain text under its field. */
    class Check implements ConstraintValidator<PlainText, Object> {

        @Override
        public boolean isValid(@Nullable Object value, ConstraintValidatorContext context) {
            return Violations.report(value, context, (field, text) -> !isPlain(text));
        }

        /** Whether a text holds nothing but plain characters. */
        public static boolean isPlain(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        i++;
                        continue;
                    }
                    return false;
                }
                if (Character.isLowSurrogate(c)) {
                    return false;
                }
                if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                    return false;
                }
            }
            return true;
        }
    }
}

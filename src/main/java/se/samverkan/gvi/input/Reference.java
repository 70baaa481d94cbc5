package se.samverkan.gvi.input;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A reference (person, group, incident): 1–64 ASCII letters, digits, {@code -}, {@code _} or
 * {@code .}, starting with a letter or digit. Nothing that changes a URL path ({@code /}, a lone
 * {@code .} or {@code ..}), so every stored reference can be read, amended and retracted again.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = Reference.PATTERN)
@ReportAsSingleViolation
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Reference {

    String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    String MESSAGE = "must be 1-64 letters, digits or - _ . (a pseudonymous reference)";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

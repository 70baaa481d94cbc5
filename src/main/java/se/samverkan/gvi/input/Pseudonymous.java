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
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * No string of the annotated request (or the annotated string) holds a personnummer or
 * samordningsnummer, written in any characters ({@link PersonalIdentityNumbers}): only
 * pseudonymous references may be stored. A refusal answers 422 and names the field.
 */
@Documented
@Unprocessable
@Constraint(validatedBy = Pseudonymous.Check.class)
@Target({TYPE, FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Pseudonymous {

    String message() default PersonalIdentityNumbers.MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Ids are UUIDs and rule-set versions are SHA-256 digests (64 hex digits); their digit runs are
     * not identities, and about one version in a hundred would otherwise look like one.
     */
    Pattern MACHINE_IDS =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-f]{64}");

    /** Walks the request and reports each string that holds an identity number under its field. */
    class Check implements ConstraintValidator<Pseudonymous, Object> {

        @Override
        public boolean isValid(@Nullable Object value, ConstraintValidatorContext context) {
            return Violations.report(value, context, (field, text) -> !isPseudonymous(text));
        }

        /** Whether a text may be stored: it holds no identity number (ids and versions always may). */
        public static boolean isPseudonymous(String text) {
            return MACHINE_IDS.matcher(text).matches() || !PersonalIdentityNumbers.contains(text);
        }
    }
}

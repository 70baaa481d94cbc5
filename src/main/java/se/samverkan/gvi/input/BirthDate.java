package se.samverkan.gvi.input;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person's birth date: not in the future and at most 120 years back (today in the site's zone).
 * Ages decide who may be sanctioned at all, so an impossible one is refused with 422.
 */
@Documented
@Unprocessable
@Constraint(validatedBy = BirthDate.Check.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface BirthDate {

    int OLDEST_YEARS = 120;

    String message() default "must be a birth date from 120 years ago to today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<BirthDate, LocalDate> {

        @Override
        public boolean isValid(@Nullable LocalDate value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            LocalDate today = LocalDate.now(context.getClockProvider().getClock());
            return !value.isAfter(today) && !value.isBefore(today.minusYears(OLDEST_YEARS));
        }
    }
}

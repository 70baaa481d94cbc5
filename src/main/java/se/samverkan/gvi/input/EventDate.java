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
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The date of something that has happened — an incident, a call-in, a mapping, a join or exit, a
 * notification, an executed action: on or after 1970-01-01 and not after today in the site's zone
 * ({@code gvi.zone}, the validator's clock); a date-time (an incident's time) not after now. A date
 * outside cannot be true and would change decisions (a call-in "held" in year 1 puts a group on
 * notice), so it is refused with 422.
 */
@Documented
@Unprocessable
@Constraint(validatedBy = {EventDate.OfDate.class, EventDate.OfDateTime.class})
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface EventDate {

    LocalDate EARLIEST = LocalDate.of(1970, 1, 1);

    String message() default "must be a date from 1970-01-01 to today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class OfDate implements ConstraintValidator<EventDate, LocalDate> {

        @Override
        public boolean isValid(@Nullable LocalDate value, ConstraintValidatorContext context) {
            return value == null
                    || isPlausible(value, context.getClockProvider().getClock());
        }

        /** Whether a date lies between 1970-01-01 and today on the clock (whose zone is the site's). */
        static boolean isPlausible(LocalDate date, Clock clock) {
            return !date.isBefore(EARLIEST) && !date.isAfter(LocalDate.now(clock));
        }
    }

    /**
     * A date-time from the start of 1970-01-01 in the site's zone to now: an incident cannot be
     * reported before it happened (its time is compared with the moment it is reported).
     */
    class OfDateTime implements ConstraintValidator<EventDate, OffsetDateTime> {

        static final String MESSAGE = "must be a time from 1970-01-01 to now";

        @Override
        public boolean isValid(@Nullable OffsetDateTime value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            Clock clock = context.getClockProvider().getClock();
            if (!value.atZoneSameInstant(clock.getZone()).toLocalDate().isBefore(EARLIEST)
                    && !value.toInstant().isAfter(clock.instant())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(MESSAGE).addConstraintViolation();
            return false;
        }
    }
}

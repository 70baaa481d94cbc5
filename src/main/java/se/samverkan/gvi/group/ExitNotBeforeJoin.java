package se.samverkan.gvi.group;

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
import se.samverkan.gvi.input.Violations;

/** A member left the group on or after the day they joined it; an earlier {@code exitedOn} is refused under that field. */
@Documented
@Constraint(validatedBy = ExitNotBeforeJoin.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ExitNotBeforeJoin {

    String message() default "exitedOn is before joinedOn";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ExitNotBeforeJoin, GroupRequest.Member> {

        @Override
        public boolean isValid(GroupRequest.@Nullable Member member, ConstraintValidatorContext context) {
            if (member == null
                    || member.joinedOn() == null
                    || member.exitedOn() == null
                    || !member.exitedOn().isBefore(member.joinedOn())) {
                return true;
            }
            Violations.reportAt(context, "exitedOn");
            return false;
        }
    }
}

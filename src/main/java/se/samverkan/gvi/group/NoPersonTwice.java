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

/** An audit lists each person once: a person listed again is refused under the later row's {@code members[i].personRef}. */
@Documented
@Constraint(validatedBy = NoPersonTwice.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface NoPersonTwice {

    String message() default "a person is listed twice in one audit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NoPersonTwice, GroupRequest.Audit> {

        @Override
        public boolean isValid(GroupRequest.@Nullable Audit audit, ConstraintValidatorContext context) {
            return audit == null
                    || Violations.reportRepeated(
                            context, audit.members(), GroupRequest.Member::personRef, "members", "personRef");
        }
    }
}

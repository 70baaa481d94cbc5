package se.samverkan.gvi.input;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a constraint whose violation is a well-formed request that cannot be accepted for what it
 * says (an identity number, a date that cannot be true): 422 instead of 400. See
 * {@link InputPolicy#isUnprocessable}.
 */
@Documented
@Target(ANNOTATION_TYPE)
@Retention(RUNTIME)
public @interface Unprocessable {}

package se.samverkan.gvi.input;

import jakarta.validation.ConstraintViolation;

/** How a way in tells the two kinds of refusal of the input policy apart. */
public final class InputPolicy {

    private InputPolicy() {}

    /** A violation of a constraint marked {@link Unprocessable}: 422; any other is malformed input, 400. */
    public static boolean isUnprocessable(ConstraintViolation<?> violation) {
        return violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .isAnnotationPresent(Unprocessable.class);
    }
}

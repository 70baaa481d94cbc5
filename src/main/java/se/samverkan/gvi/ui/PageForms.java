package se.samverkan.gvi.ui;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import se.samverkan.gvi.input.PlainText;
import se.samverkan.gvi.input.Pseudonymous;

/** How a page form shows a refusal of the input policy beside its field. */
final class PageForms {

    private PageForms() {}

    /**
     * The message key for one violation: the input policy's own message wherever it applies (an
     * identity number, a control character), else the field's key, with {@code .size} when too long.
     */
    static String messageKey(String fieldKey, ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof Pseudonymous) {
            return "input.error.identity";
        }
        if (constraint instanceof PlainText) {
            return "input.error.text";
        }
        return fieldKey + (constraint instanceof Size ? ".size" : "");
    }
}

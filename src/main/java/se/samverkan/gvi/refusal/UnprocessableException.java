package se.samverkan.gvi.refusal;

import java.util.List;

/**
 * A well-formed request that refers to something that does not exist or contradicts the stored
 * state (422).
 */
public class UnprocessableException extends RuntimeException {

    private final List<FieldError> errors;

    public UnprocessableException(String field, String message) {
        super(message);
        this.errors = List.of(new FieldError(field, message));
    }

    public UnprocessableException(List<FieldError> errors) {
        super(
                errors.isEmpty()
                        ? "the request cannot be processed"
                        : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}

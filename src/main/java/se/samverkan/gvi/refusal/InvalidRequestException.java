package se.samverkan.gvi.refusal;

/** A request whose content is invalid in a way bean validation cannot express (400). */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

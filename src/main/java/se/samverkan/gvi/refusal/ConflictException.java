package se.samverkan.gvi.refusal;

/** The request contradicts the state of what it addresses (409), e.g. deciding a decided recommendation. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}

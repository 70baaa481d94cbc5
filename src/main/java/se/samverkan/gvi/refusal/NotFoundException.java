package se.samverkan.gvi.refusal;

/** The addressed resource was never stored (404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}

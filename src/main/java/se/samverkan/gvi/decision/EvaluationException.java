package se.samverkan.gvi.decision;

/** An incident the engine cannot evaluate, or a rule set that gives no sound answer for it. */
public class EvaluationException extends RuntimeException {

    public EvaluationException(String message) {
        super(message);
    }
}

package se.samverkan.gvi.decision;

/**
 * One numbered clause of a promise text.
 *
 * @param about what the clause covers: TRIGGERS, HELP, RETALIATION, or a lever code
 */
public record PromiseClause(String ref, String about, String text) {

    /** How an action cites the clause: "HUDDINGE-2024 §2: …". */
    public String citation(String promiseId) {
        return promiseId + " " + ref + ": " + text;
    }
}

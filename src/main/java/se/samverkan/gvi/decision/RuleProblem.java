package se.samverkan.gvi.decision;

/**
 * Something wrong in a rule folder, in the reader's words.
 *
 * @param file path relative to the rule folder
 * @param line 1-based line, or 0 when the problem concerns the whole file
 */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}

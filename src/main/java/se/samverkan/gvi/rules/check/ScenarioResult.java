package se.samverkan.gvi.rules.check;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one scenario in a check run.
 *
 * @param uri     the feature file, relative to the working directory where possible
 * @param tags    the scenario's tags, behaviour ids among them ("@GVI-07")
 * @param message why it did not pass, or null when it passed
 */
public record ScenarioResult(
        String uri,
        int line,
        String name,
        List<String> tags,
        boolean passed,
        @Nullable String message) {

    public ScenarioResult {
        tags = List.copyOf(tags);
    }

    /** True when the scenario is tagged with the behaviour id ("GVI-07"). */
    public boolean illustrates(String behaviourId) {
        return tags.contains("@" + behaviourId);
    }
}

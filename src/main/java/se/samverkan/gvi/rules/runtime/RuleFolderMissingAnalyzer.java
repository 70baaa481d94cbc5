package se.samverkan.gvi.rules.runtime;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Starting the service outside the project folder (where {@code rules/} is not) says so in one
 * sentence and how to point at a rule folder, instead of a page of stack trace.
 */
class RuleFolderMissingAnalyzer extends AbstractFailureAnalyzer<RuleFolderMissing> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuleFolderMissing cause) {
        return new FailureAnalysis(
                "There is no rule folder at " + cause.folder() + ", so the service has no policy " + "to serve.",
                "Start the service in the project folder (where rules/ is), or point at a rule folder "
                        + "with --gvi.rules.path=/path/to/rules (or GVI_RULES_PATH).",
                cause);
    }
}

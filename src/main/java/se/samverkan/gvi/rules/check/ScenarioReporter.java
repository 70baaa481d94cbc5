package se.samverkan.gvi.rules.check;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A Cucumber plugin that collects the outcome of each scenario of one run for {@code rules check};
 * each run has its own instance ({@link ScenarioRun}).
 */
final class ScenarioReporter implements ConcurrentEventListener {

    private final List<ScenarioResult> results = new ArrayList<>();

    /** The results in the scenarios' order (file, then line), however the run's threads finished them. */
    synchronized List<ScenarioResult> results() {
        return results.stream()
                .sorted(Comparator.comparing(ScenarioResult::uri).thenComparingInt(ScenarioResult::line))
                .toList();
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
    }

    private void finished(TestCaseFinished event) {
        TestCase testCase = event.getTestCase();
        Status status = event.getResult().getStatus();
        String message = null;
        if (status != Status.PASSED) {
            Throwable error = event.getResult().getError();
            message = error != null ? firstLine(String.valueOf(error.getMessage())) : describe(status);
        }
        ScenarioResult result = new ScenarioResult(
                relative(testCase.getUri().getPath()),
                testCase.getLocation().getLine(),
                testCase.getName(),
                testCase.getTags(),
                status == Status.PASSED,
                message);
        synchronized (this) {
            results.add(result);
        }
    }

    private static String describe(Status status) {
        return switch (status) {
            case UNDEFINED -> "ett steg saknar definition (stavfel, eller en mening som scenarierna inte känner igen)";
            case PENDING -> "ett steg är inte färdigt";
            case SKIPPED -> "scenariot hoppades över";
            default -> "status " + status;
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "okänt fel";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip() + " …";
    }

    private static String relative(String path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path file = Path.of(path);
        return file.startsWith(cwd) ? cwd.relativize(file).toString() : path;
    }
}

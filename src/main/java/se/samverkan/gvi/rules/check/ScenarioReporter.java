package se.samverkan.gvi.rules.check;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Cucumber plugin that collects the outcome of each scenario for {@code rules check}. Cucumber
 * instantiates plugins by class name, so the results of the current run are held statically; the
 * check runs one scenario run at a time.
 */
public final class ScenarioReporter implements ConcurrentEventListener {

    private static final List<ScenarioResult> RESULTS = new ArrayList<>();

    static synchronized void reset() {
        RESULTS.clear();
    }

    static synchronized List<ScenarioResult> results() {
        return List.copyOf(RESULTS);
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
            message = event.getResult().getError() != null
                    ? firstLine(event.getResult().getError().getMessage())
                    : describe(status);
        }
        ScenarioResult result = new ScenarioResult(relative(testCase.getUri().getPath()), testCase.getLocation().getLine(),
                testCase.getName(), testCase.getTags(), status == Status.PASSED, message);
        synchronized (ScenarioReporter.class) {
            RESULTS.add(result);
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

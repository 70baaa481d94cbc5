package se.samverkan.gvi.rules;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Cucumber plugin that collects the outcome of each scenario for {@code rules check}. Cucumber
 * instantiates plugins by class name, so the results of the current run are held statically; the
 * check runs one scenario run at a time.
 */
public final class ScenarioReporter implements ConcurrentEventListener {

    /** A scenario that did not pass: where it is written, its name and why. */
    public record Failure(String uri, int line, String name, String message) {
    }

    private static final List<Failure> FAILURES = new ArrayList<>();
    private static final AtomicInteger PASSED = new AtomicInteger();

    static synchronized void reset() {
        FAILURES.clear();
        PASSED.set(0);
    }

    static synchronized List<Failure> failures() {
        return List.copyOf(FAILURES);
    }

    static int passed() {
        return PASSED.get();
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
    }

    private void finished(TestCaseFinished event) {
        TestCase testCase = event.getTestCase();
        Status status = event.getResult().getStatus();
        if (status == Status.PASSED) {
            PASSED.incrementAndGet();
            return;
        }
        String message = event.getResult().getError() != null
                ? firstLine(event.getResult().getError().getMessage())
                : describe(status);
        synchronized (ScenarioReporter.class) {
            FAILURES.add(new Failure(relative(testCase.getUri().getPath()), testCase.getLocation().getLine(),
                    testCase.getName(), message));
        }
    }

    private static String describe(Status status) {
        return switch (status) {
            case UNDEFINED -> "ett steg saknar definition (stavfel, eller en mening som reglerna inte känner igen)";
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

package se.samverkan.gvi.delivery;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** The test broker's control command (rabbitmqctl), for stopping and starting it around a test. */
final class Broker {

    private Broker() {}

    static void run(String command) {
        try {
            Process process = new ProcessBuilder("rabbitmqctl", "-q", command)
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("rabbitmqctl " + command + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("rabbitmqctl " + command + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the broker's application if a test left it stopped; other builds on this machine use it. */
    static void startIfStopped() {
        try {
            run("start_app");
            run("await_startup");
        } catch (IllegalStateException e) {
            // no rabbitmqctl here (a broker elsewhere): nothing was stopped by these tests
        }
    }
}

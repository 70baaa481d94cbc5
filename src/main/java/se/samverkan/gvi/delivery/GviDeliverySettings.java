package se.samverkan.gvi.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled        whether approved actions are delivered at all (outbox, relay, outcome queue);
 *                       off, the service never connects to a broker and writes no outbox rows
 * @param prefix         put before every exchange and queue name (tests, or two installations on one broker)
 * @param relayInterval  the pause between two runs of the relay
 * @param batchSize      the most outbox rows one relay run claims and publishes
 * @param retryBackoff   the wait before the first retry of a row the broker did not confirm; doubles per attempt
 * @param maxRetryBackoff the longest wait between two attempts of one row
 * @param confirmTimeout how long the relay waits for the broker's publisher confirm of a message (and the
 *                       consumer for the confirm of a parked report)
 * @param outcomeRetries how often an outcome report that met a database out of reach is tried again, after
 *                       {@code retryBackoff} doubling up to {@code maxRetryBackoff}, before it goes back to the queue
 */
@ConfigurationProperties("gvi.delivery")
public record GviDeliverySettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("") String prefix,
        @DefaultValue("PT2S") Duration relayInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("PT1S") Duration retryBackoff,
        @DefaultValue("PT1M") Duration maxRetryBackoff,
        @DefaultValue("PT10S") Duration confirmTimeout,
        @DefaultValue("5") int outcomeRetries) {

    public GviDeliverySettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("gvi.delivery.batch-size must be at least 1");
        }
        if (outcomeRetries < 0) {
            throw new IllegalArgumentException("gvi.delivery.outcome-retries must not be negative");
        }
    }

    /** The wait before attempt {@code attempts + 1} of a row: the backoff doubled per attempt, capped. */
    public Duration backoffAfter(int attempts) {
        Duration wait = retryBackoff;
        for (int i = 1; i < attempts && wait.compareTo(maxRetryBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetryBackoff) > 0 ? maxRetryBackoff : wait;
    }
}

package se.samverkan.gvi.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only when the test RabbitMQ (127.0.0.1:5672, guest/guest) answers. With
 * {@code GVI_REQUIRE_RABBITMQ=true} (CI) an unreachable broker fails the class instead of skipping it.
 */
public class RabbitAvailable implements ExecutionCondition {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = Integer.parseInt(System.getenv().getOrDefault("GVI_TEST_RABBITMQ_PORT", "5672"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 2000);
            return ConditionEvaluationResult.enabled("RabbitMQ answers at " + HOST + ":" + PORT);
        } catch (IOException e) {
            if ("true".equalsIgnoreCase(System.getenv("GVI_REQUIRE_RABBITMQ"))) {
                throw new IllegalStateException(
                        "GVI_REQUIRE_RABBITMQ=true but RabbitMQ does not answer at " + HOST + ":" + PORT + ": "
                                + e.getMessage(),
                        e);
            }
            return ConditionEvaluationResult.disabled("SKIPPED: RabbitMQ does not answer at " + HOST + ":" + PORT
                    + " (start it, or set GVI_REQUIRE_RABBITMQ=true to make this a failure)");
        }
    }
}

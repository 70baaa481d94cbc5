package se.samverkan.gvi.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverkan.gvi.GviApplication;
import se.samverkan.gvi.recommendation.DecisionRequest;
import se.samverkan.gvi.recommendation.RecommendationStatus;
import se.samverkan.gvi.recommendation.RecommendationView;
import se.samverkan.gvi.recommendation.Recommendations;
import se.samverkan.gvi.recommendation.ReviewDecision;

/**
 * The service on the embedded H2 default with no broker to reach: it starts and decides as usual,
 * approved actions wait in the outbox while the relay retries, and with delivery switched off
 * nothing of delivery exists.
 */
class DeliveryWithoutBrokerTests {

    @Test
    void withTheBrokerDownTheServiceServesAndApprovedActionsWaitInTheOutbox() throws Exception {
        try (ConfigurableApplicationContext service = start("nobroker", true)) {
            RecommendationView recommendation = Approvals.enforcement(service, "NB");
            Recommendations recommendations = service.getBean(Recommendations.class);

            RecommendationView decided = recommendations.decide(
                    Approvals.COORDINATOR,
                    recommendation.id(),
                    new DecisionRequest(ReviewDecision.APPROVED, null, null));

            assertThat(decided.status()).isEqualTo(RecommendationStatus.APPROVED);
            JdbcClient jdbc = service.getBean(JdbcClient.class);
            // one row per action and agency that carries it out
            int actions = recommendation.actions().stream()
                    .mapToInt(a -> Topology.agencyCodes(a.proposed().agency()).size())
                    .sum();
            assertThat(actions).isGreaterThan(recommendation.actions().size());
            Awaitility.await("every row tried twice")
                    .atMost(Duration.ofSeconds(30))
                    .pollInSameThread()
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> count(jdbc, "attempts >= 2") >= actions);
            assertThat(count(jdbc, "attempts >= 2 and sent_at is null and last_error like 'broker not reachable%'"))
                    .as("every row waits, retried by the relay")
                    .isEqualTo(actions);
            assertThat(service.getBean(Outbox.class).pending()).isEqualTo(actions);
        }
    }

    @Test
    void withDeliverySwitchedOffNothingIsWrittenNorConsumed() {
        try (ConfigurableApplicationContext service = start("nodelivery", false)) {
            RecommendationView recommendation = Approvals.enforcement(service, "ND");
            service.getBean(Recommendations.class)
                    .decide(
                            Approvals.COORDINATOR,
                            recommendation.id(),
                            new DecisionRequest(ReviewDecision.APPROVED, null, null));

            assertThat(count(service.getBean(JdbcClient.class), "1 = 1")).isZero();
            assertThat(service.getBeansOfType(OutboxRelay.class)).isEmpty();
            assertThat(service.getBeansOfType(OutcomeConsumer.class)).isEmpty();
            assertThat(service.getBean(RabbitListenerEndpointRegistry.class).getListenerContainers())
                    .isEmpty();
        }
    }

    private static long count(JdbcClient jdbc, String condition) {
        return jdbc.sql("select count(*) from delivery_outbox where " + condition)
                .query(Long.class)
                .single();
    }

    private static ConfigurableApplicationContext start(String database, boolean delivery) {
        Map<String, String> properties = new HashMap<>();
        properties.put(
                "spring.datasource.url",
                "jdbc:h2:mem:" + database
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        properties.put("gvi.demo.enabled", "false");
        properties.put("gvi.rules.warm-up-evaluations", "3");
        properties.put("gvi.delivery.enabled", String.valueOf(delivery));
        properties.put("gvi.delivery.prefix", "test-nobroker.");
        properties.put("gvi.delivery.relay-interval", "PT0.1S");
        properties.put("gvi.delivery.retry-backoff", "PT0.1S");
        properties.put("gvi.delivery.max-retry-backoff", "PT0.2S");
        properties.put("spring.rabbitmq.port", String.valueOf(closedPort()));
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("spring.main.banner-mode", "off");
        String[] args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(GviApplication.class).run(args);
    }

    /** A loopback port nothing listens on. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

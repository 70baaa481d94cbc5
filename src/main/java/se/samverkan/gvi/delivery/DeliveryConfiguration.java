package se.samverkan.gvi.delivery;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.config.RetryInterceptorBuilder;
import org.springframework.amqp.rabbit.config.SimpleRabbitListenerContainerFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.retry.RetryPolicy;
import se.samverkan.gvi.decision.Lever;
import se.samverkan.gvi.recommendation.Recommendations;
import se.samverkan.gvi.rules.runtime.ActiveRuleSet;

/**
 * The broker topology the service declares (whenever it connects) and the outcome consumer. Present
 * only with {@code gvi.delivery.enabled=true}; without it the service never connects to a broker.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "gvi.delivery.enabled", matchIfMissing = true)
class DeliveryConfiguration {

    @Bean
    Topology deliveryTopology(GviDeliverySettings settings) {
        return new Topology(settings.prefix());
    }

    /**
     * The exchange, one durable queue per agency of the lever catalogue, the outcome queue and its
     * dead-letter queue. An agency that appears later (a rule reload) gets its queue from the relay
     * before its first message.
     */
    @Bean
    Declarables deliveryDeclarables(Topology topology, ActiveRuleSet rules) {
        List<Declarable> declarables = new ArrayList<>();
        DirectExchange actions = new DirectExchange(topology.actionsExchange(), true, false);
        declarables.add(actions);
        TreeSet<String> agencies = new TreeSet<>();
        for (String site : rules.sites()) {
            for (Lever lever : rules.current(site).levers().values()) {
                agencies.addAll(Topology.agencyCodes(lever.agency()));
            }
        }
        for (String agency : agencies) {
            Queue queue = QueueBuilder.durable(topology.agencyQueue(agency)).build();
            declarables.add(queue);
            declarables.add(BindingBuilder.bind(queue).to(actions).with(agency));
        }
        FanoutExchange deadLetters = new FanoutExchange(topology.deadLetterExchange(), true, false);
        Queue parked = QueueBuilder.durable(topology.deadLetterQueue()).build();
        Queue outcomes = QueueBuilder.durable(topology.outcomesQueue())
                .deadLetterExchange(topology.deadLetterExchange())
                .build();
        declarables.add(deadLetters);
        declarables.add(parked);
        declarables.add(BindingBuilder.bind(parked).to(deadLetters));
        declarables.add(outcomes);
        return new Declarables(declarables);
    }

    @Bean
    OutcomeConsumer outcomeConsumer(Recommendations recommendations, Validator validator) {
        return new OutcomeConsumer(recommendations, validator);
    }

    /**
     * The container of {@link OutcomeConsumer}: the body bound by {@link OutcomeMessage#JSON}, a
     * report tried again with exponential back-off while the database is out of reach
     * ({@code gvi.delivery.retry-backoff} doubling up to {@code max-retry-backoff},
     * {@code outcome-retries} times, then back to the queue), any other failure parked at once by
     * {@link ParkingRecoverer}.
     */
    @Bean
    SimpleRabbitListenerContainerFactory outcomeListenerFactory(
            ConnectionFactory connections, RabbitTemplate rabbit, Topology topology, GviDeliverySettings settings) {
        SimpleRabbitListenerContainerFactory factory = new SimpleRabbitListenerContainerFactory();
        factory.setConnectionFactory(connections);
        factory.setMessageConverter(outcomeConverter());
        factory.setAdviceChain(outcomeRetry(settings, new ParkingRecoverer(rabbit, topology, settings)));
        factory.setAcknowledgeMode(AcknowledgeMode.AUTO);
        // A failure the recoverer could not park: the broker dead-letters the report (x-death), never lost.
        factory.setDefaultRequeueRejected(false);
        // Started with the broker down: keep trying, never fail the service's start.
        factory.setMissingQueuesFatal(false);
        factory.setPrefetchCount(10);
        return factory;
    }

    /** Binds an outcome report's body to an {@link OutcomeMessage} as the schema allows it. */
    static MessageConverter outcomeConverter() {
        return new JacksonJsonMessageConverter(OutcomeMessage.JSON);
    }

    /** Retries only what {@link OutcomeConsumer#isTransient} calls passing trouble; the rest goes to the recoverer. */
    static MethodInterceptor outcomeRetry(GviDeliverySettings settings, MessageRecoverer recoverer) {
        return RetryInterceptorBuilder.stateless()
                .retryPolicy(RetryPolicy.builder()
                        .predicate(OutcomeConsumer::isTransient)
                        .maxRetries(settings.outcomeRetries())
                        .delay(settings.retryBackoff())
                        .multiplier(2)
                        .maxDelay(settings.maxRetryBackoff())
                        .build())
                .recoverer(recoverer)
                .build();
    }
}

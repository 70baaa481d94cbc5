package se.samverkan.gvi.delivery;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
                .deadLetterExchange(topology.deadLetterExchange()).build();
        declarables.add(deadLetters);
        declarables.add(parked);
        declarables.add(BindingBuilder.bind(parked).to(deadLetters));
        declarables.add(outcomes);
        return new Declarables(declarables);
    }

    @Bean
    SimpleMessageListenerContainer outcomeListener(ConnectionFactory connections, Topology topology,
            Recommendations recommendations, RabbitTemplate rabbit, Validator validator, GviDeliverySettings settings) {
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connections);
        container.setQueueNames(topology.outcomesQueue());
        container.setAcknowledgeMode(AcknowledgeMode.MANUAL);
        container.setDefaultRequeueRejected(false);
        // Started with the broker down: keep trying, never fail the service's start.
        container.setMissingQueuesFatal(false);
        container.setPrefetchCount(10);
        container.setMessageListener(new OutcomeConsumer(recommendations, rabbit, topology, validator, settings));
        return container;
    }
}

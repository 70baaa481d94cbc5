package se.samverkan.gvi.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Exchange;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverkan.gvi.GviApplication;
import se.samverkan.gvi.decision.Lever;
import se.samverkan.gvi.group.GroupService;
import se.samverkan.gvi.incident.IncidentService;
import se.samverkan.gvi.recommendation.ActionStatus;
import se.samverkan.gvi.recommendation.DecisionRequest;
import se.samverkan.gvi.recommendation.RecommendationStatus;
import se.samverkan.gvi.recommendation.RecommendationView;
import se.samverkan.gvi.recommendation.Recommendations;
import se.samverkan.gvi.recommendation.ReviewDecision;
import se.samverkan.gvi.rules.runtime.ActiveRuleSet;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.support.PostgresAvailable;
import se.samverkan.gvi.support.PostgresSchema;
import se.samverkan.gvi.support.RabbitAvailable;
import se.samverkan.gvi.support.Sites;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivery end to end against PostgreSQL and the RabbitMQ broker: approved actions reach their
 * agency's queue once each and in the documented format, nothing else does, a rolled-back decision
 * leaves nothing to deliver, concurrent relays publish each row once, a broker stopped mid-run loses
 * nothing, and outcome reports on the queue are recorded like HTTP ones or parked with a reason.
 * Every exchange and queue carries this run's prefix, so a running service or another build on the
 * same broker is never touched.
 */
@ExtendWith({PostgresAvailable.class, RabbitAvailable.class})
class DeliveryTests {

    private static final String PREFIX =
            "test-delivery-" + ProcessHandle.current().pid() + ".";
    private static final Actor ADMIN = new Actor("admin", "huddinge");
    private static final Actor LIAISON = new Actor("liaison", "huddinge");
    private static final Actor COORDINATOR = new Actor("coordinator", "huddinge");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long WAIT_MILLIS = 30_000;
    private static final Duration WAIT = Duration.ofMillis(WAIT_MILLIS);
    private static final Duration POLL = Duration.ofMillis(100);

    private static ConfigurableApplicationContext service;
    private static final Set<String> queues = new TreeSet<>();
    private static final Topology TOPOLOGY = new Topology(PREFIX);

    private GroupService groups;
    private IncidentService incidents;
    private Recommendations recommendations;
    private RabbitTemplate rabbit;
    private JdbcClient jdbc;

    @BeforeAll
    static void start() {
        Map<String, String> properties = new HashMap<>(PostgresSchema.properties("delivery"));
        properties.put("gvi.delivery.enabled", "true");
        properties.put("gvi.delivery.prefix", PREFIX);
        properties.put("gvi.delivery.relay-interval", "PT0.2S");
        properties.put("gvi.delivery.batch-size", "20");
        properties.put("gvi.delivery.retry-backoff", "PT0.2S");
        properties.put("gvi.delivery.max-retry-backoff", "PT1S");
        properties.put("spring.rabbitmq.port", String.valueOf(RabbitAvailable.PORT));
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("spring.main.banner-mode", "off");
        String[] args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        service = new SpringApplicationBuilder(GviApplication.class).run(args);
        ActiveRuleSet rules = service.getBean(ActiveRuleSet.class);
        for (String site : rules.sites()) {
            for (Lever lever : rules.current(site).levers().values()) {
                Topology.agencyCodes(lever.agency()).forEach(agency -> queues.add(TOPOLOGY.agencyQueue(agency)));
            }
        }
        queues.add(TOPOLOGY.agencyQueue("test-agency"));
        queues.add(TOPOLOGY.outcomesQueue());
        queues.add(TOPOLOGY.deadLetterQueue());
    }

    @AfterAll
    static void stopAndRemoveTheQueues() {
        try {
            if (service != null) {
                service.close();
            }
        } finally {
            Broker.startIfStopped();
            CachingConnectionFactory connections =
                    new CachingConnectionFactory(RabbitAvailable.HOST, RabbitAvailable.PORT);
            try {
                RabbitAdmin admin = new RabbitAdmin(connections);
                queues.forEach(admin::deleteQueue);
                admin.deleteExchange(TOPOLOGY.actionsExchange());
                admin.deleteExchange(TOPOLOGY.deadLetterExchange());
            } finally {
                connections.destroy();
            }
        }
    }

    @AfterEach
    void signOut() {
        Sites.signOut();
    }

    @BeforeEach
    void beans() {
        // The test calls the services directly, as Huddinge's signed-in users would.
        Sites.signIn(Sites.HUDDINGE);
        groups = service.getBean(GroupService.class);
        incidents = service.getBean(IncidentService.class);
        recommendations = service.getBean(Recommendations.class);
        rabbit = service.getBean(RabbitTemplate.class);
        jdbc = service.getBean(JdbcClient.class);
        // Earlier tests' rows are published before the purge, so their messages cannot arrive during
        // this test; a redelivery (delivery is at least once) is still ignored by receive().
        Outbox outbox = service.getBean(Outbox.class);
        await(() -> outbox.pending() == 0, "earlier tests' rows published");
        AmqpAdmin admin = service.getBean(AmqpAdmin.class);
        for (String queue : queues) {
            if (admin.getQueueInfo(queue) != null) {
                admin.purgeQueue(queue, false);
            }
        }
    }

    @Test
    void theAsyncApiDocumentNamesExactlyTheQueuesAndExchangesTheServiceDeclares() {
        Set<String> declaredQueues = new TreeSet<>();
        Map<String, String> declaredExchanges = new TreeMap<>();
        for (Declarables declarables : service.getBeansOfType(Declarables.class).values()) {
            declarables
                    .getDeclarablesByType(Queue.class)
                    .forEach(q -> declaredQueues.add(q.getName().substring(PREFIX.length())));
            declarables
                    .getDeclarablesByType(Exchange.class)
                    .forEach(e -> declaredExchanges.put(e.getName().substring(PREFIX.length()), e.getType()));
        }
        AsyncApiDocument document = AsyncApiDocument.read();

        assertThat(document.queues()).as("queues of docs/asyncapi.yaml").isEqualTo(declaredQueues);
        assertThat(document.exchanges()).as("exchanges of docs/asyncapi.yaml").isEqualTo(declaredExchanges);
    }

    @Test
    void approvingPutsOneMessagePerActionOnEachOfItsAgenciesQueuesInTheDocumentedFormat() {
        RecommendationView recommendation = enforcement("A");
        assertThat(recommendation.actions()).hasSizeGreaterThanOrEqualTo(4);
        Set<String> agencies = new TreeSet<>();
        recommendation
                .actions()
                .forEach(a -> agencies.addAll(Topology.agencyCodes(a.proposed().agency())));
        assertThat(agencies).as("the actions go to several agencies").hasSizeGreaterThanOrEqualTo(3);
        RecommendationView.ActionView joint = recommendation.actions().stream()
                .filter(a -> a.proposed().lever().equals("CUSTOM_NOTIFICATION"))
                .findFirst()
                .orElseThrow();
        assertThat(Topology.agencyCodes(joint.proposed().agency()))
                .as("carried out together")
                .containsExactly("polismyndigheten", "socialtjansten");

        recommendations.decide(
                COORDINATOR, recommendation.id(), new DecisionRequest(ReviewDecision.APPROVED, null, null));

        Set<String> expected = deliveries(recommendation.actions());
        Map<String, Message> received = receive(Set.of(recommendation.id()), expected.size());
        assertThat(received.keySet()).isEqualTo(expected);
        for (RecommendationView.ActionView action : recommendation.actions()) {
            for (String agency : Topology.agencyCodes(action.proposed().agency())) {
                Message message = received.get(delivery(agency, action.id()));
                assertThat(message)
                        .as("message of action %s to %s", action.id(), agency)
                        .isNotNull();
                String body = new String(message.getBody(), StandardCharsets.UTF_8);
                assertThat(MessageSchemas.errors(MessageSchemas.APPROVED_ACTION, body))
                        .as(body)
                        .isEmpty();
                JsonNode json = JSON.readTree(body);
                assertThat(message.getMessageProperties().getMessageId())
                        .isEqualTo(action.id().toString());
                assertThat(message.getMessageProperties().getReceivedDeliveryMode())
                        .isEqualTo(MessageDeliveryMode.PERSISTENT);
                assertThat(json.get("actionId").asString())
                        .isEqualTo(action.id().toString());
                assertThat(json.get("agency").asString()).isEqualTo(agency);
                assertThat(json.get("personRef").asString())
                        .isEqualTo(action.proposed().personRef());
                assertThat(json.get("lever").asString())
                        .isEqualTo(action.proposed().lever());
                assertThat(json.get("legalBasis").asString())
                        .isEqualTo(action.proposed().legalBasis());
                assertThat(json.get("recommendationId").asString())
                        .isEqualTo(recommendation.id().toString());
                assertThat(json.get("incidentReference").asString()).isEqualTo(recommendation.incidentReference());
                assertThat(json.get("groupRef").asString()).isEqualTo(recommendation.groupRef());
                assertThat(json.get("decidedBy").asString()).isEqualTo("coordinator");
                assertThat(json.get("ruleSetVersion").asString()).isEqualTo(recommendation.ruleSetVersion());
                assertThat(json.get("agencyName").asString())
                        .isEqualTo(action.proposed().agency());
                assertThat(Instant.parse(json.get("dueBy").asString()))
                        .isEqualTo(action.proposed().dueBy());
            }
        }
        assertThat(outboxRows(recommendation.id(), "sent_at is not null")).isEqualTo(expected.size());
    }

    @Test
    void onlyApprovedActionsAreDeliveredAndARejectionDeliversNothing() {
        RecommendationView partly = enforcement("P");
        RecommendationView.ActionView chosen = partly.actions().get(0);
        recommendations.decide(
                COORDINATOR,
                partly.id(),
                new DecisionRequest(ReviewDecision.PARTIALLY_APPROVED, List.of(chosen.id()), "Endast en åtgärd nu"));
        RecommendationView rejected = enforcement("R");
        recommendations.decide(
                COORDINATOR, rejected.id(), new DecisionRequest(ReviewDecision.REJECTED, null, "Prövas i nästa möte"));

        Set<String> expected = deliveries(List.of(chosen));
        assertThat(outboxRows(partly.id(), "1 = 1")).isEqualTo(expected.size());
        assertThat(outboxRows(rejected.id(), "1 = 1"))
                .as("a rejection writes nothing to deliver")
                .isZero();
        Map<String, Message> received = receive(Set.of(partly.id(), rejected.id()), expected.size());
        assertThat(received.keySet()).isEqualTo(expected);
    }

    @Test
    void aDecisionThatRollsBackLeavesNothingToDeliver() {
        RecommendationView recommendation = enforcement("RB");
        TransactionTemplate transaction = service.getBean(TransactionTemplate.class);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    recommendations.decide(
                            COORDINATOR, recommendation.id(), new DecisionRequest(ReviewDecision.APPROVED, null, null));
                    assertThat(outboxRows(recommendation.id(), "1 = 1"))
                            .as("written inside the decision's transaction")
                            .isEqualTo(deliveries(recommendation.actions()).size());
                    throw new IllegalStateException("the surrounding work fails after the decision");
                }))
                .hasMessageContaining("surrounding work fails");

        assertThat(outboxRows(recommendation.id(), "1 = 1")).isZero();
        assertThat(recommendations.get(COORDINATOR, recommendation.id()).status())
                .isEqualTo(RecommendationStatus.PENDING_REVIEW);
    }

    @Test
    void concurrentRelaysPublishEveryRowExactlyOnce() throws Exception {
        Outbox outbox = service.getBean(Outbox.class);
        OutboxRelay relay = service.getBean(OutboxRelay.class);
        TransactionTemplate transaction = service.getBean(TransactionTemplate.class);
        int rows = 300;
        Set<String> ids = new HashSet<>();
        List<Outbox.Row> pending = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id.toString());
            pending.add(new Outbox.Row(
                    id, "huddinge", UUID.randomUUID(), "test-agency", "{\"actionId\":\"" + id + "\"}", 0));
        }
        transaction.executeWithoutResult(status -> outbox.add(pending, Instant.now()));
        // Four relays beside the scheduled one, each run in its own transaction on its own connection,
        // as relays of several instances sharing the database are.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                runs.add(pool.submit(() -> {
                    int claimed = 0;
                    for (int n = relay.relayOnce(); n > 0; n = relay.relayOnce()) {
                        claimed += n;
                    }
                    return claimed;
                }));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        await(() -> outbox.pending() == 0, "every row sent");

        assertThat(jdbc.sql("select count(*) from delivery_outbox where agency = 'test-agency' and attempts = 1 "
                                + "and sent_at is not null")
                        .query(Long.class)
                        .single())
                .as("each row published once, confirmed on its first attempt")
                .isEqualTo(rows);
        List<String> messageIds = new ArrayList<>();
        for (Message m = rabbit.receive(TOPOLOGY.agencyQueue("test-agency"), 5000);
                m != null;
                m = rabbit.receive(TOPOLOGY.agencyQueue("test-agency"), 500)) {
            messageIds.add(m.getMessageProperties().getMessageId());
        }
        assertThat(messageIds).hasSize(rows);
        assertThat(new HashSet<>(messageIds)).isEqualTo(ids);
    }

    @Test
    void aBrokerStoppedMidRunLosesNothing() {
        RecommendationView before = enforcement("BS1");
        RecommendationView during = enforcement("BS2");
        int beforeRows = deliveries(before.actions()).size();
        int duringRows = deliveries(during.actions()).size();
        recommendations.decide(COORDINATOR, before.id(), new DecisionRequest(ReviewDecision.APPROVED, null, null));
        await(
                () -> outboxRows(before.id(), "sent_at is not null") == beforeRows,
                "the first approval is confirmed by the broker");
        try {
            Broker.run("stop_app");
            recommendations.decide(COORDINATOR, during.id(), new DecisionRequest(ReviewDecision.APPROVED, null, null));
            await(
                    () -> outboxRows(during.id(), "attempts > 0 and sent_at is null and last_error is not null")
                            == duringRows,
                    "the relay tried while the broker was down");
        } finally {
            Broker.run("start_app");
            Broker.run("await_startup");
        }
        await(
                () -> outboxRows(during.id(), "sent_at is not null") == duringRows,
                "the waiting rows are confirmed once the broker is back");

        Map<String, Message> received = receive(Set.of(before.id(), during.id()), beforeRows + duringRows);
        Set<String> expected = new HashSet<>(deliveries(before.actions()));
        expected.addAll(deliveries(during.actions()));
        assertThat(received.keySet())
                .as("persistent messages survived the restart; the waiting ones followed")
                .isEqualTo(expected);
    }

    @Test
    void anOutcomeOnTheQueueIsRecordedLikeOneOverHttpAndARedeliveryChangesNothing() {
        RecommendationView recommendation = enforcement("O");
        recommendations.decide(
                COORDINATOR, recommendation.id(), new DecisionRequest(ReviewDecision.APPROVED, null, null));
        RecommendationView.ActionView action = recommendation.actions().get(0);
        String outcome = outcome(
                recommendation.id(),
                action.id(),
                Topology.agencyCode(action.proposed().agency()),
                "EXECUTED",
                LocalDate.now().minusDays(1));

        sendOutcome(outcome);
        await(() -> state(recommendation.id(), action.id()) == ActionStatus.EXECUTED, "the outcome is recorded");
        assertThat(jdbc.sql("select actor from decision_log where action = 'ACTION_OUTCOME_REPORTED' and subject = :s")
                        .param("s", "action:" + action.id())
                        .query(String.class)
                        .single())
                .isEqualTo("agency:" + Topology.agencyCode(action.proposed().agency()));

        // On one channel, so the broker keeps their order: the repeat is consumed before the marker.
        rabbit.invoke(ops -> {
            ops.send("", TOPOLOGY.outcomesQueue(), outcomeMessage(outcome));
            ops.send("", TOPOLOGY.outcomesQueue(), outcomeMessage("{\"marker\":true}"));
            return null;
        });
        Message parked = rabbit.receive(TOPOLOGY.deadLetterQueue(), WAIT_MILLIS);
        assertThat(parked).isNotNull();
        assertThat(new String(parked.getBody(), StandardCharsets.UTF_8))
                .as("the repeated report was taken as done, not parked")
                .isEqualTo("{\"marker\":true}");
        assertThat(jdbc.sql(
                                "select count(*) from decision_log where action = 'ACTION_OUTCOME_REPORTED' and subject = :s")
                        .param("s", "action:" + action.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void eitherAgencyOfAJointActionMayReportItsOutcome() {
        RecommendationView recommendation = enforcement("J");
        recommendations.decide(
                COORDINATOR, recommendation.id(), new DecisionRequest(ReviewDecision.APPROVED, null, null));
        RecommendationView.ActionView joint = recommendation.actions().stream()
                .filter(a -> Topology.agencyCodes(a.proposed().agency()).size() > 1)
                .findFirst()
                .orElseThrow();

        sendOutcome(outcome(
                recommendation.id(),
                joint.id(),
                "socialtjansten",
                "EXECUTED",
                LocalDate.now().minusDays(1)));

        await(() -> state(recommendation.id(), joint.id()) == ActionStatus.EXECUTED, "the outcome is recorded");
        assertThat(jdbc.sql("select actor from decision_log where action = 'ACTION_OUTCOME_REPORTED' and subject = :s")
                        .param("s", "action:" + joint.id())
                        .query(String.class)
                        .single())
                .isEqualTo("agency:socialtjansten");
    }

    @Test
    void badOutcomeReportsAreParkedWithTheirReasonAndTheConsumerGoesOn() {
        RecommendationView recommendation = enforcement("D");
        RecommendationView.ActionView approved = recommendation.actions().get(0);
        RecommendationView.ActionView notApproved = recommendation.actions().get(1);
        recommendations.decide(
                COORDINATOR,
                recommendation.id(),
                new DecisionRequest(ReviewDecision.PARTIALLY_APPROVED, List.of(approved.id()), "En åtgärd"));
        String agency = Topology.agencyCode(approved.proposed().agency());
        String otherAgency = agency.equals("kommunen") ? "polismyndigheten" : "kommunen";
        LocalDate yesterday = LocalDate.now().minusDays(1);
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("{\"schemaVersion\":1,", "malformed JSON");
        bad.put(outcome(recommendation.id(), approved.id(), agency, "DONE", yesterday), "schema violation");
        bad.put(outcome(recommendation.id(), UUID.randomUUID(), agency, "EXECUTED", yesterday), "unknown action");
        bad.put(
                outcome(recommendation.id(), approved.id(), agency, "EXECUTED", yesterday)
                        .replace("\"huddinge\"", "\"botkyrka\""),
                "unknown action");
        bad.put(outcome(recommendation.id(), approved.id(), otherAgency, "EXECUTED", yesterday), "not for agency");
        bad.put(
                outcome(
                        recommendation.id(),
                        notApproved.id(),
                        Topology.agencyCode(notApproved.proposed().agency()),
                        "EXECUTED",
                        yesterday),
                "not APPROVED");
        bad.put(
                outcome(
                        recommendation.id(),
                        approved.id(),
                        agency,
                        "EXECUTED",
                        LocalDate.now().plusDays(3)),
                "executedOn must be a date from 1970-01-01 to today");
        bad.put(
                outcome(recommendation.id(), approved.id(), agency, "EXECUTED", LocalDate.of(1, 1, 1)),
                "executedOn must be a date from 1970-01-01 to today");
        bad.forEach((body, reason) -> sendOutcome(body));

        // The test publishes on pooled channels, so the reports may arrive in any order; the good
        // report is sent once every bad one is parked, so none of them is judged against its result.
        Map<String, Message> parked = new HashMap<>();
        for (int i = 0; i < bad.size(); i++) {
            Message m = rabbit.receive(TOPOLOGY.deadLetterQueue(), WAIT_MILLIS);
            assertThat(m).as("%d of %d bad reports parked", i + 1, bad.size()).isNotNull();
            parked.put(new String(m.getBody(), StandardCharsets.UTF_8), m);
        }
        assertThat(parked.keySet()).isEqualTo(bad.keySet());
        bad.forEach((body, reason) -> {
            MessageProperties properties = parked.get(body).getMessageProperties();
            assertThat((String) properties.getHeader("x-gvi-reason")).as(body).contains(reason);
            assertThat((String) properties.getHeader("x-gvi-reason-sv"))
                    .as(body)
                    .isNotBlank();
        });
        assertThat(state(recommendation.id(), approved.id()))
                .as("no bad report changed the action")
                .isEqualTo(ActionStatus.APPROVED);
        sendOutcome(outcome(recommendation.id(), approved.id(), agency, "NOT_POSSIBLE", yesterday));
        await(
                () -> state(recommendation.id(), approved.id()) == ActionStatus.NOT_POSSIBLE,
                "the good report after the bad ones is recorded");
        assertThat(state(recommendation.id(), notApproved.id())).isEqualTo(ActionStatus.NOT_APPROVED);
        assertThat(rabbit.receive(TOPOLOGY.deadLetterQueue(), 500))
                .as("nothing else parked")
                .isNull();
    }

    // --- helpers ---

    private RecommendationView enforcement(String name) {
        return Approvals.enforcement(service, name);
    }

    /** One message to one agency: {@code <agency code>/<actionId>}. */
    private static String delivery(String agency, Object actionId) {
        return agency + "/" + actionId;
    }

    /** The messages these actions make: one per action and agency that carries it out. */
    private static Set<String> deliveries(List<RecommendationView.ActionView> actions) {
        Set<String> deliveries = new TreeSet<>();
        for (RecommendationView.ActionView action : actions) {
            Topology.agencyCodes(action.proposed().agency())
                    .forEach(agency -> deliveries.add(delivery(agency, action.id())));
        }
        return deliveries;
    }

    /**
     * Waits on the agency queues until {@code count} messages of the given recommendations have
     * arrived, by {@link #delivery} (the queue's agency and the messageId). A message of another recommendation is an earlier test's redelivery
     * (delivery is at least once) and is set aside, not counted.
     */
    private Map<String, Message> receive(Set<UUID> recommendationIds, int count) {
        Set<String> ours = new HashSet<>();
        recommendationIds.forEach(id -> ours.add(id.toString()));
        Map<String, Message> received = new HashMap<>();
        Awaitility.await(count + " messages on the agency queues")
                .atMost(WAIT)
                .pollInSameThread()
                .pollDelay(Duration.ZERO)
                .pollInterval(POLL)
                .until(() -> {
                    for (String queue : queues) {
                        if (queue.startsWith(TOPOLOGY.agencyQueue(""))) {
                            for (Message m = rabbit.receive(queue); m != null; m = rabbit.receive(queue)) {
                                if (ours.contains(recommendationOf(m))) {
                                    String agency = queue.substring(
                                            TOPOLOGY.agencyQueue("").length());
                                    received.put(
                                            delivery(
                                                    agency,
                                                    m.getMessageProperties().getMessageId()),
                                            m);
                                }
                            }
                        }
                    }
                    return received.size() >= count;
                });
        return received;
    }

    private static String recommendationOf(Message message) {
        JsonNode recommendationId = JSON.readTree(message.getBody()).get("recommendationId");
        return recommendationId == null ? "" : recommendationId.asString();
    }

    private long outboxRows(UUID recommendation, String condition) {
        return jdbc.sql("select count(*) from delivery_outbox where recommendation_id = :id and " + condition)
                .param("id", recommendation)
                .query(Long.class)
                .single();
    }

    private ActionStatus state(UUID recommendation, UUID action) {
        return recommendations
                .actionState("huddinge", recommendation, action)
                .orElseThrow()
                .status();
    }

    private static String outcome(UUID recommendation, UUID action, String agency, String outcome, LocalDate on) {
        return """
                {"schemaVersion":1,"actionId":"%s","recommendationId":"%s","site":"huddinge","agency":"%s",
                 "executedOn":"%s","outcome":"%s","note":"Fiktiv återrapport"}""".formatted(action, recommendation, agency, on, outcome);
    }

    private void sendOutcome(String body) {
        rabbit.send("", TOPOLOGY.outcomesQueue(), outcomeMessage(body));
    }

    private static Message outcomeMessage(String body) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setMessageId(UUID.randomUUID().toString());
        return new Message(body.getBytes(StandardCharsets.UTF_8), properties);
    }

    /** Waits for a condition the service reaches asynchronously, failing after a generous deadline. */
    private static void await(BooleanSupplier condition, String what) {
        Awaitility.await(what)
                .atMost(WAIT)
                .pollInSameThread()
                .pollDelay(Duration.ZERO)
                .pollInterval(POLL)
                .until(condition::getAsBoolean);
    }
}

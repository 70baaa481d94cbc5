package se.samverkan.gvi.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.gvi.recommendation.ActionsApproved;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one outbox row per approved action and agency that carries it out, synchronously inside
 * the decision's transaction: the rows exist exactly when the decision committed.
 */
@Component
@ConditionalOnBooleanProperty(name = "gvi.delivery.enabled", matchIfMissing = true)
class OutboxWriter {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Outbox outbox;
    private final Clock clock;

    OutboxWriter(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void actionsApproved(ActionsApproved approved) {
        List<Outbox.Row> rows = new ArrayList<>();
        for (ActionsApproved.ApprovedAction action : approved.actions()) {
            for (String agency : Topology.agencyCodes(action.agency())) {
                ApprovedActionMessage message = ApprovedActionMessage.of(approved, action, agency);
                rows.add(new Outbox.Row(
                        action.id(),
                        approved.site(),
                        approved.recommendationId(),
                        agency,
                        JSON.writeValueAsString(message),
                        0));
            }
        }
        outbox.add(rows, clock.instant());
    }
}

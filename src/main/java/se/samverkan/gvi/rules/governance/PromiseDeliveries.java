package se.samverkan.gvi.rules.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The stored call-ins of a site as deliveries of promises, for the rule that a delivered promise is frozen. */
public interface PromiseDeliveries {

    /** One stored call-in: the promise delivered, to which group and on which day. */
    record Delivery(UUID callInId, String promiseId, String groupRef, LocalDate heldOn) {}

    /** Every stored call-in of the site, oldest first. */
    List<Delivery> deliveries(String site);
}

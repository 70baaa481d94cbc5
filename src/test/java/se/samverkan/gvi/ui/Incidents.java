package se.samverkan.gvi.ui;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import se.samverkan.gvi.decision.Attribution;
import se.samverkan.gvi.decision.Confidence;
import se.samverkan.gvi.decision.Role;
import se.samverkan.gvi.incident.Incident;
import se.samverkan.gvi.incident.IncidentService;
import se.samverkan.gvi.security.Actor;

/** Fresh recommendations for page tests: a confirmed shooting by the demo group G-SKOG, which was called in. */
final class Incidents {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private Incidents() {}

    /** Reports a new incident as the liaison and answers the id of G-SKOG's recommendation. */
    static UUID shootingBySkog(IncidentService incidents, String prefix) {
        String reference = prefix + "-" + System.nanoTime() % 1_000_000 + "-" + NEXT.incrementAndGet();
        IncidentService.Reported reported = incidents.report(
                new Actor("liaison", "huddinge"),
                new Incident(
                        reference,
                        "SHOOTING",
                        OffsetDateTime.now(ZoneOffset.UTC).minusHours(3),
                        "Fiktiva Skogsdalen",
                        "Skott mot ett fönster (fiktivt exempel).",
                        List.of(new Attribution("G-SKOG", Role.PERPETRATOR, Confidence.CONFIRMED)),
                        List.of()));
        return reported.report().recommendations().get(0).id();
    }
}

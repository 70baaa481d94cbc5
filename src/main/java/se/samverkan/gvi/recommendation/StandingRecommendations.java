package se.samverkan.gvi.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.samverkan.gvi.decision.PriorEnforcement;
import se.samverkan.gvi.decision.RecommendationShape;

/**
 * The recommendations that stand in one site, read at once for replaying every stored incident
 * (impact analysis): what each incident version's recommendations decide, and the groups'
 * standing enforcements with the time each was stored.
 */
public final class StandingRecommendations {

    /** A standing GROUP_ENFORCEMENT of an incident that was not retracted, and when it was stored. */
    record Enforcement(String incidentReference, LocalDate incidentDate, Instant createdAt) {}

    record IncidentVersion(String incidentReference, int version) {}

    private final Map<IncidentVersion, Map<String, RecommendationShape>> shapes;
    private final Map<String, List<Enforcement>> enforcements;

    /**
     * @param shapes       per incident version, the shapes by group
     * @param enforcements per group, ordered by incident date, then incident reference
     */
    StandingRecommendations(
            Map<IncidentVersion, Map<String, RecommendationShape>> shapes,
            Map<String, List<Enforcement>> enforcements) {
        this.shapes = shapes;
        this.enforcements = enforcements;
    }

    /** What the standing recommendations of one incident version decide, by group. */
    public Map<String, RecommendationShape> shapesOf(String incidentReference, int version) {
        return shapes.getOrDefault(new IncidentVersion(incidentReference, version), new TreeMap<>());
    }

    /**
     * The group's standing enforcements of other incidents as an incident version found them when
     * it was stored: only those stored by {@code storedBy} count (GVI-14: a recommendation is never
     * changed for an older incident reported later). One per incident, by incident date, then
     * incident reference.
     */
    public List<PriorEnforcement> enforcementsStoredBy(String groupRef, String excludingIncident, Instant storedBy) {
        Set<PriorEnforcement> prior = new LinkedHashSet<>();
        for (Enforcement e : enforcements.getOrDefault(groupRef, List.of())) {
            if (!e.incidentReference().equals(excludingIncident)
                    && !e.createdAt().isAfter(storedBy)) {
                prior.add(new PriorEnforcement(e.incidentReference(), e.incidentDate()));
            }
        }
        return List.copyOf(prior);
    }
}

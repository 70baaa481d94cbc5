package se.samverkan.gvi.decision;

import java.util.List;
import java.util.Map;

/**
 * One stored incident as it was evaluated: its facts, and the recommendation that stands today for
 * each attributed group. An impact analysis replays it under a proposed rule set.
 */
public record StoredCase(
        IncidentFacts incident, List<GroupSnapshot> groups, Map<String, RecommendationShape> current) {}

package se.samverkan.gvi.incident;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.gvi.decision.StoredCase;
import se.samverkan.gvi.group.GroupFacts;
import se.samverkan.gvi.recommendation.Recommendations;
import se.samverkan.gvi.recommendation.StandingRecommendations;
import se.samverkan.gvi.rules.governance.StoredCases;

/**
 * Stored incidents as the engine sees them, for impact analysis: the current version of each active
 * incident, with the groups as of its incident date built exactly as when it was reported (today's
 * person facts, and only the standing enforcements stored by its {@code reportedAt}), and the
 * recommendations that stand for it. The site is read in a fixed number of queries, plus a few per
 * attributed group.
 */
@Component
class StoredIncidentCases implements StoredCases {

    private final IncidentRepository incidents;
    private final IncidentService service;
    private final GroupFacts groups;
    private final Recommendations recommendations;

    StoredIncidentCases(
            IncidentRepository incidents, IncidentService service, GroupFacts groups, Recommendations recommendations) {
        this.incidents = incidents;
        this.service = service;
        this.groups = groups;
        this.recommendations = recommendations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoredCase> activeCases(String site) {
        StandingRecommendations standing = recommendations.standing(site);
        GroupFacts.Snapshots snapshots = groups.snapshots(site);
        List<StoredCase> cases = new ArrayList<>();
        for (IncidentRepository.CurrentVersion current : incidents.currentVersionsOfActive(site)) {
            String reference = current.content().reference();
            cases.add(service.facts(
                    current.content(),
                    current.reportedAt(),
                    standing.shapesOf(reference, current.version()),
                    (groupRef, date) -> snapshots.snapshot(
                            groupRef, date, standing.enforcementsStoredBy(groupRef, reference, current.reportedAt()))));
        }
        return cases;
    }
}

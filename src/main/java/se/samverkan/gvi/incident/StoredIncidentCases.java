package se.samverkan.gvi.incident;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.gvi.recommendation.Recommendations;
import se.samverkan.gvi.rules.ImpactAnalysis;
import se.samverkan.gvi.rules.StoredCases;

/**
 * Stored incidents as the engine sees them, for impact analysis: the current version of each active
 * incident, with the groups as of its incident date built exactly as when it was reported (today's
 * person facts), and the recommendations that stand for it.
 */
@Component
class StoredIncidentCases implements StoredCases {

    private final IncidentRepository incidents;
    private final IncidentService service;
    private final Recommendations recommendations;

    StoredIncidentCases(IncidentRepository incidents, IncidentService service, Recommendations recommendations) {
        this.incidents = incidents;
        this.service = service;
        this.recommendations = recommendations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ImpactAnalysis.StoredCase> activeCases(String site) {
        List<ImpactAnalysis.StoredCase> cases = new ArrayList<>();
        for (IncidentRepository.IncidentRow incident : incidents.active(site)) {
            IncidentRepository.VersionRow current = incidents.versions(site, incident.reference()).stream()
                    .filter(v -> v.version() == incident.currentVersion()).findFirst().orElseThrow();
            cases.add(service.facts(site, current.content(), current.reportedAt(),
                    recommendations.shapesOf(site, incident.reference(), current.version()), true));
        }
        return cases;
    }
}

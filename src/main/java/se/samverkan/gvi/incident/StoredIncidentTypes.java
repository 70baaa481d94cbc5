package se.samverkan.gvi.incident;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverkan.gvi.decision.Vocabulary;
import se.samverkan.gvi.rules.governance.StoredCodes;

/** The incident types stored incidents have (in any version), so a reload keeps every type in use. */
@Component
class StoredIncidentTypes extends StoredCodes.Counted {

    StoredIncidentTypes(JdbcClient jdbc) {
        super(Vocabulary.INCIDENT_TYPES, "lagrade händelser", jdbc, """
                select incident_type as code, count(distinct reference) as uses from incident_version
                where site = :site group by incident_type""");
    }
}

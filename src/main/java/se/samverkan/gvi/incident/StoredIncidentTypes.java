package se.samverkan.gvi.incident;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverkan.gvi.decision.Vocabulary;
import se.samverkan.gvi.rules.StoredCodes;

/** The incident types stored incidents have (in any version), so a reload keeps every type in use. */
@Component
class StoredIncidentTypes implements StoredCodes {

    private final JdbcClient jdbc;

    StoredIncidentTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String vocabularyFile() {
        return Vocabulary.INCIDENT_TYPES;
    }

    @Override
    public String countedSv() {
        return "lagrade händelser";
    }

    @Override
    public Map<String, Long> uses(String site) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("""
                select incident_type, count(distinct reference) as incidents from incident_version
                where site = :site group by incident_type""")
                .param("site", site)
                .query((rs, n) -> counts.put(rs.getString("incident_type"), rs.getLong("incidents"))).list();
        return counts;
    }
}

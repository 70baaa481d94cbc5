package se.samverkan.gvi.recommendation;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverkan.gvi.decision.Vocabulary;
import se.samverkan.gvi.rules.StoredCodes;

/** The exclusion reasons of stored recommendations, so a reload keeps every reason in use. */
@Component
class StoredExclusionReasons implements StoredCodes {

    private final JdbcClient jdbc;

    StoredExclusionReasons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String vocabularyFile() {
        return Vocabulary.EXCLUSION_REASONS;
    }

    @Override
    public String countedSv() {
        return "undantag i lagrade rekommendationer";
    }

    @Override
    public Map<String, Long> uses(String site) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("select reason, count(*) as exclusions from recommendation_exclusion where site = :site group by reason")
                .param("site", site)
                .query((rs, n) -> counts.put(rs.getString("reason"), rs.getLong("exclusions"))).list();
        return counts;
    }
}

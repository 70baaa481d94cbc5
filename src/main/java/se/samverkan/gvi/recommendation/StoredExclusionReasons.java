package se.samverkan.gvi.recommendation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverkan.gvi.decision.Vocabulary;
import se.samverkan.gvi.rules.governance.StoredCodes;

/** The exclusion reasons of stored recommendations, so a reload keeps every reason in use. */
@Component
class StoredExclusionReasons extends StoredCodes.Counted {

    StoredExclusionReasons(JdbcClient jdbc) {
        super(
                Vocabulary.EXCLUSION_REASONS,
                "undantag i lagrade rekommendationer",
                jdbc,
                "select reason as code, count(*) as uses from recommendation_exclusion where site = :site group by reason");
    }
}

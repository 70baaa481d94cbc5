package se.samverkan.gvi.group;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverkan.gvi.decision.Vocabulary;
import se.samverkan.gvi.rules.governance.StoredCodes;

/** The person facts stored persons have reported true, so a reload keeps every fact in use. */
@Component
class StoredPersonFacts extends StoredCodes.Counted {

    StoredPersonFacts(JdbcClient jdbc) {
        super(
                Vocabulary.PERSON_FACTS,
                "lagrade personer",
                jdbc,
                "select code, count(*) as uses from person_fact where site = :site group by code");
    }
}

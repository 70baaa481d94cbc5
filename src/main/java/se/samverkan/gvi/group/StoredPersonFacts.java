package se.samverkan.gvi.group;

import java.util.Map;
import org.springframework.stereotype.Component;
import se.samverkan.gvi.decision.Vocabulary;
import se.samverkan.gvi.rules.StoredCodes;

/** The person facts stored persons have reported true, so a reload keeps every fact in use. */
@Component
class StoredPersonFacts implements StoredCodes {

    private final GroupRepository repository;

    StoredPersonFacts(GroupRepository repository) {
        this.repository = repository;
    }

    @Override
    public String vocabularyFile() {
        return Vocabulary.PERSON_FACTS;
    }

    @Override
    public String countedSv() {
        return "lagrade personer";
    }

    @Override
    public Map<String, Long> uses(String site) {
        return repository.personsByFact(site);
    }
}

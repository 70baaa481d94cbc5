package se.samverkan.gvi.group;

import org.mapstruct.Mapper;
import se.samverkan.gvi.decision.PersonFacts;

/** Maps person requests to stored persons, and stored persons to the facts the engine reads. */
@Mapper
interface GroupMapper {

    Person toPerson(String ref, PersonRequest request);

    PersonFacts toFacts(Person person);
}

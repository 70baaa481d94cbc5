package se.samverkan.gvi.decision.facts;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A person in the group's audit that applies on the incident date.
 *
 * @param age   full years on the incident date (a birthday on that date counts)
 * @param facts the names of the person's true facts, as lever preconditions spell them
 */
public record Member(
        String groupRef,
        String personRef,
        int age,
        LocalDate joinedOn,
        @Nullable LocalDate exitedOn,
        Set<String> facts,
        boolean suspect) {

    public boolean has(String fact) {
        return facts.contains(fact);
    }

    /** True when the member had left the group on or before the date (GVI-10). */
    public boolean exitedBy(LocalDate date) {
        return exitedOn != null && !exitedOn.isAfter(date);
    }
}

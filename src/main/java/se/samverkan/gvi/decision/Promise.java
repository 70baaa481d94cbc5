package se.samverkan.gvi.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The consequences announced to a group at a call-in ({@code rules/sites/<site>/promises/<id>.yaml}).
 *
 * @param deadlines days from report to due date, per priority
 */
public record Promise(
        String id,
        String text,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        Set<IncidentType> triggers,
        List<String> levers,
        Map<Priority, Integer> deadlines,
        int escalationWindowDays,
        List<PromiseClause> clauses) {

    public Promise {
        triggers = Set.copyOf(triggers);
        levers = List.copyOf(levers);
        deadlines = Map.copyOf(deadlines);
        clauses = List.copyOf(clauses);
    }

    /** True when the promise is in force on the date ({@code validTo} inclusive). */
    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public boolean isTrigger(IncidentType type) {
        return triggers.contains(type);
    }

    public boolean announces(String leverCode) {
        return levers.contains(leverCode);
    }

    /** Days to the due date for a priority. */
    public int deadlineDays(Priority priority) {
        Integer days = deadlines.get(priority);
        if (days == null) {
            throw new IllegalStateException("promise " + id + " has no deadline for " + priority);
        }
        return days;
    }

    /** The citation of the clause about a topic or lever, or null when the promise has none. */
    public @Nullable String clause(String about) {
        for (PromiseClause c : clauses) {
            if (c.about().equals(about)) {
                return c.citation(id);
            }
        }
        return null;
    }
}

package se.samverkan.gvi.decision;

import org.jspecify.annotations.Nullable;

/** One compiled rule with its metadata, for listings, lint and documentation. */
public record RuleInfo(
        String name,
        String id,
        String legalBasis,
        @Nullable String promiseClause,
        String file,
        int line) {
}

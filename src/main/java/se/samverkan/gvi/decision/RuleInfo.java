package se.samverkan.gvi.decision;

import org.jspecify.annotations.Nullable;

/**
 * One compiled rule with its metadata, for listings, lint and documentation.
 *
 * @param source the rule as the reviewer wrote it: the rule block of a DRL or DSLR file, or the
 *               row of a decision table
 */
public record RuleInfo(
        String name,
        String id,
        String legalBasis,
        @Nullable String promiseClause,
        String file,
        int line,
        String source) {}

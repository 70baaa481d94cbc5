package se.samverkan.gvi.decision.facts;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kie.api.definition.rule.Rule;
import se.samverkan.gvi.decision.ExclusionReason;
import se.samverkan.gvi.decision.internal.RuleMeta;

/** A member left out of one lever, or of enforcement as a whole (lever null). */
public record Excluded(
        String groupRef,
        String personRef,
        @Nullable String lever,
        ExclusionReason reason,
        String ruleId,
        String legalBasis,
        String explanation)
        implements Derived {

    /** Without the explanation and written out, as for {@link Proposal#hashCode()}. */
    @Override
    public int hashCode() {
        int hash = Objects.hashCode(groupRef);
        hash = 31 * hash + Objects.hashCode(personRef);
        hash = 31 * hash + Objects.hashCode(lever);
        hash = 31 * hash + Objects.hashCode(reason);
        hash = 31 * hash + Objects.hashCode(ruleId);
        return hash;
    }

    /**
     * An exclusion on the rule's own legal basis. The rule language ({@code rules/sv.dsl}) calls both
     * {@code of} methods, in every rule-set version stored in the rule history too, so both stay.
     */
    public static Excluded of(
            Rule rule,
            String groupRef,
            String personRef,
            @Nullable String lever,
            ExclusionReason reason,
            String explanation) {
        return of(rule, groupRef, personRef, lever, reason, RuleMeta.legalBasis(rule), explanation);
    }

    /** An exclusion whose legal basis is not the rule's own, such as the row of a decision table that caused it. */
    public static Excluded of(
            Rule rule,
            String groupRef,
            String personRef,
            @Nullable String lever,
            ExclusionReason reason,
            String legalBasis,
            String explanation) {
        return new Excluded(groupRef, personRef, lever, reason, RuleMeta.id(rule), legalBasis, explanation);
    }
}

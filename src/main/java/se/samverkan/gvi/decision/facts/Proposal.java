package se.samverkan.gvi.decision.facts;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kie.api.definition.rule.Rule;
import se.samverkan.gvi.decision.Lever;
import se.samverkan.gvi.decision.internal.RuleMeta;

/** A lever proposed for one member of one group, with the rule, legal basis and reason. */
public record Proposal(
        String groupRef,
        String personRef,
        Lever lever,
        @Nullable String promiseClause,
        String ruleId,
        String explanation)
        implements Derived {

    public static Proposal of(
            Rule rule,
            String groupRef,
            String personRef,
            Lever lever,
            @Nullable String promiseClause,
            String explanation) {
        return new Proposal(groupRef, personRef, lever, promiseClause, RuleMeta.id(rule), explanation);
    }

    /**
     * Without the explanation and the clause: the engine hashes every derived fact it keeps (truth
     * maintenance), and these two, fresh strings each time, are the longest parts and say nothing the
     * other fields do not. Written out, as {@code Objects.hash} allocates an array on each call. Equal
     * proposals still hash alike.
     */
    @Override
    public int hashCode() {
        int hash = Objects.hashCode(groupRef);
        hash = 31 * hash + Objects.hashCode(personRef);
        hash = 31 * hash + Objects.hashCode(lever.code());
        hash = 31 * hash + Objects.hashCode(ruleId);
        return hash;
    }

    public String leverCode() {
        return lever.code();
    }
}

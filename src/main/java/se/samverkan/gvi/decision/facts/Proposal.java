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
     * Without the explanation: the engine hashes every derived fact it keeps (truth maintenance), and
     * the explanation, a fresh sentence each time, is the longest part and says nothing the other
     * fields do not. Equal proposals still hash alike.
     */
    @Override
    public int hashCode() {
        return Objects.hash(groupRef, personRef, lever.code(), promiseClause, ruleId);
    }

    public String leverCode() {
        return lever.code();
    }
}

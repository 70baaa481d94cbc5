package se.samverkan.gvi.decision.facts;

/** A fact a rule derived for one group's case; it names the rule (behaviour id) that derived it. */
public interface Derived {

    String groupRef();

    String ruleId();
}

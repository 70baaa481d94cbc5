package se.samverkan.gvi.decision;

/** What the rules propose for one group after one incident (docs/behaviour.md, "Outcome order"). */
public enum Outcome {
    GROUP_ENFORCEMENT,
    DELIVER_PROMISE,
    AWAIT_CONFIRMATION,
    RETALIATION_PREVENTION,
    NO_GROUP_ACTION
}

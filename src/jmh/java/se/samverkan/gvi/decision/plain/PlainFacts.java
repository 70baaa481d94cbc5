package se.samverkan.gvi.decision.plain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * The facts of the plain baseline ({@link PlainRules}): plain Java beans with getters, the way a
 * first classic-Drools rule base is written, each value computed once when the fact is made.
 */
public final class PlainFacts {

    private PlainFacts() {}

    public static final class Incident {
        private final String reference;
        private final String type;
        private final LocalDate date;
        private final Instant reportedAt;

        public Incident(String reference, String type, LocalDate date, Instant reportedAt) {
            this.reference = reference;
            this.type = type;
            this.date = date;
            this.reportedAt = reportedAt;
        }

        public String getReference() {
            return reference;
        }

        public String getType() {
            return type;
        }

        public LocalDate getDate() {
            return date;
        }

        public Instant getReportedAt() {
            return reportedAt;
        }
    }

    public static final class PromiseTerms {
        private final String id;
        private final Set<String> triggers;
        private final Set<String> levers;
        private final int standardDays;
        private final int escalatedDays;
        private final int escalationWindowDays;

        public PromiseTerms(
                String id,
                Set<String> triggers,
                Set<String> levers,
                int standardDays,
                int escalatedDays,
                int escalationWindowDays) {
            this.id = id;
            this.triggers = triggers;
            this.levers = levers;
            this.standardDays = standardDays;
            this.escalatedDays = escalatedDays;
            this.escalationWindowDays = escalationWindowDays;
        }

        public String getId() {
            return id;
        }

        public Set<String> getTriggers() {
            return triggers;
        }

        public Set<String> getLevers() {
            return levers;
        }

        public int getStandardDays() {
            return standardDays;
        }

        public int getEscalatedDays() {
            return escalatedDays;
        }

        public int getEscalationWindowDays() {
            return escalationWindowDays;
        }
    }

    /** The group, with its latest call-in before the incident and its latest earlier enforcement (days before). */
    public static final class Group {
        private final String ref;
        private final String promiseId;
        private final boolean calledIn;
        private final int daysSinceEnforcement;

        public Group(String ref, String promiseId, boolean calledIn, int daysSinceEnforcement) {
            this.ref = ref;
            this.promiseId = promiseId;
            this.calledIn = calledIn;
            this.daysSinceEnforcement = daysSinceEnforcement;
        }

        public String getRef() {
            return ref;
        }

        public String getPromiseId() {
            return promiseId;
        }

        public boolean isCalledIn() {
            return calledIn;
        }

        public int getDaysSinceEnforcement() {
            return daysSinceEnforcement;
        }
    }

    /**
     * A member, with the age on the incident date, whether they had left the group by then, and
     * whether they had had the promise (at a call-in or a home visit) before it.
     */
    public static final class Member {
        private final String ref;
        private final int age;
        private final boolean exited;
        private final boolean notified;
        private final Set<String> facts;

        public Member(String ref, int age, boolean exited, boolean notified, Set<String> facts) {
            this.ref = ref;
            this.age = age;
            this.exited = exited;
            this.notified = notified;
            this.facts = facts;
        }

        public String getRef() {
            return ref;
        }

        public int getAge() {
            return age;
        }

        public boolean isExited() {
            return exited;
        }

        public boolean isNotified() {
            return notified;
        }

        public Set<String> getFacts() {
            return facts;
        }
    }

    public static final class Outcome {
        private final String kind;
        private String priority;

        public Outcome(String kind, String priority) {
            this.kind = kind;
            this.priority = priority;
        }

        public String getKind() {
            return kind;
        }

        public String getPriority() {
            return priority;
        }

        public void setPriority(String priority) {
            this.priority = priority;
        }
    }

    public static final class Action {
        private final String person;
        private final String lever;
        private final boolean sanction;
        private final String explanation;
        private Instant dueBy;

        public Action(String person, String lever, boolean sanction, String explanation) {
            this.person = person;
            this.lever = lever;
            this.sanction = sanction;
            this.explanation = explanation;
        }

        public String getPerson() {
            return person;
        }

        public String getLever() {
            return lever;
        }

        public boolean isSanction() {
            return sanction;
        }

        public String getExplanation() {
            return explanation;
        }

        public Instant getDueBy() {
            return dueBy;
        }

        public void setDueBy(Instant dueBy) {
            this.dueBy = dueBy;
        }
    }

    public static final class Exclusion {
        private final String person;
        private final String lever;
        private final String reason;
        private final String explanation;

        public Exclusion(String person, String lever, String reason, String explanation) {
            this.person = person;
            this.lever = lever;
            this.reason = reason;
            this.explanation = explanation;
        }

        public String getPerson() {
            return person;
        }

        public String getLever() {
            return lever;
        }

        public String getReason() {
            return reason;
        }

        public String getExplanation() {
            return explanation;
        }
    }

    /** That the recommendation waits for a human decision. */
    public static final class Review {
        private final String status;

        public Review(String status) {
            this.status = status;
        }

        public String getStatus() {
            return status;
        }
    }
}

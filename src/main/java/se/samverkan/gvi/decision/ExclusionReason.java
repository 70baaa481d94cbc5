package se.samverkan.gvi.decision;

/** Why a member is left out of a lever, or of enforcement as a whole. */
public enum ExclusionReason {
    /** The member has no individual ground for any promised sanction lever (GVI-05). */
    NO_LEGAL_GROUND,
    /** The member has the ground for a lever that the group was never promised (GVI-06). */
    NOT_PROMISED,
    /** Under the age of criminal responsibility on the incident date (GVI-07). */
    UNDER_15,
    /** Younger than the lever's minimum age (GVI-08). */
    BELOW_MIN_AGE,
    /** In custody (GVI-09). */
    IN_CUSTODY,
    /** Left the group on or before the incident date (GVI-10). */
    EXITED;

    /** True when the exclusion concerns the person as a whole rather than one lever. */
    public boolean isPersonWide() {
        return this != NOT_PROMISED && this != BELOW_MIN_AGE;
    }
}

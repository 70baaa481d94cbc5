package se.samverkan.gvi.security;

/** The roles of docs/security.md, one per user kind, and the national analyst of the national rollout. */
public final class Roles {

    public static final String LIAISON = "LIAISON";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String LEGAL_REVIEWER = "LEGAL_REVIEWER";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";
    /** Sees only aggregated, non-personal figures across sites; no site of its own. */
    public static final String NATIONAL_ANALYST = "NATIONAL_ANALYST";

    private Roles() {}
}

package se.samverkan.gvi.security;

/** The roles of SPEC §7, one per user kind. */
public final class Roles {

    public static final String LIAISON = "LIAISON";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String LEGAL_REVIEWER = "LEGAL_REVIEWER";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}

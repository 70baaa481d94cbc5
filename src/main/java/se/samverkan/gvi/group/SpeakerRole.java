package se.samverkan.gvi.group;

/** Who spoke at a call-in (SPEC §2). */
public enum SpeakerRole {
    COMMUNITY, TRAUMA_CARE, RELATIVE, HOPE, POLICE, PROSECUTOR, KRIMINALVARDEN, SOCIAL_SERVICES
}

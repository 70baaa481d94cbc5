package se.samverkan.gvi.group;

/** Who spoke at a call-in (docs/behaviour.md, "Terms"). */
public enum SpeakerRole {
    COMMUNITY,
    TRAUMA_CARE,
    RELATIVE,
    HOPE,
    POLICE,
    PROSECUTOR,
    KRIMINALVARDEN,
    SOCIAL_SERVICES
}

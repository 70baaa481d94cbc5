package se.samverkan.gvi.decision;

/**
 * The kinds of reported violence, by the codes the API and the promises' triggers use. Their
 * Swedish and English words are the legal reviewer's vocabulary
 * ({@code rules/vocabulary/incident-types.yaml}).
 */
public enum IncidentType {
    HOMICIDE,
    ATTEMPTED_HOMICIDE,
    SHOOTING,
    EXPLOSION,
    AGGRAVATED_ASSAULT,
    ARSON,
    THREAT,
    ROBBERY,
    DRUG_OFFENCE,
    OTHER
}

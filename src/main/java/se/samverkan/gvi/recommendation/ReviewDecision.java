package se.samverkan.gvi.recommendation;

/** A coordinator's decision on a recommendation (SPEC §5.5). */
public enum ReviewDecision { APPROVED, PARTIALLY_APPROVED, REJECTED }

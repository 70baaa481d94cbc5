package se.samverkan.gvi.decision;

/**
 * The age limits the rules apply ({@code rules/ages.yaml}), with their legal bases, so that no
 * rule carries an age as a bare number.
 */
public record AgeLimits(
        int criminalResponsibilityAge, String criminalResponsibilityBasis, int adultAge, String adultBasis) {}

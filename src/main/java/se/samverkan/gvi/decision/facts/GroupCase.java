package se.samverkan.gvi.decision.facts;

import se.samverkan.gvi.decision.Confidence;
import se.samverkan.gvi.decision.Role;

/** One attributed group in the incident: one recommendation will come of it (GVI-16). */
public record GroupCase(String groupRef, Role role, Confidence confidence) {}

package se.samverkan.gvi.decision;

/** The link of an incident to a group, with the group's role and how sure the police are. */
public record Attribution(String groupRef, Role role, Confidence confidence) {}

package se.samverkan.gvi.decision;

/** How fast the actions are due: ESCALATED when a group repeats violence within the window (GVI-14). */
public enum Priority { STANDARD, ESCALATED }

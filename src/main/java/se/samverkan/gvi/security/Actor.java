package se.samverkan.gvi.security;

/**
 * The signed-in user a request acts for, and the site (municipality) they work within. Every
 * stored row carries the site; {@code name} is the {@code reportedBy}/{@code decidedBy}.
 */
public record Actor(String name, String site) {}

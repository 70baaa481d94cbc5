package se.samverkan.gvi.refusal;

/** One refused field of a request, as problem details list it. */
public record FieldError(String field, String message) {}

package se.samverkan.gvi.group;

/** The shape of pseudonymous references (persons, groups) and incident references. */
public final class Refs {

    /** Letters, digits and {@code - _ . /}; at most 64 characters; never a personnummer by policy. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._/-]{0,63}";
    public static final String MESSAGE = "must be 1-64 letters, digits or - _ . / (a pseudonymous reference)";

    private Refs() {
    }
}

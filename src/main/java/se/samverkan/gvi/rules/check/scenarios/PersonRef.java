package se.samverkan.gvi.rules.check.scenarios;

import org.jspecify.annotations.Nullable;

/**
 * A person as a scenario names them: a pseudonymous reference ({@code P-0101}), optionally with the
 * group whose recommendation is meant ({@code P-0101 i gruppen "Södra gänget"}) when the person is a
 * member of more than one attributed group.
 */
record PersonRef(String ref, @Nullable String group) {

    /** How a scenario writes a person, in Swedish or in English: what {@link #parse} reads. */
    static final String PATTERN = "[A-Z][A-Z0-9]*-\\d+(?: i gruppen \"[^\"]*\"| in the group \"[^\"]*\")?";

    static PersonRef parse(String text) {
        int open = text.indexOf('"');
        String ref = (open < 0 ? text : text.substring(0, text.indexOf(' '))).strip();
        return new PersonRef(ref, open < 0 ? null : text.substring(open + 1, text.lastIndexOf('"')));
    }

    @Override
    public String toString() {
        return group == null ? ref : ref + " i gruppen \"" + group + "\"";
    }
}

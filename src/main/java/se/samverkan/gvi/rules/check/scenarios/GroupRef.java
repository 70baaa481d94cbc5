package se.samverkan.gvi.rules.check.scenarios;

import org.jspecify.annotations.Nullable;

/**
 * A group as a scenario names it: {@code "Norra nätverket"}, {@code gruppen "Norra nätverket"}, or
 * just {@code gruppen} (name null), which means the only group the scenario describes.
 */
record GroupRef(@Nullable String name) {

    /** How a scenario writes a group, in Swedish or in English: what {@link #parse} reads. */
    static final String PATTERN = "(?:gruppen|the group) \"[^\"]*\"|gruppen|the group|\"[^\"]*\"";

    static GroupRef parse(String text) {
        int open = text.indexOf('"');
        return new GroupRef(open < 0 ? null : text.substring(open + 1, text.lastIndexOf('"')));
    }

    @Override
    public String toString() {
        return name == null ? "gruppen" : "\"" + name + "\"";
    }
}

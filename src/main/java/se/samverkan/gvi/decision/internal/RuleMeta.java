package se.samverkan.gvi.decision.internal;

import org.jspecify.annotations.Nullable;
import org.kie.api.definition.rule.Rule;

/** Reads the metadata every rule carries: {@code @id}, {@code @legalBasis}, {@code @promiseClause}. */
public final class RuleMeta {

    private RuleMeta() {}

    public static String id(Rule rule) {
        String id = value(rule, "id");
        return id == null ? rule.getName() : id;
    }

    public static String legalBasis(Rule rule) {
        String basis = value(rule, "legalBasis");
        return basis == null ? "" : basis;
    }

    /** A metadata value without surrounding quotes, or null when missing or blank. */
    public static @Nullable String value(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.isBlank() ? null : text;
    }
}

package se.samverkan.gvi.ui;

/**
 * How the mapping and call-in forms name their fields' elements: a field is named as the API's
 * JSON path ({@code audit.members[1].joinedOn}); its element id is that path with {@code -} for
 * the brackets and dots ({@code audit-members-1-joinedOn}), its hint and error ids add {@code -hint}
 * and {@code -error}. Used from the templates as {@code @formFields}.
 */
@org.springframework.stereotype.Component("formFields")
public class FormFields {

    public String id(String name) {
        return name.replace("]", "").replace('[', '-').replace('.', '-');
    }

    /** The {@code aria-describedby} of a field: its hint and its error where shown, or null for none. */
    public @org.jspecify.annotations.Nullable String describedBy(String name, boolean hint, boolean error) {
        String ids = ((hint ? id(name) + "-hint " : "") + (error ? id(name) + "-error" : "")).strip();
        return ids.isEmpty() ? null : ids;
    }
}

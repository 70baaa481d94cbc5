package se.samverkan.gvi.decision.facts;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverkan.gvi.decision.AgeLimits;
import se.samverkan.gvi.decision.Lever;
import se.samverkan.gvi.decision.Promise;

/**
 * Fills the placeholders of an explanation written in the Swedish rule language, such as
 * {@code "<person> var <ålder> år på händelsedagen"}, from the facts the rule matched. Placeholders use
 * angle brackets because braces belong to the rule language itself. A row of the minimum-age table
 * supplies {@code <minimiålder>} instead of the catalogue, whatever the order of the matched facts.
 */
public final class Wording {

    /** Every placeholder an explanation may use; the rule check refuses any other at file and line. */
    public static final Set<String> PLACEHOLDERS = Set.of(
            "person",
            "ålder",
            "lämnade",
            "åtgärd",
            "grund",
            "minimiålder",
            "lagrum",
            "löfte",
            "straffbarhetsålder",
            "myndighetsålder",
            "händelsedag",
            "händelse");

    public static final Pattern PLACEHOLDER = Pattern.compile("<([\\p{L}]+)>");

    private Wording() {}

    /** Fills the template from every fact the rule matched, as the rule language passes them. */
    public static String fill(String template, List<?> matched) {
        return fill(template, matched.toArray());
    }

    /**
     * @throws IllegalArgumentException naming the placeholder when the rule matched no fact that
     *                                  supplies it, so a misspelt placeholder fails the rule check
     */
    public static String fill(String template, Object... facts) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Object fact : facts) {
            if (fact instanceof Member m) {
                values.put("person", m.personRef());
                values.put("ålder", Integer.toString(m.age()));
                values.put("lämnade", String.valueOf(m.exitedOn()));
            } else if (fact instanceof Lever l) {
                values.put("åtgärd", l.nameSv());
                values.put("grund", l.ground());
                values.put("minimiålder", Integer.toString(l.minimumAge()));
            } else if (fact instanceof Promise p) {
                values.put("löfte", p.id());
            } else if (fact instanceof ApplicablePromise a) {
                values.put("löfte", a.promise().id());
            } else if (fact instanceof AgeLimits a) {
                values.put("straffbarhetsålder", Integer.toString(a.criminalResponsibilityAge()));
                values.put("myndighetsålder", Integer.toString(a.adultAge()));
            } else if (fact instanceof IncidentFact i) {
                values.put("händelsedag", i.date().toString());
                values.put("händelse", i.typeSv());
            }
        }
        Arrays.stream(facts)
                .filter(AgeFloor.class::isInstance)
                .map(AgeFloor.class::cast)
                .forEach(f -> {
                    values.put("minimiålder", Integer.toString(f.age()));
                    values.put("lagrum", f.legalBasis());
                });
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("okänd platshållare <" + m.group(1) + "> i förklaringen \""
                        + template + "\"; tillgängliga här: " + values.keySet());
            }
            m.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        m.appendTail(text);
        return text.toString();
    }
}

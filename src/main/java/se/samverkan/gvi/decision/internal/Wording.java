package se.samverkan.gvi.decision.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverkan.gvi.decision.AgeLimits;
import se.samverkan.gvi.decision.Lever;
import se.samverkan.gvi.decision.Promise;

/**
 * Fills the placeholders of an explanation written in the Swedish rule language, such as
 * {@code "<person> var <ålder> år på händelsedagen"}, from the facts the rule matched. Placeholders use
 * angle brackets because braces belong to the rule language itself. A later fact wins: a row of the
 * minimum-age table given after the lever supplies {@code <minimiålder>} instead of the catalogue.
 */
public final class Wording {

    private static final Pattern PLACEHOLDER = Pattern.compile("<([\\p{L}]+)>");

    private Wording() {
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
            } else if (fact instanceof AgeFloor f) {
                values.put("minimiålder", Integer.toString(f.age()));
                values.put("lagrum", f.legalBasis());
            } else if (fact instanceof Promise p) {
                values.put("löfte", p.id());
            } else if (fact instanceof AgeLimits a) {
                values.put("straffbarhetsålder", Integer.toString(a.criminalResponsibilityAge()));
                values.put("myndighetsålder", Integer.toString(a.adultAge()));
            }
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("okänd platshållare <" + m.group(1) + "> i förklaringen \"" + template
                        + "\"; tillgängliga här: " + values.keySet());
            }
            m.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        m.appendTail(text);
        return text.toString();
    }
}

package se.samverkan.gvi.decision.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
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

    /**
     * The templates read so far, each split once into its text and placeholders: a rule's consequence
     * passes the same template on every firing, so it is parsed on the first only. Bounded, as rule
     * sets are reloaded with new wordings while the service runs.
     */
    private static final int KEPT_TEMPLATES = 4096;

    private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();

    /** Fills the template from every fact the rule matched, as the rule language passes them. */
    public static String fill(String template, List<?> matched) {
        return fill(template, matched.toArray());
    }

    /**
     * @throws IllegalArgumentException naming the placeholder when the rule matched no fact that
     *                                  supplies it, so a misspelt placeholder fails the rule check
     */
    public static String fill(String template, Object... facts) {
        Template parsed = TEMPLATES.get(template);
        if (parsed == null) {
            if (TEMPLATES.size() >= KEPT_TEMPLATES) {
                TEMPLATES.clear();
            }
            parsed = Template.of(template);
            TEMPLATES.put(template, parsed);
        }
        String filled = parsed.fill(facts);
        if (filled == null) {
            throw unknown(template, facts);
        }
        return filled;
    }

    /** The error for a placeholder no matched fact supplies, listing the placeholders that were supplied. */
    private static IllegalArgumentException unknown(String template, Object[] facts) {
        Map<String, String> supplied = supplied(facts);
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!supplied.containsKey(m.group(1))) {
                return new IllegalArgumentException("okänd platshållare <" + m.group(1) + "> i förklaringen \""
                        + template + "\"; tillgängliga här: " + supplied.keySet());
            }
        }
        throw new IllegalStateException("every placeholder of \"" + template + "\" is supplied");
    }

    /** Every placeholder the facts supply, in the order the facts supply them. */
    private static Map<String, String> supplied(Object[] facts) {
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
        for (Object fact : facts) {
            if (fact instanceof AgeFloor f) {
                values.put("minimiålder", Integer.toString(f.age()));
                values.put("lagrum", f.legalBasis());
            }
        }
        return values;
    }

    /** What each placeholder says, and which fact supplies it. */
    private enum Placeholder {
        PERSON("person"),
        AGE("ålder"),
        LEFT("lämnade"),
        LEVER("åtgärd"),
        GROUND("grund"),
        MINIMUM_AGE("minimiålder"),
        FLOOR_BASIS("lagrum"),
        PROMISE("löfte"),
        CRIMINAL_RESPONSIBILITY_AGE("straffbarhetsålder"),
        MAJORITY("myndighetsålder"),
        INCIDENT_DAY("händelsedag"),
        INCIDENT("händelse");

        final String word;

        Placeholder(String word) {
            this.word = word;
        }

        /** The filled-in text, or null when no matched fact supplies it. */
        @Nullable
        String value(Values v) {
            Member m = v.member;
            Lever l = v.lever;
            AgeLimits a = v.limits;
            IncidentFact i = v.incident;
            AgeFloor f = v.floor;
            return switch (this) {
                case PERSON -> m == null ? null : m.personRef();
                case AGE -> m == null ? null : Integer.toString(m.age());
                case LEFT -> m == null ? null : String.valueOf(m.exitedOn());
                case LEVER -> l == null ? null : l.nameSv();
                case GROUND -> l == null ? null : l.ground();
                case MINIMUM_AGE ->
                    f != null ? Integer.toString(f.age()) : l == null ? null : Integer.toString(l.minimumAge());
                case FLOOR_BASIS -> f == null ? null : f.legalBasis();
                case PROMISE -> v.promise;
                case CRIMINAL_RESPONSIBILITY_AGE -> a == null ? null : Integer.toString(a.criminalResponsibilityAge());
                case MAJORITY -> a == null ? null : Integer.toString(a.adultAge());
                case INCIDENT_DAY -> i == null ? null : i.date().toString();
                case INCIDENT -> i == null ? null : i.typeSv();
            };
        }

        static @Nullable Placeholder named(String word) {
            for (Placeholder p : values()) {
                if (p.word.equals(word)) {
                    return p;
                }
            }
            return null;
        }
    }

    /**
     * The facts that supply placeholders, the last matched of each kind: a later fact of the same kind
     * fills in over an earlier one, and a row of the minimum-age table over the catalogue.
     */
    private static final class Values {
        @Nullable
        Member member;

        @Nullable
        Lever lever;

        @Nullable
        String promise;

        @Nullable
        AgeLimits limits;

        @Nullable
        IncidentFact incident;

        @Nullable
        AgeFloor floor;

        static Values of(Object[] facts) {
            Values v = new Values();
            for (Object fact : facts) {
                if (fact instanceof Member m) {
                    v.member = m;
                } else if (fact instanceof Lever l) {
                    v.lever = l;
                } else if (fact instanceof Promise p) {
                    v.promise = p.id();
                } else if (fact instanceof ApplicablePromise a) {
                    v.promise = a.promise().id();
                } else if (fact instanceof AgeLimits a) {
                    v.limits = a;
                } else if (fact instanceof IncidentFact i) {
                    v.incident = i;
                } else if (fact instanceof AgeFloor f) {
                    v.floor = f;
                }
            }
            return v;
        }
    }

    /**
     * A template split into its text and its placeholders: {@code texts[0] p[0] texts[1] p[1] ...}.
     * A placeholder no fact type supplies is kept as null, so filling it fails as an unknown one.
     */
    private record Template(String[] texts, @Nullable Placeholder[] placeholders, int length) {

        static Template of(String template) {
            List<String> texts = new ArrayList<>();
            List<@Nullable Placeholder> placeholders = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(template);
            int from = 0;
            while (m.find()) {
                texts.add(template.substring(from, m.start()));
                placeholders.add(Placeholder.named(m.group(1)));
                from = m.end();
            }
            texts.add(template.substring(from));
            return new Template(
                    texts.toArray(String[]::new), placeholders.toArray(Placeholder[]::new), template.length());
        }

        /** The filled-in text, or null when a placeholder is unknown or no matched fact supplies it. */
        @Nullable
        String fill(Object[] facts) {
            if (placeholders.length == 0) {
                return texts[0];
            }
            Values values = Values.of(facts);
            StringBuilder text = new StringBuilder(length + 64);
            text.append(texts[0]);
            for (int i = 0; i < placeholders.length; i++) {
                Placeholder p = placeholders[i];
                String value = p == null ? null : p.value(values);
                if (value == null) {
                    return null;
                }
                text.append(value).append(texts[i + 1]);
            }
            return text.toString();
        }
    }
}

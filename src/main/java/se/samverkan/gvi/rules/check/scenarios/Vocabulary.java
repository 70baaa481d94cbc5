package se.samverkan.gvi.rules.check.scenarios;

import io.cucumber.java.DataTableType;
import io.cucumber.java.ParameterType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import se.samverkan.gvi.decision.Confidence;
import se.samverkan.gvi.decision.ExclusionReason;
import se.samverkan.gvi.decision.IncidentType;
import se.samverkan.gvi.decision.Lever;
import se.samverkan.gvi.decision.Outcome;
import se.samverkan.gvi.decision.Priority;

/**
 * The words scenarios use, in Swedish and in English, and what they mean to the engine: dates,
 * times, confidences, outcomes, priorities, persons and groups; incident types, exclusion reasons
 * and the member tables' fact columns from the legal reviewer's vocabulary (rules/vocabulary/), and
 * levers from the catalogue's {@code nameSv} and {@code nameEn}.
 */
public class Vocabulary {

    /**
     * How sure the police are of a group's link to an incident. "Möjlig" rather than "misstänkt":
     * in Swedish law "misstänkt" is a person suspected of a crime, which a group's link is not.
     */
    static final Map<String, Confidence> CONFIDENCES = ordered(
            "bekräftad",
            Confidence.CONFIRMED,
            "confirmed",
            Confidence.CONFIRMED,
            "trolig",
            Confidence.PROBABLE,
            "probable",
            Confidence.PROBABLE,
            "möjlig",
            Confidence.SUSPECTED,
            "suspected",
            Confidence.SUSPECTED);

    static final Map<String, Outcome> OUTCOMES = ordered(
            "få konsekvenser enligt löftet",
            Outcome.GROUP_ENFORCEMENT,
            "face the promised consequences",
            Outcome.GROUP_ENFORCEMENT,
            "först få löftet",
            Outcome.DELIVER_PROMISE,
            "first be given the promise",
            Outcome.DELIVER_PROMISE,
            "invänta en starkare koppling",
            Outcome.AWAIT_CONFIRMATION,
            "await a stronger link",
            Outcome.AWAIT_CONFIRMATION,
            "få stöd för att förebygga hämnd",
            Outcome.RETALIATION_PREVENTION,
            "get support to prevent retaliation",
            Outcome.RETALIATION_PREVENTION,
            "inte få några gruppåtgärder",
            Outcome.NO_GROUP_ACTION,
            "get no group action",
            Outcome.NO_GROUP_ACTION);

    static final Map<String, Priority> PRIORITIES = ordered(
            "normal",
            Priority.STANDARD,
            "standard",
            Priority.STANDARD,
            "förhöjd",
            Priority.ESCALATED,
            "escalated",
            Priority.ESCALATED);

    private final ScenarioRules rules;

    public Vocabulary(ScenarioRules rules) {
        this.rules = rules;
    }

    @ParameterType(name = "date", value = "\\d{4}-\\d{2}-\\d{2}", useForSnippets = false)
    public LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    /** A time of day as Swedes write it (21.40) or with a colon (21:40). */
    @ParameterType(name = "clock", value = "\\d{1,2}[.:]\\d{2}", useForSnippets = false)
    public LocalTime clock(String text) {
        String[] parts = text.split("[.:]");
        return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** An incident type by its words in the vocabulary (rules/vocabulary/incident-types.yaml), with article. */
    @ParameterType(name = "incidentType", useForSnippets = false, value = "\\p{L}[\\p{L} -]*?")
    public IncidentType incidentType(String words) {
        return incidentType(rules.current().vocabulary(), words);
    }

    static IncidentType incidentType(se.samverkan.gvi.decision.Vocabulary vocabulary, String words) {
        return vocabulary
                .incidentTypeNamed(words)
                .map(IncidentType::of)
                .orElseThrow(
                        () -> new IllegalArgumentException("Okänd händelsetyp \"" + words + "\". Händelsetyperna i "
                                + "vocabulary/incident-types.yaml: "
                                + se.samverkan.gvi.decision.Vocabulary.words(vocabulary.incidentTypes()) + "."));
    }

    @ParameterType(
            name = "confidence",
            value = "bekräftad|trolig|möjlig|confirmed|probable|suspected",
            useForSnippets = false)
    public Confidence confidence(String text) {
        return Objects.requireNonNull(CONFIDENCES.get(text), text);
    }

    @ParameterType(
            name = "outcome",
            useForSnippets = false,
            value = "få konsekvenser enligt löftet|först få löftet|"
                    + "invänta en starkare koppling|få stöd för att förebygga hämnd|inte få några gruppåtgärder|"
                    + "face the promised consequences|first be given the promise|await a stronger link|"
                    + "get support to prevent retaliation|get no group action")
    public Outcome outcome(String text) {
        return Objects.requireNonNull(OUTCOMES.get(text), text);
    }

    @ParameterType(name = "priority", value = "normal|förhöjd|standard|escalated", useForSnippets = false)
    public Priority priority(String text) {
        return Objects.requireNonNull(PRIORITIES.get(text), text);
    }

    /** A lever by its Swedish or English name in the catalogue (levers.yaml), in quotes. */
    @ParameterType(name = "lever", value = "\"([^\"]*)\"", useForSnippets = false)
    public Lever lever(String name) {
        return lever(rules.current().levers(), name);
    }

    /** An exclusion reason by its words in the vocabulary (rules/vocabulary/exclusion-reasons.yaml), in quotes. */
    @ParameterType(name = "exclusionReason", value = "\"([^\"]*)\"", useForSnippets = false)
    public ExclusionReason exclusionReason(String words) {
        se.samverkan.gvi.decision.Vocabulary vocabulary = rules.current().vocabulary();
        return vocabulary
                .exclusionReasonNamed(words)
                .map(ExclusionReason::of)
                .orElseThrow(() -> new IllegalArgumentException("Okänt skäl \"" + words + "\". Skälen i "
                        + "vocabulary/exclusion-reasons.yaml: "
                        + se.samverkan.gvi.decision.Vocabulary.words(vocabulary.exclusionReasons()) + "."));
    }

    @ParameterType(name = "person", value = PersonRef.PATTERN, useForSnippets = false)
    public PersonRef person(String text) {
        return PersonRef.parse(text);
    }

    @ParameterType(name = "group", value = GroupRef.PATTERN, useForSnippets = false)
    public GroupRef group(String text) {
        return GroupRef.parse(text);
    }

    @DataTableType
    public MemberRow memberRow(Map<String, String> entry) {
        return MemberRow.from(entry, rules.current().vocabulary());
    }

    /** A row of an action table: the column "åtgärd" (or "action") names a lever. */
    @DataTableType
    public ActionRow actionRow(Map<String, String> entry) {
        String name = entry.getOrDefault("åtgärd", entry.get("action"));
        if (name == null || entry.size() != 1) {
            throw new IllegalArgumentException(
                    "En åtgärdstabell har en enda kolumn, \"åtgärd\", med en åtgärd per rad.");
        }
        return new ActionRow(lever(rules.current().levers(), name).code());
    }

    /** One expected action in a table: the lever code. */
    record ActionRow(String lever) {}

    static Lever lever(Map<String, Lever> catalogue, String name) {
        String wanted = name.strip();
        return catalogue.values().stream()
                .filter(l -> l.nameSv().equalsIgnoreCase(wanted)
                        || l.nameEn().equalsIgnoreCase(wanted)
                        || l.code().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Okänd åtgärd \"" + name
                        + "\". Åtgärderna i levers.yaml: "
                        + catalogue.values().stream()
                                .map(Lever::nameSv)
                                .sorted()
                                .collect(Collectors.joining(", ")) + "."));
    }

    /** The Swedish words scenarios use for an exclusion reason. */
    static String phrase(ExclusionReason reason, se.samverkan.gvi.decision.Vocabulary vocabulary) {
        return vocabulary.exclusionReasonSv(reason.code());
    }

    /** The Swedish phrase scenarios use for an outcome. */
    static String phrase(Outcome outcome) {
        return OUTCOMES.entrySet().stream()
                .filter(e -> e.getValue() == outcome)
                .findFirst()
                .map(Map.Entry::getKey)
                .orElse(outcome.name());
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> ordered(Object... pairs) {
        Map<String, T> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (T) pairs[i + 1]);
        }
        return map;
    }
}

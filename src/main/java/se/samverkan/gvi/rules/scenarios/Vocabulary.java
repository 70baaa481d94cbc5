package se.samverkan.gvi.rules.scenarios;

import io.cucumber.java.DataTableType;
import io.cucumber.java.ParameterType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import se.samverkan.gvi.decision.Confidence;
import se.samverkan.gvi.decision.ExclusionReason;
import se.samverkan.gvi.decision.IncidentType;
import se.samverkan.gvi.decision.Lever;
import se.samverkan.gvi.decision.Outcome;
import se.samverkan.gvi.decision.Priority;

/**
 * The words scenarios use, in Swedish and in English, and what they mean to the engine: dates,
 * times, incident types, confidences, outcomes, priorities, levers (from the catalogue's
 * {@code nameSv} and {@code nameEn}), exclusion reasons, persons, groups and member tables.
 */
public class Vocabulary {

    static final Map<String, IncidentType> INCIDENT_TYPES = ordered(
            "ett mord", IncidentType.HOMICIDE, "a homicide", IncidentType.HOMICIDE,
            "ett mordförsök", IncidentType.ATTEMPTED_HOMICIDE, "an attempted homicide", IncidentType.ATTEMPTED_HOMICIDE,
            "en skjutning", IncidentType.SHOOTING, "a shooting", IncidentType.SHOOTING,
            "en sprängning", IncidentType.EXPLOSION, "an explosion", IncidentType.EXPLOSION,
            "en grov misshandel", IncidentType.AGGRAVATED_ASSAULT, "an aggravated assault", IncidentType.AGGRAVATED_ASSAULT,
            "en anlagd brand", IncidentType.ARSON, "an arson", IncidentType.ARSON,
            "ett hot", IncidentType.THREAT, "a threat", IncidentType.THREAT,
            "ett rån", IncidentType.ROBBERY, "a robbery", IncidentType.ROBBERY,
            "ett narkotikabrott", IncidentType.DRUG_OFFENCE, "a drug offence", IncidentType.DRUG_OFFENCE,
            "en annan händelse", IncidentType.OTHER, "another incident", IncidentType.OTHER);

    static final Map<String, Confidence> CONFIDENCES = ordered(
            "bekräftad", Confidence.CONFIRMED, "confirmed", Confidence.CONFIRMED,
            "trolig", Confidence.PROBABLE, "probable", Confidence.PROBABLE,
            "misstänkt", Confidence.SUSPECTED, "suspected", Confidence.SUSPECTED);

    static final Map<String, Outcome> OUTCOMES = ordered(
            "få konsekvenser enligt löftet", Outcome.GROUP_ENFORCEMENT,
            "face the promised consequences", Outcome.GROUP_ENFORCEMENT,
            "först få löftet", Outcome.DELIVER_PROMISE, "first be given the promise", Outcome.DELIVER_PROMISE,
            "invänta en starkare koppling", Outcome.AWAIT_CONFIRMATION, "await a stronger link", Outcome.AWAIT_CONFIRMATION,
            "få stöd för att förebygga hämnd", Outcome.RETALIATION_PREVENTION,
            "get support to prevent retaliation", Outcome.RETALIATION_PREVENTION,
            "inte få några gruppåtgärder", Outcome.NO_GROUP_ACTION, "get no group action", Outcome.NO_GROUP_ACTION);

    static final Map<String, Priority> PRIORITIES = ordered(
            "normal", Priority.STANDARD, "standard", Priority.STANDARD,
            "förhöjd", Priority.ESCALATED, "escalated", Priority.ESCALATED);

    static final Map<String, ExclusionReason> EXCLUSION_REASONS = ordered(
            "saknar rättslig grund", ExclusionReason.NO_LEGAL_GROUND, "no legal ground", ExclusionReason.NO_LEGAL_GROUND,
            "ingår inte i löftet", ExclusionReason.NOT_PROMISED, "not promised", ExclusionReason.NOT_PROMISED,
            "under 15 år", ExclusionReason.UNDER_15, "under 15", ExclusionReason.UNDER_15,
            "under åtgärdens lägsta ålder", ExclusionReason.BELOW_MIN_AGE,
            "below the minimum age", ExclusionReason.BELOW_MIN_AGE,
            "frihetsberövad", ExclusionReason.IN_CUSTODY, "in custody", ExclusionReason.IN_CUSTODY,
            "har lämnat gruppen", ExclusionReason.EXITED, "left the group", ExclusionReason.EXITED);

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

    @ParameterType(name = "incidentType", useForSnippets = false, value = "ett mordförsök|ett mord|en skjutning|"
            + "en sprängning|en grov misshandel|en anlagd brand|ett hot|ett rån|ett narkotikabrott|en annan händelse|"
            + "an attempted homicide|a homicide|a shooting|an explosion|an aggravated assault|an arson|a threat|"
            + "a robbery|a drug offence|another incident")
    public IncidentType incidentType(String text) {
        return INCIDENT_TYPES.get(text);
    }

    @ParameterType(name = "confidence", value = "bekräftad|trolig|misstänkt|confirmed|probable|suspected",
            useForSnippets = false)
    public Confidence confidence(String text) {
        return CONFIDENCES.get(text);
    }

    @ParameterType(name = "outcome", useForSnippets = false, value = "få konsekvenser enligt löftet|först få löftet|"
            + "invänta en starkare koppling|få stöd för att förebygga hämnd|inte få några gruppåtgärder|"
            + "face the promised consequences|first be given the promise|await a stronger link|"
            + "get support to prevent retaliation|get no group action")
    public Outcome outcome(String text) {
        return OUTCOMES.get(text);
    }

    @ParameterType(name = "priority", value = "normal|förhöjd|standard|escalated", useForSnippets = false)
    public Priority priority(String text) {
        return PRIORITIES.get(text);
    }

    /** A lever by its Swedish or English name in the catalogue (levers.yaml), in quotes. */
    @ParameterType(name = "lever", value = "\"([^\"]*)\"", useForSnippets = false)
    public Lever lever(String name) {
        return lever(ScenarioRules.current().levers(), name);
    }

    @ParameterType(name = "exclusionReason", value = "\"([^\"]*)\"", useForSnippets = false)
    public ExclusionReason exclusionReason(String phrase) {
        ExclusionReason reason = EXCLUSION_REASONS.get(phrase.strip().toLowerCase(Locale.ROOT));
        if (reason == null) {
            throw new IllegalArgumentException("Okänt skäl \"" + phrase + "\". Möjliga skäl: "
                    + String.join(", ", EXCLUSION_REASONS.keySet()) + ".");
        }
        return reason;
    }

    @ParameterType(name = "person", useForSnippets = false,
            value = "[A-Z][A-Z0-9]*-\\d+(?: i gruppen \"[^\"]*\"| in the group \"[^\"]*\")?")
    public PersonRef person(String text) {
        return PersonRef.parse(text);
    }

    @ParameterType(name = "group", useForSnippets = false,
            value = "(?:gruppen|the group) \"[^\"]*\"|gruppen|the group|\"[^\"]*\"")
    public GroupRef group(String text) {
        return GroupRef.parse(text);
    }

    @DataTableType
    public MemberRow memberRow(Map<String, String> entry) {
        return MemberRow.from(entry);
    }

    /** A row of an action table: the column "åtgärd" (or "action") names a lever. */
    @DataTableType
    public ActionRow actionRow(Map<String, String> entry) {
        String name = entry.getOrDefault("åtgärd", entry.get("action"));
        if (name == null || entry.size() != 1) {
            throw new IllegalArgumentException("En åtgärdstabell har en enda kolumn, \"åtgärd\", med en åtgärd per rad.");
        }
        return new ActionRow(lever(ScenarioRules.current().levers(), name).code());
    }

    /** One expected action in a table: the lever code. */
    record ActionRow(String lever) {
    }

    static Lever lever(Map<String, Lever> catalogue, String name) {
        String wanted = name.strip();
        return catalogue.values().stream()
                .filter(l -> l.nameSv().equalsIgnoreCase(wanted) || l.nameEn().equalsIgnoreCase(wanted)
                        || l.code().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Okänd åtgärd \"" + name + "\". Åtgärderna i levers.yaml: "
                        + catalogue.values().stream().map(Lever::nameSv).sorted().collect(Collectors.joining(", ")) + "."));
    }

    /** The Swedish phrase scenarios use for an exclusion reason. */
    static String phrase(ExclusionReason reason) {
        return EXCLUSION_REASONS.entrySet().stream().filter(e -> e.getValue() == reason).findFirst()
                .map(Map.Entry::getKey).orElse(reason.name());
    }

    /** The Swedish phrase scenarios use for an outcome. */
    static String phrase(Outcome outcome) {
        return OUTCOMES.entrySet().stream().filter(e -> e.getValue() == outcome).findFirst()
                .map(Map.Entry::getKey).orElse(outcome.name());
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

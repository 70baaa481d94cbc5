package se.samverkan.gvi.rules.check.scenarios;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.samverkan.gvi.decision.IncidentType;
import se.samverkan.gvi.decision.Lever;
import se.samverkan.gvi.decision.Priority;
import se.samverkan.gvi.decision.Promise;
import se.samverkan.gvi.decision.PromiseClause;

/**
 * Promises that exist only in one scenario: a later version of a promise in the folder with some
 * changes, or a promise in the folder that ended on a given date. They are data, so a scenario can
 * show what a change of promise would do without touching the rule folder.
 */
final class ScenarioPromise {

    /** The changes a scenario may make to a promise, in Swedish and in English. */
    private enum Change {
        ALSO_PROMISES("utlovar också", "also promises"),
        NO_LONGER_PROMISES("utlovar inte längre", "no longer promises"),
        ALSO_TRIGGERED_BY("utlöses också av", "also triggered by"),
        STANDARD_DEADLINE("normal frist", "standard deadline"),
        ESCALATED_DEADLINE("förkortad frist", "escalated deadline"),
        ESCALATION_WINDOW("eskaleringsfönster", "escalation window"),
        VALID_UNTIL("gäller till och med", "valid until");

        final TableWord word;

        Change(String swedish, String english) {
            this.word = new TableWord(swedish, english);
        }

        static Change of(String key) {
            return TableWord.find(values(), c -> c.word, key)
                    .orElseThrow(() -> new IllegalArgumentException("Okänd ändring \"" + key
                            + "\" av löftet. Möjliga ändringar: " + TableWord.listed(values(), c -> c.word) + "."));
        }
    }

    private ScenarioPromise() {}

    /** The change that promises one more lever, as a scenario's table of changes would write it. */
    static Map<String, String> alsoPromising(Lever lever) {
        return Map.of(Change.ALSO_PROMISES.word.swedish(), lever.nameSv());
    }

    static Promise derive(
            Promise base,
            String id,
            LocalDate validFrom,
            Map<String, String> changes,
            Map<String, Lever> catalogue,
            se.samverkan.gvi.decision.Vocabulary vocabulary) {
        List<String> levers = new ArrayList<>(base.levers());
        List<PromiseClause> clauses = new ArrayList<>(base.clauses());
        Set<IncidentType> triggers = new HashSet<>(base.triggers());
        Map<Priority, Integer> deadlines = new EnumMap<>(base.deadlines());
        int window = base.escalationWindowDays();
        LocalDate validTo = null;
        for (Map.Entry<String, String> change : changes.entrySet()) {
            String value = change.getValue().strip();
            switch (Change.of(change.getKey())) {
                case ALSO_PROMISES -> {
                    for (String name : value.split(",")) {
                        Lever lever = Vocabulary.lever(catalogue, name);
                        levers.add(lever.code());
                        clauses.add(new PromiseClause(
                                "§" + (clauses.size() + 1),
                                lever.code(),
                                capitalised(lever.nameSv()) + " används mot den som " + lever.ground() + "."));
                    }
                }
                case NO_LONGER_PROMISES -> {
                    for (String name : value.split(",")) {
                        String code = Vocabulary.lever(catalogue, name).code();
                        levers.remove(code);
                        clauses.removeIf(c -> c.about().equals(code));
                    }
                }
                case ALSO_TRIGGERED_BY -> {
                    for (String name : value.split(",")) {
                        triggers.add(incidentType(vocabulary, name));
                    }
                }
                case STANDARD_DEADLINE -> deadlines.put(Priority.STANDARD, days(value));
                case ESCALATED_DEADLINE -> deadlines.put(Priority.ESCALATED, days(value));
                case ESCALATION_WINDOW -> window = days(value);
                case VALID_UNTIL -> validTo = LocalDate.parse(value);
            }
        }
        return new Promise(id, base.text(), validFrom, validTo, triggers, levers, deadlines, window, clauses);
    }

    static Promise endingOn(Promise base, LocalDate validTo) {
        return new Promise(
                base.id(),
                base.text(),
                base.validFrom(),
                validTo,
                base.triggers(),
                base.levers(),
                base.deadlines(),
                base.escalationWindowDays(),
                base.clauses());
    }

    /** A trigger named with or without its article ("skjutning" or "en skjutning"). */
    private static IncidentType incidentType(se.samverkan.gvi.decision.Vocabulary vocabulary, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return vocabulary.incidentTypes().values().stream()
                .filter(t -> t.sv().equalsIgnoreCase(wanted)
                        || t.sv().toLowerCase(Locale.ROOT).endsWith(" " + wanted)
                        || t.en().equalsIgnoreCase(wanted))
                .map(t -> IncidentType.of(t.code()))
                .findFirst()
                .orElseGet(() -> Vocabulary.incidentType(vocabulary, name));
    }

    /** "5 dagar" or "5 days" as a number of days. */
    private static int days(String text) {
        String number = text.split("\\s+")[0];
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Ange ett antal dagar, till exempel \"5 dagar\", inte \"" + text + "\".", e);
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

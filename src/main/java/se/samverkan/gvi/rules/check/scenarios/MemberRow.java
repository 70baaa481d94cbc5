package se.samverkan.gvi.rules.check.scenarios;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.MemberSnapshot;
import se.samverkan.gvi.decision.PersonFacts;
import se.samverkan.gvi.decision.Vocabulary;

/**
 * One row of a member table, as a coordinator describes a member: who, born when, whether they
 * were at the call-in, the facts agencies report (ja/nej), and the dates that matter.
 *
 * @param joined    when the member joined; null means long before anything in the scenario
 * @param left      the exit date, or null while the member is still in the group
 * @param homeVisit the date of the custom notification (hembesök), or null
 */
record MemberRow(
        String ref,
        LocalDate born,
        boolean attendedCallIn,
        PersonFacts facts,
        @Nullable LocalDate joined,
        @Nullable LocalDate left,
        @Nullable LocalDate homeVisit) {

    /**
     * The columns a member table may have besides the person facts, in Swedish and in English; only
     * person and born are required. Every other column is a person fact, headed by its phrase in the
     * vocabulary (rules/vocabulary/person-facts.yaml), e.g. "står under övervakning".
     */
    enum Column {
        PERSON("person", "person"),
        BORN("född", "born"),
        ATTENDED("var på call-in", "attended call-in"),
        JOINED("gick med", "joined"),
        LEFT("lämnade", "left"),
        HOME_VISIT("hembesök", "home visit");

        final TableWord word;

        Column(String swedish, String english) {
            this.word = new TableWord(swedish, english);
        }

        static @Nullable Column of(String header) {
            return TableWord.find(values(), c -> c.word, header).orElse(null);
        }
    }

    static MemberRow from(Map<String, String> entry, Vocabulary vocabulary) {
        Map<Column, String> cells = new EnumMap<>(Column.class);
        Set<String> trueFacts = new LinkedHashSet<>();
        for (Map.Entry<String, String> e : entry.entrySet()) {
            String value = e.getValue() == null ? "" : e.getValue().strip();
            Column column = Column.of(e.getKey());
            if (column != null) {
                if (!value.isEmpty()) {
                    cells.put(column, value);
                }
                continue;
            }
            String fact = vocabulary
                    .personFactNamed(e.getKey())
                    .orElseThrow(() -> new IllegalArgumentException(
                            "Okänd kolumn \"" + e.getKey() + "\" i medlemstabellen. Möjliga kolumner: "
                                    + TableWord.listed(Column.values(), c -> c.word)
                                    + " och uppgifterna i vocabulary/person-facts.yaml: "
                                    + Vocabulary.words(vocabulary.personFacts()) + "."));
            if (flag(value.isEmpty() ? "nej" : value, e.getKey())) {
                trueFacts.add(fact);
            }
        }
        String ref = required(cells, Column.PERSON);
        String attended = cells.get(Column.ATTENDED);
        return new MemberRow(
                ref,
                date(required(cells, Column.BORN), Column.BORN),
                attended != null && flag(attended, Column.ATTENDED.word.swedish()),
                PersonFacts.of(trueFacts),
                optionalDate(cells, Column.JOINED),
                optionalDate(cells, Column.LEFT),
                optionalDate(cells, Column.HOME_VISIT));
    }

    MemberRow bornOn(LocalDate date) {
        return new MemberRow(ref, date, attendedCallIn, facts, joined, left, homeVisit);
    }

    MemberRow joinedOn(LocalDate date) {
        return new MemberRow(ref, born, attendedCallIn, facts, date, left, homeVisit);
    }

    MemberRow leftOn(LocalDate date) {
        return new MemberRow(ref, born, attendedCallIn, facts, joined, date, homeVisit);
    }

    MemberRow visitedOn(LocalDate date) {
        return new MemberRow(ref, born, attendedCallIn, facts, joined, left, date);
    }

    /** The member as the engine sees them; without a join date the member has belonged since birth. */
    MemberSnapshot snapshot() {
        return new MemberSnapshot(ref, born, joined == null ? born : joined, left, facts);
    }

    private static String required(Map<Column, String> cells, Column column) {
        String value = cells.get(column);
        if (value == null) {
            throw new IllegalArgumentException(
                    "Medlemstabellen måste ha kolumnen \"" + column.word.swedish() + "\" ifylld på varje rad.");
        }
        return value;
    }

    private static boolean flag(String cell, String header) {
        String value = cell.toLowerCase(Locale.ROOT);
        switch (value) {
            case "ja", "yes":
                return true;
            case "nej", "no":
                return false;
            default:
                throw new IllegalArgumentException(
                        "Kolumnen \"" + header + "\" ska vara ja eller nej, inte \"" + value + "\".");
        }
    }

    private static @Nullable LocalDate optionalDate(Map<Column, String> cells, Column column) {
        String value = cells.get(column);
        return value == null ? null : date(value, column);
    }

    private static LocalDate date(String value, Column column) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "Kolumnen \"" + column.word.swedish() + "\" ska vara ett datum som 2026-02-01, inte \"" + value
                            + "\".",
                    e);
        }
    }
}

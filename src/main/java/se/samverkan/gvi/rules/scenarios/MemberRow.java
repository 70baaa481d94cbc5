package se.samverkan.gvi.rules.scenarios;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.MemberSnapshot;
import se.samverkan.gvi.decision.PersonFacts;

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

    /** The columns a member table may have, in Swedish and in English; only person and born are required. */
    enum Column {
        PERSON("person", "person"),
        BORN("född", "born"),
        ATTENDED("var på call-in", "attended call-in"),
        SUPERVISION("står under övervakning", "under supervision"),
        UNSERVED_SENTENCE("har ej avtjänat straff", "unserved sentence"),
        WARRANT("är efterlyst", "wanted"),
        DEBT("har skulder hos Kronofogden", "enforcement debt"),
        VEHICLE("har registrerat fordon", "registered vehicle"),
        PRIOR_VIOLENCE("tidigare grovt våld", "prior serious violence"),
        CUSTODY("är frihetsberövad", "in custody"),
        SUPPORT_ACCEPTED("har tackat ja till stöd", "accepted support"),
        JOINED("gick med", "joined"),
        LEFT("lämnade", "left"),
        HOME_VISIT("hembesök", "home visit");

        final String swedish;
        final String english;

        Column(String swedish, String english) {
            this.swedish = swedish;
            this.english = english;
        }

        static Column of(String header) {
            String wanted = header.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values())
                    .filter(c -> c.swedish.toLowerCase(Locale.ROOT).equals(wanted) || c.english.equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Okänd kolumn \"" + header + "\" i medlemstabellen. "
                            + "Möjliga kolumner: " + Arrays.stream(values()).map(c -> c.swedish)
                            .collect(Collectors.joining(", ")) + "."));
        }
    }

    static MemberRow from(Map<String, String> entry) {
        Map<Column, String> cells = entry.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .collect(Collectors.toMap(e -> Column.of(e.getKey()), e -> e.getValue().strip()));
        entry.keySet().forEach(Column::of);
        String ref = required(cells, Column.PERSON);
        PersonFacts facts = new PersonFacts(flag(cells, Column.SUPERVISION), flag(cells, Column.UNSERVED_SENTENCE),
                flag(cells, Column.WARRANT), flag(cells, Column.DEBT), flag(cells, Column.VEHICLE),
                flag(cells, Column.PRIOR_VIOLENCE), flag(cells, Column.CUSTODY), flag(cells, Column.SUPPORT_ACCEPTED));
        return new MemberRow(ref, date(required(cells, Column.BORN), Column.BORN), flag(cells, Column.ATTENDED), facts,
                optionalDate(cells, Column.JOINED), optionalDate(cells, Column.LEFT), optionalDate(cells, Column.HOME_VISIT));
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
            throw new IllegalArgumentException("Medlemstabellen måste ha kolumnen \"" + column.swedish
                    + "\" ifylld på varje rad.");
        }
        return value;
    }

    private static boolean flag(Map<Column, String> cells, Column column) {
        String value = cells.getOrDefault(column, "nej").toLowerCase(Locale.ROOT);
        switch (value) {
            case "ja", "yes":
                return true;
            case "nej", "no":
                return false;
            default:
                throw new IllegalArgumentException("Kolumnen \"" + column.swedish + "\" ska vara ja eller nej, inte \""
                        + value + "\".");
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
            throw new IllegalArgumentException("Kolumnen \"" + column.swedish + "\" ska vara ett datum som 2026-02-01, inte \""
                    + value + "\".", e);
        }
    }
}

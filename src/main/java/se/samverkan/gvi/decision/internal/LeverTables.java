package se.samverkan.gvi.decision.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.Confidence;
import se.samverkan.gvi.decision.DeadlineRow;
import se.samverkan.gvi.decision.Findings;
import se.samverkan.gvi.decision.Lever;
import se.samverkan.gvi.decision.MinimumAgeRow;
import se.samverkan.gvi.decision.Priority;
import se.samverkan.gvi.decision.Promise;
import se.samverkan.gvi.decision.RuleProblem;

/**
 * Reads the rows of the two tightening tables before the engine compiles them, and refuses every row
 * the engine would compile into nonsense or silently ignore: an unknown lever or priority, a day count
 * or age that is not a positive whole number, a missing legal reference, a second row for the same
 * key, or an age below the catalogue's (the catalogue is the legal floor). Each problem names the file,
 * the line and the fix in Swedish. A table with problems is not compiled at all, so no half-read table
 * ever serves. A deadline longer than a promise's is only a warning: the rules never let it lengthen
 * anything, and it stays a cap for a later promise with longer deadlines (so shortening a promise
 * never makes a legally motivated row refuse the whole folder).
 */
public final class LeverTables {

    public static final String MINIMUM_AGES = MinimumAgeRow.TABLE;
    public static final String DEADLINES = DeadlineRow.TABLE;
    public static final String ATTRIBUTION_THRESHOLDS = "gvi/attribution-thresholds.drl.csv";

    /** The rows title, object, code and column-title rows between "RuleTable" and the first data row. */
    private static final int HEADER_ROWS = 4;

    private final RuleFiles files;
    private final Lagrum lagrum;
    private final List<RuleProblem> lint = new ArrayList<>();
    private final List<RuleProblem> problems = new ArrayList<>();
    private final List<RuleProblem> warnings = new ArrayList<>();

    private LeverTables(RuleFiles files, Lagrum lagrum) {
        this.files = files;
        this.lagrum = lagrum;
    }

    /** The rows of both tables, and what was wrong with them. Missing table files mean no tightening. */
    public record Tables(List<MinimumAgeRow> minimumAges, List<DeadlineRow> deadlines, Findings found) {

        public Tables {
            minimumAges = List.copyOf(minimumAges);
            deadlines = List.copyOf(deadlines);
        }
    }

    /** The rows, with each legal ground's register ids ({@code [BRB-1-6]}) written out in full. */
    public static Tables read(RuleFiles files, Map<String, Lever> levers, Collection<Promise> promises, Lagrum lagrum) {
        LeverTables reader = new LeverTables(files, lagrum);
        List<MinimumAgeRow> ages = reader.minimumAges(levers);
        List<DeadlineRow> deadlines = reader.deadlines(levers, promises);
        reader.attributionThresholds();
        return new Tables(ages, deadlines, new Findings(reader.problems, reader.warnings, reader.lint));
    }

    private List<MinimumAgeRow> minimumAges(Map<String, Lever> levers) {
        List<MinimumAgeRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Row row : rows(MINIMUM_AGES, 3, "åtgärd, lägsta ålder, rättslig grund")) {
            int before = problems.size();
            Lever lever = lever(row, row.cell(0), levers);
            Integer age = wholeNumber(row, row.cell(1), "Lägsta åldern", "åldern i hela år, till exempel 18");
            String reference = reference(row, row.cell(2), "åldern");
            if (lever != null && !lever.sanction()) {
                problem(
                        row,
                        "Åtgärden " + lever.code() + " är ingen sanktion, och en lägsta ålder gäller bara "
                                + "sanktioner. Ta bort raden eller ange en sanktion ur levers.yaml.");
            }
            if (lever != null && age != null && age < lever.minimumAge()) {
                problem(
                        row,
                        "Lägsta åldern " + age + " år för " + lever.code() + " är lägre än katalogens "
                                + lever.minimumAge() + " år (minAge i levers.yaml). Katalogens ålder är den rättsliga "
                                + "golvnivån och tabellen kan bara höja den: ange minst " + lever.minimumAge()
                                + " år eller ta bort raden.");
            }
            if (lever != null && seen.containsKey(lever.code())) {
                problem(
                        row,
                        "Åtgärden " + lever.code() + " har redan en rad på rad " + seen.get(lever.code())
                                + ". En åtgärd kan bara ha en lägsta ålder: ta bort den ena raden.");
            }
            if (lever != null) {
                seen.putIfAbsent(lever.code(), row.line());
            }
            if (problems.size() == before && lever != null && age != null && reference != null) {
                rows.add(new MinimumAgeRow(lever.code(), age, reference, row.line()));
            }
        }
        return rows;
    }

    /**
     * The attribution table (GVI-03) is compiled as it is; its words are checked here, so a wrong one
     * is refused at its row in Swedish rather than when an incident is evaluated.
     */
    private void attributionThresholds() {
        for (Row row : rows(ATTRIBUTION_THRESHOLDS, 5, "regel, säkerhet, konsekvenser, beteende, rättslig grund")) {
            try {
                Confidence.fromTable(row.cell(1));
            } catch (IllegalArgumentException e) {
                problem(row, String.valueOf(e.getMessage()));
            }
            if (!List.of("ja", "nej").contains(row.cell(2).strip())) {
                problem(
                        row,
                        "Konsekvenser för gruppen ska vara ja eller nej, men raden säger '" + row.cell(2)
                                + "'. Skriv ja (hela gruppen får konsekvenser) eller nej (invänta en säkrare koppling).");
            }
        }
    }

    private List<DeadlineRow> deadlines(Map<String, Lever> levers, Collection<Promise> promises) {
        List<DeadlineRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Row row : rows(DEADLINES, 4, "prioritet, åtgärd, dagar, rättslig grund")) {
            int before = problems.size();
            Priority priority = priority(row, row.cell(0));
            Lever lever = lever(row, row.cell(1), levers);
            Integer days = wholeNumber(row, row.cell(2), "Antalet dagar", "fristen i hela dagar, till exempel 3");
            String reference = reference(row, row.cell(3), "fristen");
            if (priority != null && lever != null) {
                String key = priority + " " + lever.code();
                if (seen.containsKey(key)) {
                    problem(
                            row,
                            "Prioriteten " + priority + " och åtgärden " + lever.code() + " har redan en rad på rad "
                                    + seen.get(key)
                                    + ". Varje kombination kan bara ha en frist: ta bort den ena raden.");
                }
                seen.putIfAbsent(key, row.line());
            }
            if (priority != null && days != null) {
                for (Promise promise : promises) {
                    int promised = promise.deadlines().getOrDefault(priority, Integer.MAX_VALUE);
                    if (days > promised) {
                        warnings.add(new RuleProblem(
                                row.file(),
                                row.line(),
                                "Varning: fristen " + days
                                        + " dagar är längre än löftet " + promise.id() + "s frist på " + promised
                                        + " dagar för "
                                        + priority
                                        + ", så raden ändrar ingenting för det löftet: tabellen kan bara korta "
                                        + "fristen, aldrig förlänga den. Ange högst " + promised
                                        + " dagar om raden ska gälla, "
                                        + "eller behåll den som ett tak för senare löften."));
                    }
                }
            }
            if (problems.size() == before && priority != null && lever != null && days != null && reference != null) {
                rows.add(new DeadlineRow(priority, lever.code(), days, reference, row.line()));
            }
        }
        return rows;
    }

    // --- one cell at a time ------------------------------------------------------------------------

    private @Nullable Lever lever(Row row, String code, Map<String, Lever> levers) {
        if (code.isBlank()) {
            problem(row, "Raden saknar åtgärd. Skriv åtgärdens namn ur levers.yaml, till exempel vistelseförbud.");
            return null;
        }
        Lever lever = levers.containsKey(code)
                ? levers.get(code)
                : levers.values().stream()
                        .filter(l -> l.nameSv().equals(code))
                        .findFirst()
                        .orElse(null);
        if (lever == null && !levers.isEmpty()) {
            problem(
                    row,
                    "Åtgärden '" + code + "' finns inte i levers.yaml. Skriv åtgärdens namn (nameSv) eller kod "
                            + "exakt som i katalogen: "
                            + levers.values().stream()
                                    .map(l -> l.nameSv() + " (" + l.code() + ")")
                                    .sorted()
                                    .collect(Collectors.joining(", "))
                            + ".");
        }
        return lever;
    }

    private @Nullable Priority priority(Row row, String text) {
        try {
            return Priority.fromTable(text);
        } catch (IllegalArgumentException e) {
            problem(
                    row,
                    "Okänd prioritet '" + text + "'. Skriv normal eller förhöjd (eller koden "
                            + Arrays.stream(Priority.values()).map(Enum::name).collect(Collectors.joining(" eller "))
                            + ").");
            return null;
        }
    }

    private @Nullable Integer wholeNumber(Row row, String text, String what, String example) {
        if (!text.matches("-?\\d{1,4}")) {
            problem(row, what + " '" + text + "' är inte ett heltal. Skriv " + example + ", med siffror.");
            return null;
        }
        int value = Integer.parseInt(text);
        if (value < 1) {
            problem(row, what + " måste vara minst 1, men raden säger " + value + ". Skriv " + example + ".");
            return null;
        }
        return value;
    }

    private @Nullable String reference(Row row, String text, String what) {
        if (text.isBlank()) {
            problem(
                    row,
                    "Raden saknar rättslig grund. Skriv lagrummet som motiverar " + what
                            + " i sista kolumnen, med sitt id i lagrum.yaml inom hakparentes, till exempel "
                            + "\"[FB-9-1]: den som är under 18 år är omyndig\".");
            return null;
        }
        if (text.contains("\"")) {
            problem(
                    row,
                    "Den rättsliga grunden innehåller ett citattecken, som regelmotorn inte kan läsa här. "
                            + "Skriv lagrummet utan citattecken, till exempel med 'enkla' i stället.");
            return null;
        }
        lint.addAll(lagrum.handWritten(text, row.file(), row.line()));
        return lagrum.expand(text, row.file(), row.line(), problems);
    }

    // --- the table's rows ----------------------------------------------------------------------------

    /** One data row of a table: its cells (unquoted, stripped) and its 1-based line. */
    record Row(String file, int line, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    /**
     * The data rows of the table in a file: the rows after the header that the engine reads (up to the
     * first empty row), and a problem for any row after that empty row, which the engine would ignore.
     */
    private List<Row> rows(String path, int columns, String names) {
        if (!files.contents().containsKey(path)) {
            return List.of();
        }
        String[] lines = files.text(path).split("\r?\n", -1);
        int start = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("RuleTable ")) {
                start = i + 1 + HEADER_ROWS;
                break;
            }
        }
        if (start < 0) {
            problems.add(
                    new RuleProblem(
                            path,
                            0,
                            "Tabellen saknar raden som börjar med 'RuleTable'. Återställ "
                                    + "tabellens huvud (de sex första raderna) och ändra bara raderna under kolumnrubrikerna."));
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        boolean ended = false;
        for (int i = start; i < lines.length; i++) {
            List<String> cells = cells(lines[i]);
            boolean empty = cells.stream().allMatch(String::isBlank);
            Row row = new Row(path, i + 1, cells);
            if (empty) {
                ended = true;
            } else if (ended) {
                problem(
                        row,
                        "Raden står efter en tom rad, och regelmotorn läser inga rader efter den tomma. "
                                + "Ta bort den tomma raden ovanför.");
            } else if (cells.size() > columns
                    && cells.subList(columns, cells.size()).stream().anyMatch(c -> !c.isBlank())) {
                problem(
                        row,
                        "Raden har fler än " + columns + " kolumner. Skriv " + names
                                + ", och sätt text med kommatecken inom citattecken.");
            } else {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The cells of one CSV line: commas separate, double quotes enclose, a doubled quote is a quote. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    private void problem(Row row, String message) {
        problems.add(new RuleProblem(row.file(), row.line(), message));
    }
}

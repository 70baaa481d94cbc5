package se.samverkan.gvi.decision.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.RuleProblem;
import se.samverkan.gvi.decision.Vocabulary;

/**
 * Reads {@code vocabulary/} of a rule folder: incident types, person facts and exclusion reasons.
 * Every problem comes with file, line and a Swedish sentence that says how to fix it.
 *
 * <p>The codes are the reviewer's too: a new entry needs no Java. An incident type or exclusion
 * reason is spelt in capitals ({@code SHOOTING}), a person fact as a JSON field
 * ({@code underSupervision}), since the API accepts it as one. Whether stored data still uses a code
 * that a folder leaves out is checked at reload, where the stored data is.
 */
public final class VocabularyFiles {

    public static final String INCIDENT_TYPES = Vocabulary.INCIDENT_TYPES;
    public static final String PERSON_FACTS = Vocabulary.PERSON_FACTS;
    public static final String EXCLUSION_REASONS = Vocabulary.EXCLUSION_REASONS;

    /** How an incident type or exclusion reason is spelt: {@code SHOOTING}, {@code UNDER_15}. */
    private static final Pattern CONSTANT_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    /** How a person fact is spelt, as the field of the person API: {@code underSupervision}. */
    private static final Pattern FIELD_CODE = Pattern.compile("[a-z][A-Za-z0-9]{0,31}");
    /** The person API's own fields, which no fact may be called. */
    private static final Set<String> PERSON_FIELDS = Set.of("ref", "birthDate", "facts");

    record Entry(
            String code, String sv, String en, @Nullable Boolean legalGround) {}

    record Types(List<Entry> types) {}

    record Facts(List<Entry> facts) {}

    record Reasons(List<Entry> reasons) {}

    private final RuleFiles files;
    private final List<RuleProblem> problems = new ArrayList<>();

    private VocabularyFiles(RuleFiles files) {
        this.files = files;
    }

    /** The vocabulary and what was wrong with it; with problems the vocabulary must not be used. */
    public record Read(Vocabulary vocabulary, List<RuleProblem> problems) {}

    public static Read read(RuleFiles files) {
        VocabularyFiles reader = new VocabularyFiles(files);
        Map<String, Vocabulary.Term> types = reader.terms(
                INCIDENT_TYPES,
                Types.class,
                Types::types,
                "types",
                "Händelsetypen",
                CONSTANT_CODE,
                "stora bokstäver, siffror och understreck, till exempel KNIFE_ATTACK",
                false);
        Map<String, Vocabulary.Term> facts = reader.terms(
                PERSON_FACTS,
                Facts.class,
                Facts::facts,
                "facts",
                "Uppgiften om personen",
                FIELD_CODE,
                "ett fältnamn som i API:t: liten bokstav först, sedan bokstäver och "
                        + "siffror, till exempel underSupervision",
                true);
        Map<String, Vocabulary.Term> reasons = reader.terms(
                EXCLUSION_REASONS,
                Reasons.class,
                Reasons::reasons,
                "reasons",
                "Skälet",
                CONSTANT_CODE,
                "stora bokstäver, siffror och understreck, till exempel " + "UNDER_15",
                false);
        return new Read(new Vocabulary(types, facts, reasons), List.copyOf(reader.problems));
    }

    private <T> Map<String, Vocabulary.Term> terms(
            String path,
            Class<T> type,
            Function<T, List<Entry>> entries,
            String key,
            String what,
            Pattern shape,
            String shapeSv,
            boolean facts) {
        Map<String, Vocabulary.Term> terms = new LinkedHashMap<>();
        T file = parse(path, type);
        if (file == null) {
            return terms;
        }
        List<Entry> list = entries.apply(file);
        if (list == null || list.isEmpty()) {
            problem(path, lineStarting(path, key + ":"), "Listan '" + key + ":' är tom. Lägg till orden.");
            return terms;
        }
        Set<String> words = new TreeSet<>();
        for (Entry e : list) {
            int line = Math.max(1, files.lineOf(path, "code: " + e.code()));
            if (blank(e.code()) || blank(e.sv()) || blank(e.en())) {
                problem(path, line, "Varje post behöver code, sv och en. Fyll i det som saknas.");
            } else if (terms.containsKey(e.code())) {
                problem(path, line, what + " " + e.code() + " står två gånger. Ta bort den ena.");
            } else if (!shape.matcher(e.code()).matches()) {
                problem(
                        path,
                        line,
                        what + " " + e.code() + " är ingen giltig kod. Skriv koden med " + shapeSv
                                + " (högst 32 tecken).");
            } else if (facts && PERSON_FIELDS.contains(e.code())) {
                problem(
                        path,
                        line,
                        "Koden " + e.code() + " är redan ett fält för personen i API:t. Välj en annan kod.");
            } else if (!words.add(e.sv().strip().toLowerCase(java.util.Locale.ROOT))
                    || !words.add(e.en().strip().toLowerCase(java.util.Locale.ROOT))) {
                problem(
                        path,
                        line,
                        "Orden för " + e.code() + " används redan av en annan post. Välj ord som bara "
                                + "betyder en sak, så att förklaringar och scenarier är entydiga.");
            } else if (facts && e.legalGround() == null) {
                problem(
                        path,
                        line,
                        "Ange legalGround: true eller false för " + e.code()
                                + " (kan uppgiften ge egen rättslig grund för en sanktion?).");
            } else {
                terms.put(
                        e.code(),
                        new Vocabulary.Term(
                                e.code(), e.sv().strip(), e.en().strip(), Boolean.TRUE.equals(e.legalGround())));
            }
        }
        return terms;
    }

    private <T> @Nullable T parse(String path, Class<T> type) {
        return PolicyYaml.read(files, path, type, problems);
    }

    /** The 1-based line that starts with the text (comments above it may mention it too), or 1. */
    private int lineStarting(String path, String start) {
        String[] lines = files.text(path).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start)) {
                return i + 1;
            }
        }
        return 1;
    }

    private void problem(String file, int line, String message) {
        problems.add(new RuleProblem(file, line, message));
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}

package se.samverkan.gvi.decision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.AgeLimits;
import se.samverkan.gvi.decision.IncidentType;
import se.samverkan.gvi.decision.Lever;
import se.samverkan.gvi.decision.Priority;
import se.samverkan.gvi.decision.Promise;
import se.samverkan.gvi.decision.PromiseClause;
import se.samverkan.gvi.decision.RuleProblem;
import se.samverkan.gvi.decision.Vocabulary;

/**
 * Reads the policy data of a rule folder: the lever catalogue, the age limits and the promises.
 * Every problem is reported with file, line and a Swedish sentence that says how to fix it; a file
 * with problems contributes nothing.
 */
public final class PolicyFiles {

    public static final String LEVERS = "levers.yaml";
    public static final String AGES = "ages.yaml";
    public static final String LAGRUM = "lagrum.yaml";
    public static final String PROMISES = "promises/";
    /** What a clause about the promise's triggers says it is about. */
    public static final String TRIGGERS = "TRIGGERS";

    private final RuleFiles files;
    private final List<RuleProblem> problems = new ArrayList<>();
    private final List<RuleProblem> lint = new ArrayList<>();
    private final Map<String, String> promiseFiles = new LinkedHashMap<>();

    /** The person facts that can ground a sanction, from the vocabulary. */
    private final Set<String> legalGrounds;
    /** The incident types of the vocabulary, which a promise's triggers name. */
    private final Map<String, Vocabulary.Term> incidentTypes;

    private PolicyFiles(RuleFiles files, Vocabulary vocabulary) {
        this.files = files;
        this.legalGrounds = vocabulary.legalGrounds();
        this.incidentTypes = vocabulary.incidentTypes();
    }

    /**
     * The policy data read from the files, and what was wrong with them.
     *
     * @param promiseFiles the file each promise was read from, by promise id
     * @param lint         what the full check refuses although the files can be read and served: a
     *                     promise whose trigger or promised lever has no clause
     */
    public record Policy(
            Map<String, Lever> levers,
            @Nullable AgeLimits ageLimits,
            Map<String, Promise> promises,
            Map<String, String> promiseFiles,
            Lagrum lagrum,
            List<RuleProblem> problems,
            List<RuleProblem> lint) {}

    public static Policy read(RuleFiles files, Vocabulary vocabulary) {
        PolicyFiles reader = new PolicyFiles(files, vocabulary);
        Lagrum lagrum = new Lagrum(reader.readLagrum());
        Map<String, Lever> levers = reader.readLevers(lagrum);
        AgeLimits ages = reader.readAges(lagrum);
        Map<String, Promise> promises = reader.readPromises(levers);
        return new Policy(
                levers,
                ages,
                promises,
                Map.copyOf(reader.promiseFiles),
                lagrum,
                List.copyOf(reader.problems),
                List.copyOf(reader.lint));
    }

    record LeverEntry(
            String code,
            String nameSv,
            String nameEn,
            String agency,
            @Nullable String legalBasis,
            @Nullable List<String> lagrum,
            String precondition,
            String ground,
            @Nullable Integer minAge,
            boolean sanction) {}

    /** One entry of the register of legal references: a law by its SFS number, and optionally a chapter and section. */
    record LagrumEntry(
            String id,
            String title,
            String sfs,
            @Nullable String chapter,
            @Nullable String section) {

        /** The reference in full, as explanations show it: "Brottsbalken (1962:700) 1 kap. 6 §". */
        String citation() {
            StringBuilder s = new StringBuilder(title.strip())
                    .append(" (")
                    .append(sfs.strip())
                    .append(')');
            if (chapter != null && !chapter.isBlank()) {
                s.append(' ').append(chapter.strip()).append(" kap.");
            }
            if (section != null && !section.isBlank()) {
                s.append(' ')
                        .append(section.strip())
                        .append(section.contains("–") || section.contains(",") ? " §§" : " §");
            }
            return s.toString();
        }
    }

    record LagrumRegister(List<LagrumEntry> lagrum) {}

    record LeverCatalogue(List<LeverEntry> levers) {}

    record AgeLimit(
            int age, @Nullable String legalBasis, @Nullable List<String> lagrum) {}

    record AgeFile(AgeLimit criminalResponsibility, AgeLimit adulthood) {}

    record ClauseEntry(String ref, String about, String text) {}

    record PromiseFile(
            String id,
            String text,
            LocalDate validFrom,
            @Nullable LocalDate validTo,
            List<String> triggers,
            List<String> levers,
            Map<String, Integer> deadlines,
            int escalationWindowDays,
            @Nullable List<ClauseEntry> clauses) {}

    /** The register of legal references ({@code lagrum.yaml}): each id with its reference in full. */
    private Map<String, String> readLagrum() {
        Map<String, String> register = new LinkedHashMap<>();
        if (!files.contents().containsKey(LAGRUM)) {
            return register;
        }
        LagrumRegister file = parse(LAGRUM, LagrumRegister.class);
        if (file == null || file.lagrum() == null) {
            return register;
        }
        for (LagrumEntry e : file.lagrum()) {
            int line = Math.max(1, files.lineOf(LAGRUM, "id: " + e.id()));
            if (blank(e.id()) || blank(e.title()) || blank(e.sfs())) {
                problem(
                        LAGRUM,
                        line,
                        "Varje lagrum behöver id, title och sfs (till exempel \"1962:700\"). Fyll i det som saknas.");
            } else if (!e.sfs().strip().matches("\\d{4}:\\d{1,4}")) {
                problem(
                        LAGRUM,
                        line,
                        "SFS-numret " + e.sfs() + " för " + e.id()
                                + " ska skrivas år:nummer, till exempel \"2025:400\".");
            } else if (e.title().contains("\"") || e.title().contains(",")) {
                problem(
                        LAGRUM,
                        line,
                        "Lagens namn för " + e.id() + " får inte innehålla citattecken eller kommatecken, "
                                + "eftersom det skrivs in i regelfiler och tabeller. Skriv namnet utan dem.");
            } else if (register.containsKey(e.id())) {
                problem(LAGRUM, line, "Lagrummet " + e.id() + " står två gånger. Ta bort det ena.");
            } else {
                register.put(e.id(), e.citation());
            }
        }
        return register;
    }

    /**
     * A legal basis as shown: the references from the register in full, followed by the entry's own
     * {@code legalBasis} text as a note (where its bracketed ids are written out too); or only the note,
     * for an entry that names no register id. A note that writes a reference by hand is linted.
     */
    private @Nullable String legalBasis(
            String file, String what, @Nullable List<String> ids, @Nullable String note, Lagrum lagrum, int line) {
        String shown = null;
        if (note != null && !note.isBlank()) {
            int at = files.lineOf(file, note, line);
            at = at == 0 ? line : at;
            lint.addAll(lagrum.handWritten(note, file, at));
            shown = lagrum.expand(note, file, at, problems);
        }
        if (ids == null || ids.isEmpty()) {
            return shown;
        }
        List<String> citations = new ArrayList<>();
        for (String id : ids) {
            String citation = lagrum.citations().get(id);
            if (citation == null) {
                problem(
                        file,
                        files.lineOf(file, id, line),
                        what + " hänvisar till lagrummet "
                                + id + ", som inte finns i " + LAGRUM + ". Skriv ett id därifrån ("
                                + String.join(", ", lagrum.citations().keySet()) + ") eller lägg till lagrummet där.");
                return null;
            }
            citations.add(citation);
        }
        String cited = String.join("; ", citations);
        return shown == null ? cited : cited + ": " + shown;
    }

    private Map<String, Lever> readLevers(Lagrum lagrum) {
        Map<String, Lever> levers = new LinkedHashMap<>();
        LeverCatalogue catalogue = parse(LEVERS, LeverCatalogue.class);
        if (catalogue == null) {
            return levers;
        }
        if (catalogue.levers() == null || catalogue.levers().isEmpty()) {
            problem(LEVERS, 0, "Åtgärdskatalogen är tom. Lägg till åtgärderna under 'levers:'.");
            return levers;
        }
        for (LeverEntry e : catalogue.levers()) {
            int line = files.lineOf(LEVERS, "code: " + e.code());
            if (blank(e.code())
                    || blank(e.agency())
                    || (blank(e.legalBasis())
                            && (e.lagrum() == null || e.lagrum().isEmpty()))
                    || blank(e.nameSv())
                    || blank(e.precondition())
                    || blank(e.ground())) {
                problem(
                        LEVERS,
                        line,
                        "Åtgärden " + e.code() + " saknar något av code, nameSv, agency, legalBasis (eller lagrum), "
                                + "precondition eller ground. Fyll i alla fält.");
                continue;
            }
            String legalBasis = legalBasis(LEVERS, "Åtgärden " + e.code(), e.lagrum(), e.legalBasis(), lagrum, line);
            if (legalBasis == null) {
                continue;
            }
            if (levers.containsKey(e.code())) {
                problem(LEVERS, line, "Åtgärden " + e.code() + " finns två gånger. Ta bort den ena.");
                continue;
            }
            if (e.sanction() && !legalGrounds.contains(e.precondition())) {
                problem(
                        LEVERS,
                        files.lineOf(LEVERS, "precondition: " + e.precondition()),
                        "Sanktionen " + e.code() + " har förutsättningen '" + e.precondition()
                                + "', som inte är en uppgift om personen med legalGround: true i "
                                + "vocabulary/person-facts.yaml. Använd en av " + sorted(legalGrounds) + ".");
                continue;
            }
            if (e.minAge() != null && e.minAge() < 0) {
                problem(LEVERS, line, "Åtgärden " + e.code() + " har en negativ minimiålder. Ange en ålder i hela år.");
                continue;
            }
            levers.put(
                    e.code(),
                    new Lever(
                            e.code(),
                            e.nameSv(),
                            blank(e.nameEn()) ? e.code() : e.nameEn(),
                            e.agency(),
                            legalBasis,
                            e.precondition(),
                            e.ground(),
                            e.minAge(),
                            e.sanction()));
        }
        return levers;
    }

    private @Nullable AgeLimits readAges(Lagrum lagrum) {
        AgeFile ages = parse(AGES, AgeFile.class);
        if (ages == null) {
            return null;
        }
        if (ages.criminalResponsibility() == null || ages.adulthood() == null) {
            problem(AGES, 0, "Åldersgränserna ska ha både 'criminalResponsibility' och 'adulthood'.");
            return null;
        }
        if (ages.criminalResponsibility().age() >= ages.adulthood().age()) {
            problem(
                    AGES,
                    files.lineOf(AGES, "criminalResponsibility"),
                    "Straffbarhetsåldern måste vara lägre än myndighetsåldern.");
            return null;
        }
        String criminal =
                legalBasis("Straffbarhetsåldern", "criminalResponsibility", ages.criminalResponsibility(), lagrum);
        String adult = legalBasis("Myndighetsåldern", "adulthood", ages.adulthood(), lagrum);
        if (criminal == null || adult == null) {
            problem(
                    AGES,
                    0,
                    "Varje åldersgräns behöver sitt lagrum: ett id ur " + LAGRUM + " under 'lagrum:', "
                            + "eller en förklarande text i 'legalBasis'.");
            return null;
        }
        return new AgeLimits(
                ages.criminalResponsibility().age(), criminal, ages.adulthood().age(), adult);
    }

    /** The legal basis of one age limit of {@link #AGES}, under its key there. */
    private @Nullable String legalBasis(String what, String key, AgeLimit limit, Lagrum lagrum) {
        return legalBasis(AGES, what, limit.lagrum(), limit.legalBasis(), lagrum, files.lineOf(AGES, key));
    }

    private Map<String, Promise> readPromises(Map<String, Lever> levers) {
        Map<String, Promise> promises = new LinkedHashMap<>();
        List<String> paths = files.paths(PROMISES, ".yaml", ".yml").toList();
        if (paths.isEmpty()) {
            problem(PROMISES, 0, "Det finns inget löfte. Lägg ett löfte som promises/<id>.yaml.");
        }
        for (String path : paths) {
            PromiseFile p = parse(path, PromiseFile.class);
            if (p == null) {
                continue;
            }
            Promise promise = checkPromise(path, p, levers);
            if (promise == null) {
                continue;
            }
            if (promises.containsKey(promise.id())) {
                problem(
                        path,
                        files.lineOf(path, "id:"),
                        "Löftet " + promise.id() + " finns i två filer. Ge varje löfte ett eget id.");
                continue;
            }
            promises.put(promise.id(), promise);
            promiseFiles.put(promise.id(), path);
            lintClauses(path, promise, levers);
        }
        return promises;
    }

    /**
     * Every trigger and every promised lever must be announced by a clause of the promise (the
     * triggers by one with {@code about: TRIGGERS}, each lever by one about its code), so that each
     * action can cite what the group was told.
     */
    private void lintClauses(String path, Promise promise, Map<String, Lever> levers) {
        if (!promise.triggers().isEmpty() && promise.clause(TRIGGERS) == null) {
            lint.add(new RuleProblem(
                    path,
                    Math.max(files.lineOf(path, "triggers:"), 1),
                    "Löftet " + promise.id()
                            + " har utlösande händelser (triggers) men ingen klausul som säger vilka de är. Lägg till en "
                            + "klausul med about: " + TRIGGERS + " vars text nämner varje utlösande händelse."));
        }
        int leversLine = files.lineOf(path, "levers:");
        for (String code : promise.levers()) {
            if (promise.clause(code) == null) {
                @Nullable Lever lever = levers.get(code);
                String named = lever == null ? code : lever.nameSv() + " (" + code + ")";
                int line = leversLine == 0 ? 1 : Math.max(files.lineOf(path, code, leversLine), leversLine);
                lint.add(new RuleProblem(
                        path,
                        line,
                        "Löftet " + promise.id() + " utlovar åtgärden "
                                + named + " men har ingen klausul om den. Lägg till en klausul med about: " + code
                                + " som säger vad gruppen kan vänta sig."));
            }
        }
    }

    private @Nullable Promise checkPromise(String path, PromiseFile p, Map<String, Lever> levers) {
        int before = problems.size();
        if (blank(p.id()) || blank(p.text()) || p.validFrom() == null) {
            problem(path, 0, "Löftet måste ha id, text och validFrom.");
            return null;
        }
        if (p.validTo() != null && p.validTo().isBefore(p.validFrom())) {
            problem(
                    path,
                    files.lineOf(path, "validTo:"),
                    "validTo (" + p.validTo() + ") ligger före validFrom (" + p.validFrom()
                            + "). Ett löfte kan inte upphöra innan det börjar gälla.");
        }
        Set<IncidentType> triggers = new HashSet<>();
        for (String trigger : p.triggers() == null ? List.<String>of() : p.triggers()) {
            if (incidentTypes.containsKey(trigger)) {
                triggers.add(IncidentType.of(trigger));
            } else {
                problem(
                        path,
                        files.lineOf(path, trigger),
                        "Okänd händelsetyp '" + trigger + "'. Tillåtna typer: "
                                + String.join(", ", incidentTypes.keySet()) + ", eller lägg till typen i "
                                + VocabularyFiles.INCIDENT_TYPES + ".");
            }
        }
        if (triggers.isEmpty() && problems.size() == before) {
            problem(path, files.lineOf(path, "triggers:"), "Löftet har inga utlösande händelsetyper (triggers).");
        }
        List<String> promised = p.levers() == null ? List.of() : p.levers();
        for (String lever : promised) {
            if (!levers.containsKey(lever)) {
                problem(
                        path,
                        files.lineOf(path, lever),
                        "Åtgärden " + lever + " finns inte i levers.yaml. "
                                + "Stava koden som i katalogen eller lägg till åtgärden där.");
            }
        }
        Map<Priority, Integer> deadlines = new EnumMap<>(Priority.class);
        Map<String, Integer> given = p.deadlines() == null ? Map.of() : p.deadlines();
        for (Priority priority : Priority.values()) {
            Integer days = given.get(priority.name());
            if (days == null || days < 1) {
                problem(
                        path,
                        files.lineOf(path, "deadlines:"),
                        "Löftet saknar en frist i dagar (minst 1) för prioriteten " + priority + ".");
            } else {
                deadlines.put(priority, days);
            }
        }
        given.keySet().stream()
                .filter(k -> Arrays.stream(Priority.values())
                        .noneMatch(pr -> pr.name().equals(k)))
                .forEach(k -> problem(
                        path,
                        files.lineOf(path, k + ":"),
                        "Okänd prioritet '" + k + "' under deadlines. Tillåtna: STANDARD, ESCALATED."));
        if (p.escalationWindowDays() < 1) {
            problem(path, files.lineOf(path, "escalationWindowDays"), "escalationWindowDays måste vara minst 1 dag.");
        }
        List<PromiseClause> clauses = new ArrayList<>();
        for (ClauseEntry c : p.clauses() == null ? List.<ClauseEntry>of() : p.clauses()) {
            if (blank(c.ref()) || blank(c.about()) || blank(c.text())) {
                problem(path, files.lineOf(path, "clauses:"), "Varje klausul behöver ref, about och text.");
            } else {
                clauses.add(new PromiseClause(c.ref(), c.about(), c.text().strip()));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Promise(
                p.id(),
                p.text().strip(),
                p.validFrom(),
                p.validTo(),
                triggers,
                promised,
                deadlines,
                p.escalationWindowDays(),
                clauses);
    }

    private <T> @Nullable T parse(String path, Class<T> type) {
        return PolicyYaml.read(files, path, type, problems);
    }

    private void problem(String file, int line, String message) {
        problems.add(new RuleProblem(file, line, message));
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static String sorted(Set<String> names) {
        return names.stream().sorted().collect(Collectors.joining(", "));
    }
}

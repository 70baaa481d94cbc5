package se.samverkan.gvi.decision.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import se.samverkan.gvi.decision.Lever;
import se.samverkan.gvi.decision.RuleInfo;
import se.samverkan.gvi.decision.RuleProblem;
import se.samverkan.gvi.decision.Vocabulary;

/**
 * Builds one KieBase from the rule sources of a folder with the classic engine (KieFileSystem), and
 * lints the compiled rules' metadata. The KieBase is built once per rule-set version and is safe to
 * share between threads.
 */
public final class RuleCompiler {

    /** Only these suffixes are rule sources; Drools reads decision tables only as *.drl.csv / *.drl.xlsx. */
    public static final List<String> SOURCE_SUFFIXES = List.of(".drl", ".dslr", ".dsl", ".drl.csv", ".drl.xlsx");

    private static final String RESOURCES = "src/main/resources/";
    private static final Pattern LEVER_REFERENCE = Pattern.compile("code\\s*==\\s*\"([A-Z_]+)\"");
    private static final Pattern QUOTED_RULE = Pattern.compile("rule \"([^\"]+)\"");
    private static final Pattern REASON_WORDS = Pattern.compile("med skälet\\s+\"(?<name>[^\"]*)\"");
    private static final Pattern REASON_CODE = Pattern.compile("med skälet\\s+(?<name>[A-Z][A-Z0-9_]*)\\s*:");
    private static final Pattern LEVER_WORDS = Pattern.compile("^\\s*Åtgärden\\s+\"(?<name>[^\"]*)\"\\s*$");
    private static final Pattern LEVER_CODE = Pattern.compile("^\\s*Åtgärden\\s+(?<name>[A-Z][A-Z0-9_]*)\\s*$");
    private static final Pattern DECLARES_PACKAGE = Pattern.compile("(?m)^\\s*package\\s");
    private static final String RULE_LANGUAGE_HEADER =
            "package gvi; import se.samverkan.gvi.decision.*; import se.samverkan.gvi.decision.facts.*;";
    private static final Pattern RULE_HEADER = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

    private RuleCompiler() {}

    /** The compiled rules, or the problems that prevented it. */
    public record Compiled(@Nullable KieBase kieBase, List<RuleInfo> rules, List<RuleProblem> problems) {}

    /**
     * The last few successful builds, by their rule sources. Sites that add no rule file of their own
     * share the common rules' sources exactly (only promises, data, differ), so their rule sets share
     * one compiled KieBase: it is immutable, and every evaluation opens its own stateless session.
     */
    private static final int CACHED_BUILDS = 4;

    private static final Map<String, Compiled> BUILT = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Compiled> eldest) {
            return size() > CACHED_BUILDS;
        }
    };

    public static Compiled compile(
            RuleFiles files, String version, Vocabulary vocabulary, Map<String, Lever> levers, Lagrum lagrum) {
        List<String> sources = sources(files);
        Map<String, byte[]> engineSources = new LinkedHashMap<>();
        List<RuleProblem> wording = new ArrayList<>();
        for (String path : sources) {
            engineSources.put(path, engineSource(path, files, vocabulary, levers, lagrum, wording));
        }
        if (!wording.isEmpty()) {
            return new Compiled(null, List.of(), wording);
        }
        String key = sourcesKey(engineSources);
        synchronized (BUILT) {
            Compiled built = BUILT.get(key);
            if (built != null) {
                return built;
            }
        }
        Compiled compiled = build(files, engineSources, version);
        if (compiled.kieBase() != null && compiled.problems().isEmpty()) {
            synchronized (BUILT) {
                BUILT.put(key, compiled);
            }
        }
        return compiled;
    }

    /**
     * The source as the engine compiles it. A file in the rule language declares neither package nor
     * imports: the engine's fact types are machinery, so they are added here, on a line of their own
     * before the file's first line (the engine finds a rule only at the start of a line); the
     * engine's line numbers for such a file are one more than the reviewer's. An exclusion reason is written with the
     * vocabulary's Swedish words ({@code med skälet "frihetsberövad"}) and replaced here by its code,
     * so unknown words are refused at their line before the engine sees them.
     */
    private static byte[] engineSource(
            String path,
            RuleFiles files,
            Vocabulary vocabulary,
            Map<String, Lever> levers,
            Lagrum lagrum,
            List<RuleProblem> problems) {
        if (path.endsWith(".drl.csv")) {
            // the table's rows were read and their ids checked by LeverTables; only written out here
            return lagrum.expand(files.text(path), path, 0, new ArrayList<>()).getBytes(StandardCharsets.UTF_8);
        }
        if (!path.endsWith(".dslr") && !path.endsWith(".drl")) {
            return Objects.requireNonNull(files.contents().get(path), path);
        }
        String[] lines = files.text(path).split("\n", -1);
        if (path.endsWith(".drl")) {
            for (int i = 0; i < lines.length; i++) {
                lines[i] = lagrum.expandLegalBasis(lines[i], path, i + 1, problems);
            }
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        }
        problems.addAll(RuleLanguage.lint(path, files.text(path)));
        QuotedName reasons = QuotedName.reasons(vocabulary);
        QuotedName leverNames = QuotedName.levers(levers);
        for (int i = 0; i < lines.length; i++) {
            String line = leverNames.toCode(reasons.toCode(lines[i], path, i + 1, problems), path, i + 1, problems);
            lines[i] = lagrum.expandLegalBasis(line, path, i + 1, problems);
        }
        String text = String.join("\n", lines);
        if (!DECLARES_PACKAGE.matcher(text).find()) {
            text = RULE_LANGUAGE_HEADER + "\n" + text;
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A name the rule language writes as its Swedish words within quotes, and the engine reads as its
     * code: an exclusion reason ({@code med skälet "frihetsberövad"}) or a lever ({@code Åtgärden
     * "erbjudande om stöd"}). Both patterns capture the code or the quoted words as {@code name}.
     *
     * @param swedish      the Swedish words by code, in the order a refusal lists them
     * @param writeInWords the refusal of a code written as such, before the words to write instead
     * @param here         the words to write instead of a known code ({@code %s}: its words)
     * @param unknown      the refusal of words that name nothing ({@code %s}: the words, then the list)
     */
    private record QuotedName(
            Pattern byCode,
            Pattern byWords,
            Map<String, String> swedish,
            String writeInWords,
            String here,
            String unknown) {

        static QuotedName reasons(Vocabulary vocabulary) {
            Map<String, String> swedish = new LinkedHashMap<>();
            vocabulary.exclusionReasons().forEach((code, term) -> swedish.put(code, term.sv()));
            return new QuotedName(
                    REASON_CODE,
                    REASON_WORDS,
                    swedish,
                    "Skriv skälet med ordlistans svenska ord inom citattecken, ",
                    "här med skälet \"%s\".",
                    "Skälet \"%s\" finns inte i ordlistan (vocabulary/exclusion-reasons.yaml). Skriv ett av %s, "
                            + "eller lägg till skälet i ordlistan.");
        }

        /** A lever is named by its Swedish name in the catalogue ({@code Åtgärden "erbjudande om stöd"}). */
        static QuotedName levers(Map<String, Lever> levers) {
            Map<String, String> swedish = new LinkedHashMap<>();
            levers.forEach((code, lever) -> swedish.put(code, lever.nameSv()));
            return new QuotedName(
                    LEVER_CODE,
                    LEVER_WORDS,
                    swedish,
                    "Skriv åtgärden med sitt svenska namn i levers.yaml inom citattecken, ",
                    "här Åtgärden \"%s\".",
                    "Åtgärden \"%s\" finns inte i levers.yaml. Skriv åtgärdens namn (nameSv) som i katalogen, "
                            + "ett av %s, eller lägg till åtgärden där.");
        }

        /** The line with the quoted words replaced by their code; a code written as such, or unknown words, is refused. */
        String toCode(String line, String path, int lineNo, List<RuleProblem> problems) {
            Matcher code = byCode.matcher(line);
            if (code.find()) {
                String words = swedish.get(code.group("name"));
                problems.add(new RuleProblem(
                        path,
                        lineNo,
                        writeInWords + (words != null ? here.formatted(words) : "ett av " + list() + ".")));
                return line;
            }
            Matcher written = byWords.matcher(line);
            if (!written.find()) {
                return line;
            }
            String wanted = written.group("name").strip();
            Optional<String> named = swedish.entrySet().stream()
                    .filter(e -> e.getValue().equalsIgnoreCase(wanted))
                    .map(Map.Entry::getKey)
                    .findFirst();
            if (named.isEmpty()) {
                problems.add(new RuleProblem(path, lineNo, unknown.formatted(wanted, list())));
                return line;
            }
            // the words give way to the code, with their quotes
            return line.substring(0, written.start("name") - 1) + named.get() + line.substring(written.end());
        }

        private String list() {
            return swedish.values().stream()
                    .map(w -> "\"" + w + "\"")
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    private static String sourcesKey(Map<String, byte[]> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> source : sources.entrySet()) {
                sha.update(source.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(source.getValue());
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Compiled build(RuleFiles files, Map<String, byte[]> engineSources, String version) {
        List<String> sources = List.copyOf(engineSources.keySet());
        KieServices kie = KieServices.Factory.get();
        KieFileSystem kfs = kie.newKieFileSystem();
        ReleaseId releaseId = kie.newReleaseId("se.samverkan.gvi.rules", "rules-" + version.substring(0, 16), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        List<RuleProblem> problems = new ArrayList<>();
        if (sources.isEmpty()) {
            problems.add(
                    new RuleProblem("gvi/", 0, "Det finns inga regelfiler (*.drl, *.dslr, *.drl.csv) under gvi/."));
            return new Compiled(null, List.of(), problems);
        }
        for (String path : sources) {
            kfs.write(RESOURCES + path, engineSources.get(path));
        }
        KieBuilder builder = kie.newKieBuilder(kfs).buildAll();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = relative(message.getPath());
            problems.add(new RuleProblem(
                    path,
                    sourceLine(files, path, message),
                    RuleLanguage.explain(message.getText().strip(), files)));
        }
        if (!problems.isEmpty()) {
            kie.getRepository().removeKieModule(releaseId);
            return new Compiled(null, List.of(), problems);
        }
        KieContainer container = kie.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        kie.getRepository().removeKieModule(releaseId);
        List<RuleInfo> rules = describe(kieBase, files, sources, problems);
        return new Compiled(problems.isEmpty() ? kieBase : null, rules, problems);
    }

    private static final Pattern GENERATED_ROW_NAME = Pattern.compile("^(.+)_(\\d+)$");

    /** A decision-table row without a NAME is called "<table>_<row>" by the engine. */
    private static @Nullable Location tableRow(String ruleName, RuleFiles files, List<String> sources) {
        Matcher generated = GENERATED_ROW_NAME.matcher(ruleName);
        if (!generated.matches()) {
            return null;
        }
        for (String path : sources) {
            if (!path.endsWith(".drl.csv") && !path.endsWith(".drl.xlsx")) {
                continue;
            }
            if (files.lineOf(path, "RuleTable " + generated.group(1)) > 0) {
                return new Location(path, Integer.parseInt(generated.group(2)));
            }
        }
        return null;
    }

    private static List<String> sources(RuleFiles files) {
        return files.contents().keySet().stream()
                .filter(p -> SOURCE_SUFFIXES.stream().anyMatch(p::endsWith))
                .sorted()
                .toList();
    }

    private static List<RuleInfo> describe(
            KieBase kieBase, RuleFiles files, List<String> sources, List<RuleProblem> problems) {
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Location where = locate(rule.getName(), files, sources);
                String id = RuleMeta.value(rule, "id");
                String legalBasis = RuleMeta.value(rule, "legalBasis");
                if (id == null) {
                    problems.add(new RuleProblem(
                            where.file(),
                            where.line(),
                            "Regeln \"" + rule.getName()
                                    + "\" saknar @id. Ange beteendets id, till exempel @id(\"GVI-07\")."));
                }
                if (legalBasis == null) {
                    problems.add(
                            new RuleProblem(
                                    where.file(),
                                    where.line(),
                                    "Regeln \"" + rule.getName()
                                            + "\" saknar @legalBasis. Ange lagrummet, till exempel @legalBasis(\"BrB 1 kap. 6 §\")."));
                }
                rules.add(new RuleInfo(
                        rule.getName(),
                        id == null ? "" : id,
                        legalBasis == null ? "" : legalBasis,
                        RuleMeta.value(rule, "promiseClause"),
                        where.file(),
                        where.line(),
                        sourceOf(files, where)));
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::file)
                .thenComparingInt(RuleInfo::line)
                .thenComparing(RuleInfo::name));
        return rules;
    }

    record Location(String file, int line) {}

    /** The text of the rule from its header to its {@code end}, or its decision-table row. */
    private static String sourceOf(RuleFiles files, Location where) {
        if (where.line() < 1) {
            return "";
        }
        String[] lines = files.text(where.file()).split("\n", -1);
        if (!where.file().endsWith(".drl") && !where.file().endsWith(".dslr")) {
            return lines[where.line() - 1].strip();
        }
        StringBuilder text = new StringBuilder();
        for (int i = where.line() - 1; i < lines.length; i++) {
            text.append(lines[i]).append('\n');
            if (lines[i].strip().equals("end")) {
                break;
            }
        }
        return text.toString();
    }

    /** Where a rule is written: the DRL header line, or the decision-table row that names it. */
    private static Location locate(String ruleName, RuleFiles files, List<String> sources) {
        for (String path : sources) {
            String[] lines = files.text(path).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = RULE_HEADER.matcher(lines[i]);
                if (m.find() && m.group(1).equals(ruleName)) {
                    return new Location(path, i + 1);
                }
                if ((path.endsWith(".csv") || path.endsWith(".xlsx")) && lines[i].contains(ruleName)) {
                    return new Location(path, i + 1);
                }
            }
        }
        Location row = tableRow(ruleName, files, sources);
        return row != null ? row : new Location("gvi/", 0);
    }

    /** Lever codes a rule in the engine's own language names ({@code code == "X"}); the rule language names levers by their words. */
    public static List<RuleProblem> unknownLevers(RuleFiles files, Set<String> levers) {
        List<RuleProblem> problems = new ArrayList<>();
        for (String path : sources(files)) {
            String[] lines = files.text(path).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = LEVER_REFERENCE.matcher(lines[i]);
                while (m.find()) {
                    String code = m.group(1);
                    if (!levers.contains(code)) {
                        problems.add(
                                new RuleProblem(
                                        path,
                                        i + 1,
                                        "Åtgärden " + code
                                                + " finns inte i levers.yaml. Stava koden som i katalogen eller lägg till åtgärden där."));
                    }
                }
            }
        }
        return problems;
    }

    /**
     * The line of a compile error in the file the reviewer wrote. For a decision table Drools
     * reports lines of the DRL it generated, so the row that names the rule is used instead.
     */
    private static int sourceLine(RuleFiles files, String path, Message message) {
        if (path.endsWith(".dslr")
                && !DECLARES_PACKAGE.matcher(files.text(path)).find()) {
            return Math.max(message.getLine() - 1, 0);
        }
        if (!path.endsWith(".csv") && !path.endsWith(".xlsx")) {
            return Math.max(message.getLine(), 0);
        }
        Matcher named = QUOTED_RULE.matcher(message.getText());
        if (named.find()) {
            return files.lineOf(path, named.group(1));
        }
        return rowNamingAWordOf(files.text(path), message.getText());
    }

    /**
     * The table row that holds a word the error quotes ("sju cannot be resolved"), when exactly one
     * row has it; 0 when the error cannot be tied to one row.
     */
    private static int rowNamingAWordOf(String table, String error) {
        Set<String> quoted = words(error);
        String[] rows = table.split("\n", -1);
        int found = 0;
        for (int i = 0; i < rows.length; i++) {
            Set<String> cells = words(rows[i]);
            cells.retainAll(quoted);
            if (!cells.isEmpty()) {
                if (found != 0) {
                    return 0;
                }
                found = i + 1;
            }
        }
        return found;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.split("[^\\p{L}\\p{N}_]+")) {
            if (word.length() >= 3 && !word.chars().allMatch(Character::isDigit)) {
                words.add(word);
            }
        }
        return words;
    }

    private static String relative(@Nullable String path) {
        if (path == null) {
            return "gvi/";
        }
        return path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path;
    }
}

package se.samverkan.gvi.decision.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverkan.gvi.decision.RuleProblem;
import se.samverkan.gvi.decision.facts.Wording;

/**
 * What a reviewer's file in the Swedish rule language may say, and the plain Swedish a mistake in it
 * is reported in: the sentences of {@code sv.dsl}, the common slips a line can be checked for before
 * the engine sees it (an unclosed quote or parenthesis, a misspelt placeholder), and the engine's own
 * messages said in the reviewer's words, the engine's text kept only as an addition.
 */
final class RuleLanguage {

    private static final Pattern SENTENCE = Pattern.compile("^\\[(when|then)\\](.*?)(?<!\\\\)=");
    private static final Pattern UNKNOWN_SENTENCE = Pattern.compile("Unable to expand:\\s*(.*)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern BODY_START = Pattern.compile("^\\s*(when|then)\\s*$");
    private static final Pattern BODY_END = Pattern.compile("^\\s*end\\s*$");

    private RuleLanguage() {}

    /** Every sentence the rule language defines, as a reviewer writes it. */
    static List<String> sentences(RuleFiles files) {
        List<String> sentences = new ArrayList<>();
        files.paths("", ".dsl").sorted().forEach(path -> {
            for (String line : files.text(path).split("\n", -1)) {
                Matcher m = SENTENCE.matcher(line.strip());
                if (m.find()) {
                    sentences.add(m.group(2).strip());
                }
            }
        });
        return sentences;
    }

    /** The slips a reviewer makes most often, found line by line in the conditions and consequences. */
    static List<RuleProblem> lint(String path, String text) {
        List<RuleProblem> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean inBody = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (BODY_START.matcher(line).matches()) {
                inBody = true;
                continue;
            }
            if (BODY_END.matcher(line).matches()) {
                inBody = false;
                continue;
            }
            if (!inBody || line.isEmpty() || line.startsWith("//") || line.startsWith("#")) {
                continue;
            }
            lintLine(path, i + 1, line, problems);
        }
        return problems;
    }

    private static void lintLine(String path, int lineNo, String line, List<RuleProblem> problems) {
        if (line.chars().filter(c -> c == '"').count() % 2 != 0) {
            problems.add(new RuleProblem(
                    path,
                    lineNo,
                    "Ett citattecken stängs aldrig på raden. En förklaring börjar och "
                            + "slutar med \" på samma rad: Föreslå åtgärden: \"<person> …\"."));
            return;
        }
        String outside = QUOTED.matcher(line).replaceAll("\"\"");
        long open = outside.chars().filter(c -> c == '(').count();
        long close = outside.chars().filter(c -> c == ')').count();
        if (open != close) {
            problems.add(
                    new RuleProblem(
                            path,
                            lineNo,
                            open > close
                                    ? "En parentes öppnas men stängs aldrig på raden. Skriv ) där det som står inom parentes slutar."
                                    : "En parentes stängs utan att ha öppnats på raden. Ta bort ) eller skriv ( där parentesen börjar."));
        }
        Matcher quoted = QUOTED.matcher(line);
        while (quoted.find()) {
            Matcher placeholder = Wording.PLACEHOLDER.matcher(quoted.group(1));
            while (placeholder.find()) {
                String name = placeholder.group(1);
                if (!Wording.PLACEHOLDERS.contains(name)) {
                    String nearest = closest(
                                    name, Wording.PLACEHOLDERS.stream().sorted().toList(), 1)
                            .get(0);
                    problems.add(new RuleProblem(
                            path,
                            lineNo,
                            "Platshållaren <" + name + "> finns inte. Menade du <"
                                    + nearest + ">? Tillgängliga: "
                                    + Wording.PLACEHOLDERS.stream()
                                            .sorted()
                                            .map(p -> "<" + p + ">")
                                            .reduce((a, b) -> a + ", " + b)
                                            .orElse("")
                                    + "."));
                }
            }
        }
    }

    /** The engine's message for a reviewer's file, in plain Swedish with a hint, the engine's text last. */
    static String explain(String raw, RuleFiles files) {
        Matcher unknown = UNKNOWN_SENTENCE.matcher(raw);
        if (unknown.find()) {
            String written = unknown.group(1).strip();
            List<String> nearest = closest(written, sentences(files), 2);
            return "Meningen \"" + written
                    + "\" finns inte i sv.dsl. Skriv den exakt som i sv.dsl, eller be att få en ny "
                    + "mening där."
                    + (nearest.isEmpty()
                            ? ""
                            : " Närmast finns: "
                                    + nearest.stream()
                                            .map(s -> "\"" + s + "\"")
                                            .reduce((a, b) -> a + " eller " + b)
                                            .orElse("")
                                    + ".");
        }
        return hint(raw) + " (Regelmotorns meddelande: " + raw + ")";
    }

    private static String hint(String raw) {
        String text = raw.toLowerCase(Locale.ROOT);
        if (text.contains("duplicate rule name")) {
            return "Två regler har samma namn. Ge regeln ett eget namn, en mening som säger vad den gör.";
        }
        if (text.contains("mismatched input")
                || text.contains("no viable alternative")
                || text.contains("missing")
                || text.contains("extraneous input")
                || text.contains("unexpected")) {
            return "Regeln kan inte läsas här. Vanliga orsaker: en parentes eller ett citattecken som inte stängs, "
                    + "ett end som saknas efter regeln, eller en rad utanför when och then.";
        }
        if (text.contains("unable to resolve objecttype")) {
            return "Regeln talar om något som regelmotorn inte känner till. Använd meningarna i sv.dsl.";
        }
        if (text.contains("cannot be resolved")
                || text.contains("unable to analyse expression")
                || text.contains("unable to build expression")
                || text.contains("not defined")) {
            return "En mening använder något som regeln inte har hittat före den, till exempel en person, ett löfte "
                    + "eller en åtgärd. Skriv meningarna i samma ordning som i de andra reglerna: först gruppen och "
                    + "löftet, sedan personen, sist åtgärden.";
        }
        return "Regeln kan inte kompileras. Kontrollera att varje mening står som i sv.dsl och att regeln slutar med end.";
    }

    /** The candidates nearest to what was written, by edit distance on the words before any quote. */
    static List<String> closest(String written, List<String> candidates, int count) {
        String wanted = plain(written);
        return candidates.stream()
                .sorted(Comparator.comparingInt((String c) -> distance(wanted, plain(c)))
                        .thenComparing(c -> c))
                .limit(count)
                .toList();
    }

    private static String plain(String sentence) {
        int quote = sentence.indexOf('"');
        int brace = sentence.indexOf('{');
        int cut = quote < 0 ? brace : brace < 0 ? quote : Math.min(quote, brace);
        return (cut < 0 ? sentence : sentence.substring(0, cut)).strip().toLowerCase(Locale.ROOT);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

package se.samverkan.gvi.decision.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverkan.gvi.decision.RuleProblem;

/**
 * The register of legal references ({@code lagrum.yaml}) as every legal-basis text uses it: a rule's
 * {@code @legalBasis}, a table row's legal ground, a lever's or an age's note. An id of the register
 * in square brackets ({@code [BRB-1-6]}) stands for the reference in full ("Brottsbalken (1962:700) 1
 * kap. 6 §"), so a reference is written, and corrected, in one place. A reference written out by
 * hand beside the register (an SFS number, a chapter or a section) is found, and the full check
 * refuses it.
 */
public final class Lagrum {

    /** A register id in square brackets. */
    private static final Pattern ID = Pattern.compile("\\[([A-ZÅÄÖ][A-ZÅÄÖ0-9-]*)\\]");

    /** What only a reference written by hand contains: an SFS number, a chapter or a section. */
    private static final Pattern BY_HAND =
            Pattern.compile("\\(\\d{4}:\\d{1,4}\\)|\\b\\d+\\s*kap\\.|\\b\\d+\\s*[a-z]?\\s*§");

    private static final Pattern LEGAL_BASIS = Pattern.compile("@legalBasis\\(\\s*\"([^\"]*)\"\\s*\\)");

    private final Map<String, String> citations;

    public Lagrum(Map<String, String> citations) {
        this.citations = Map.copyOf(citations);
    }

    /** The references in full, by id. */
    public Map<String, String> citations() {
        return citations;
    }

    /**
     * The text with each bracketed id replaced by its reference in full; an unknown id is a problem at
     * the text's file and line, and stays as written.
     */
    public String expand(String text, String path, int line, List<RuleProblem> problems) {
        Matcher id = ID.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (id.find()) {
            String citation = citations.get(id.group(1));
            if (citation == null) {
                problems.add(new RuleProblem(path, line, unknown(id.group(1))));
                citation = id.group();
            }
            id.appendReplacement(expanded, Matcher.quoteReplacement(citation));
        }
        id.appendTail(expanded);
        return expanded.toString();
    }

    /** A rule file's line with the ids in its {@code @legalBasis} replaced; other lines as they are. */
    public String expandLegalBasis(String line, String path, int lineNo, List<RuleProblem> problems) {
        Matcher basis = LEGAL_BASIS.matcher(line);
        if (!basis.find()) {
            return line;
        }
        return line.substring(0, basis.start(1))
                + expand(basis.group(1), path, lineNo, problems)
                + line.substring(basis.end(1));
    }

    /**
     * A problem for a legal-basis text that writes a reference by hand, such as "Brottsbalken 1 kap. 6
     * §", rather than naming it from the register; none for a text that only names ids.
     */
    public List<RuleProblem> handWritten(String text, String path, int line) {
        Matcher byHand = BY_HAND.matcher(ID.matcher(text).replaceAll(""));
        if (!byHand.find()) {
            return List.of();
        }
        return List.of(new RuleProblem(
                path,
                line,
                "Lagrummet står skrivet för hand (\"" + byHand.group().strip() + "\" i \"" + text + "\"). Lägg "
                        + "lagrummet i " + PolicyFiles.LAGRUM + " och hänvisa till det med sitt id inom "
                        + "hakparentes, till exempel [BRB-1-6], så skrivs det bara på ett ställe."));
    }

    /** Every hand-written reference in the rule files' {@code @legalBasis} annotations, at file and line. */
    public List<RuleProblem> handWrittenInRules(RuleFiles files) {
        List<RuleProblem> found = new ArrayList<>();
        for (String path : files.contents().keySet()) {
            if (!path.endsWith(".dslr") && !path.endsWith(".drl")) {
                continue;
            }
            String[] lines = files.text(path).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher basis = LEGAL_BASIS.matcher(lines[i]);
                if (basis.find()) {
                    found.addAll(handWritten(basis.group(1), path, i + 1));
                }
            }
        }
        return found;
    }

    private String unknown(String id) {
        return "Lagrummet [" + id + "] finns inte i " + PolicyFiles.LAGRUM + ". Skriv ett id därifrån ("
                + String.join(", ", citations.keySet().stream().sorted().toList())
                + ") eller lägg till lagrummet där.";
    }
}

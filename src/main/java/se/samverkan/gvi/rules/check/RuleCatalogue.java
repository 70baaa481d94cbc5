package se.samverkan.gvi.rules.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.samverkan.gvi.decision.DeadlineRow;
import se.samverkan.gvi.decision.Lever;
import se.samverkan.gvi.decision.MinimumAgeRow;
import se.samverkan.gvi.decision.Promise;
import se.samverkan.gvi.decision.RuleInfo;
import se.samverkan.gvi.decision.RuleSet;
import se.samverkan.gvi.decision.Vocabulary;

/**
 * The living documentation of a rule set, for jurists: each behaviour with its rules as written,
 * their legal basis and promise clause, and its scenarios as readable examples with whether they
 * passed in the check that produced the catalogue; then the lever catalogue with the rows of the
 * minimum-age and deadline tables (each with its legal reference), and the promises.
 */
public final class RuleCatalogue {

    /** One behaviour with its rules and its scenarios. */
    public record Entry(String id, String sv, String en, List<RuleInfo> rules, List<Example> examples) {}

    /** One scenario as a reader sees it: its text, where it is written, and its last result. */
    public record Example(
            String name,
            String uri,
            int line,
            boolean passed,
            @Nullable String message,
            String text) {}

    /**
     * The whole catalogue.
     *
     * @param note a remark shown above the catalogue (for example that the folder differs from the
     *             version that serves), or null
     */
    public record Model(
            String version,
            Instant checkedAt,
            boolean passed,
            List<Entry> behaviours,
            List<Lever> levers,
            List<MinimumAgeRow> minimumAgeRows,
            List<DeadlineRow> deadlineRows,
            List<Promise> promises,
            Vocabulary vocabulary,
            @Nullable String note) {

        public Model withNote(@Nullable String text) {
            return new Model(
                    version,
                    checkedAt,
                    passed,
                    behaviours,
                    levers,
                    minimumAgeRows,
                    deadlineRows,
                    promises,
                    vocabulary,
                    text);
        }
    }

    private RuleCatalogue() {}

    public static Model model(RuleCheck.Report report, BehaviourCatalogue behaviours, Instant checkedAt) {
        RuleSet ruleSet = report.ruleSet();
        if (ruleSet == null) {
            throw new IllegalArgumentException("the rule folder did not build, so there is no catalogue to write");
        }
        Map<String, List<String>> featureLines = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (BehaviourCatalogue.Behaviour b : behaviours.behaviours()) {
            List<RuleInfo> rules =
                    ruleSet.rules().stream().filter(r -> r.id().equals(b.id())).toList();
            List<Example> examples = report.scenarios().stream()
                    .filter(s -> s.illustrates(b.id()))
                    .map(s -> new Example(
                            s.name(),
                            s.uri(),
                            s.line(),
                            s.passed(),
                            s.message(),
                            scenarioText(featureLines.computeIfAbsent(s.uri(), RuleCatalogue::lines), s.line())))
                    .toList();
            entries.add(new Entry(b.id(), b.sv(), b.en(), rules, examples));
        }
        List<Lever> levers = ruleSet.levers().values().stream()
                .sorted(Comparator.comparing(Lever::code))
                .toList();
        List<Promise> promises = ruleSet.promises().values().stream()
                .sorted(Comparator.comparing(Promise::validFrom).thenComparing(Promise::id))
                .toList();
        return new Model(
                ruleSet.version(),
                checkedAt,
                report.passed(),
                entries,
                levers,
                ruleSet.minimumAgeRows(),
                ruleSet.deadlineRows(),
                promises,
                ruleSet.vocabulary(),
                null);
    }

    /** The catalogue as one self-contained HTML page. */
    public static String html(Model model) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        Context context = new Context(Locale.forLanguageTag("sv"));
        context.setVariable("catalogue", model);
        return engine.process("rules/catalogue", context);
    }

    public static void write(Model model, Path outDir) {
        try {
            Files.createDirectories(outDir);
            Files.writeString(outDir.resolve("index.html"), html(model), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String uri) {
        try {
            return Files.readAllLines(Path.of(uri), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The scenario block, preceded by its feature's background, as it is written. */
    static String scenarioText(List<String> lines, int scenarioLine) {
        if (lines.isEmpty() || scenarioLine < 1 || scenarioLine > lines.size()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        int background = -1;
        for (int i = 0; i < scenarioLine - 1; i++) {
            String t = lines.get(i).strip();
            if (t.startsWith("Bakgrund:") || t.startsWith("Background:")) {
                background = i;
            }
        }
        if (background >= 0) {
            appendBlock(lines, background, text);
            text.append('\n');
        }
        appendBlock(lines, scenarioLine - 1, text);
        return text.toString().stripTrailing();
    }

    private static void appendBlock(List<String> lines, int start, StringBuilder text) {
        text.append(lines.get(start).strip()).append('\n');
        for (int i = start + 1; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (t.startsWith("@")
                    || t.matches(
                            "^(Scenario|Scenariomall|Scenario Outline|Example|Bakgrund|Background|Regel|Rule):.*")) {
                break;
            }
            text.append("  ")
                    .append(lines.get(i).strip().isEmpty() ? "" : lines.get(i).replaceFirst("^\\s{0,4}", ""))
                    .append('\n');
        }
    }
}

package se.samverkan.gvi.rules.check;

import io.cucumber.core.feature.FeatureWithLines;
import io.cucumber.core.feature.GluePath;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.options.RuntimeOptionsBuilder;
import io.cucumber.core.runtime.Runtime;
import io.cucumber.plugin.Plugin;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.RuleSet;
import se.samverkan.gvi.rules.check.scenarios.ScenarioGlue;

/**
 * One run of every scenario under some feature paths against a rule set, on Cucumber's runtime
 * with one thread per processor: the rule set is handed to the glue through the run's own object
 * factories (one per thread, since a factory holds the step instances of the scenario it runs), the
 * results are collected by the run's own plugin in the scenarios' order, and no plugin writes to the
 * console. Nothing is shared between runs, so two checks (of two sites, or a reload beside a
 * reviewer's check) run at once without meeting.
 */
final class ScenarioRun {

    /** The glue package the scenarios run with, shipped in the product. */
    static final String GLUE = "se.samverkan.gvi.rules.check.scenarios";

    /** The scenarios are independent examples, so they run on every processor. */
    private static final int THREADS =
            Math.max(1, java.lang.Runtime.getRuntime().availableProcessors());

    private ScenarioRun() {}

    static List<ScenarioResult> of(RuleSet ruleSet, List<Path> features) {
        return run(ruleSet, features, null, new Plugin[0]);
    }

    /** The same run, with more plugins watching it (they see the run's events, nothing else). */
    static List<ScenarioResult> of(RuleSet ruleSet, List<Path> features, Plugin... watchers) {
        return run(ruleSet, features, null, watchers);
    }

    /**
     * Only the scenarios whose tags match a Cucumber tag expression: {@code "@GVI-10"}, the scenarios
     * that illustrate a behaviour ({@link ScenarioResult#illustrates}); {@code "not @GVI-10"}, all others.
     */
    static List<ScenarioResult> tagged(String tagExpression, RuleSet ruleSet, List<Path> features) {
        return run(ruleSet, features, tagExpression, new Plugin[0]);
    }

    private static List<ScenarioResult> run(
            RuleSet ruleSet, List<Path> features, @Nullable String tag, Plugin... watchers) {
        RuntimeOptionsBuilder options = new RuntimeOptionsBuilder()
                .addGlue(GluePath.parse(GLUE))
                .setMonochrome()
                .setPublishQuiet(true)
                .setThreads(THREADS);
        if (tag != null) {
            options.addTagFilter(TagExpressionParser.parse(tag));
        }
        features.forEach(f ->
                options.addFeature(FeatureWithLines.parse(f.toAbsolutePath().toString())));
        RuntimeOptions runtimeOptions = options.build();
        ThreadLocal<ScenarioGlue> glue = ThreadLocal.withInitial(() -> new ScenarioGlue(() -> ruleSet));
        ScenarioReporter reporter = new ScenarioReporter();
        Plugin[] plugins =
                Stream.concat(Stream.of(reporter), Arrays.stream(watchers)).toArray(Plugin[]::new);
        ClassLoader classLoader = ScenarioRun.class.getClassLoader();
        Runtime.builder()
                .withRuntimeOptions(runtimeOptions)
                .withClassLoader(() -> classLoader)
                .withObjectFactorySupplier(glue::get)
                .withAdditionalPlugins(plugins)
                .build()
                .run();
        return reporter.results();
    }
}

package se.samverkan.gvi.decision;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.samverkan.gvi.decision.plain.PlainFacts;
import se.samverkan.gvi.decision.plain.PlainRules;

/**
 * One evaluation of an incident with one mapped group, as {@code rules bench} measures it: the rule
 * set of the folder's first site, and the synthetic fictional group of {@link SyntheticCase} with 5,
 * 50 or 500 members. Sample time gives the median and the 99th percentile beside the mean.
 *
 * <p>{@code plainDrools} evaluates the same case with {@link PlainRules}, an ordinary classic-Drools
 * rule base of 18 rules deciding the same things, as the baseline the engine is measured against.
 * The set-up prints the actions and exclusions each gives, counted by lever and by reason, so the two
 * are seen to decide the same.
 *
 * <p>{@code ./mvnw -B -Pjmh test-compile exec:exec} (see the {@code jmh} profile in the pom).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class EvaluationBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    @Param({"5", "50", "500"})
    public int members;

    /** The rule folder, relative to where the benchmark runs (the project, under Maven). */
    @Param("rules")
    public String folder;

    private RuleSet ruleSet;
    private SyntheticCase synthetic;
    private PlainRules plain;

    @Setup
    public void build() {
        ruleSet = BenchmarkRules.ofFirstSite(folder);
        synthetic = SyntheticCase.ofGroupSize(members, ruleSet);
        plain = new PlainRules(ruleSet);
        Recommendation engine = evaluate().recommendations().get(0);
        PlainRules.Result baseline = plainDrools();
        Map<String, Long> engineCounts = counts(
                engine.actions().stream().map(ProposedAction::lever),
                engine.exclusions().stream().map(e -> e.reason().toString()));
        Map<String, Long> plainCounts = counts(
                baseline.actions().stream().map(PlainFacts.Action::getLever),
                baseline.exclusions().stream().map(PlainFacts.Exclusion::getReason));
        System.out.printf(
                "%n%d members: the engine gives %s, actions and exclusions by lever and reason %s;"
                        + " the plain rules %s%n",
                members,
                engine.outcome(),
                engineCounts,
                engineCounts.equals(plainCounts) ? "the same" : plainCounts);
    }

    @Benchmark
    public Evaluation evaluate() {
        return ruleSet.evaluate(synthetic.incident(), synthetic.groups(), ZONE);
    }

    private static Map<String, Long> counts(Stream<String> actions, Stream<String> exclusions) {
        return Stream.concat(actions, exclusions)
                .collect(Collectors.groupingBy(code -> code, TreeMap::new, Collectors.counting()));
    }

    @Benchmark
    public PlainRules.Result plainDrools() {
        return plain.evaluate(synthetic, ZONE);
    }
}

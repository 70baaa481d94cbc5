package se.samverkan.gvi.recommendation;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
import se.samverkan.gvi.decision.BenchmarkRules;
import se.samverkan.gvi.decision.Recommendation;
import se.samverkan.gvi.decision.RuleSet;
import se.samverkan.gvi.decision.SyntheticCase;
import se.samverkan.gvi.recommendation.RecommendationView.ActionView;
import se.samverkan.gvi.recommendation.RecommendationView.ExclusionView;
import se.samverkan.gvi.web.PageOf;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing one page of {@code GET /api/v1/recommendations} as JSON, the largest answer of the API: 50
 * stored recommendations, each the engine's own result for the synthetic fictional group of
 * {@link SyntheticCase} with {@code members} members (60 is about the national data set's groups:
 * some 180 actions and 45 exclusions a recommendation). The JSON goes to a stream that only counts
 * its bytes, as the service's goes to the connection; the set-up prints the size of a page.
 *
 * <p>{@code ./mvnw -B -Pjmh test-compile exec:exec -Djmh.args="RecommendationPageBenchmark"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class RecommendationPageBenchmark {

    private static final int PAGE = 50;

    @Param("60")
    public int members;

    /** The rule folder, relative to where the benchmark runs (the project, under Maven). */
    @Param("rules")
    public String folder;

    private final JsonMapper json = JsonMapper.builder().build();
    private PageOf<RecommendationView> page;

    @Setup
    public void build() {
        RuleSet ruleSet = BenchmarkRules.ofFirstSite(folder);
        SyntheticCase synthetic = SyntheticCase.ofGroupSize(members, ruleSet);
        Recommendation engine = ruleSet.evaluate(synthetic.incident(), synthetic.groups(), ZoneId.of("Europe/Stockholm"))
                .recommendations()
                .get(0);
        List<RecommendationView> items = new ArrayList<>();
        for (int i = 0; i < PAGE; i++) {
            items.add(stored(engine));
        }
        page = new PageOf<>(items, 3_000);
        CountingStream bytes = new CountingStream();
        write(bytes);
        System.out.printf(
                "%na page of %d recommendations with %d actions and %d exclusions each: %d bytes of JSON%n",
                PAGE, engine.actions().size(), engine.exclusions().size(), bytes.count);
    }

    /** The engine's recommendation as it is read back once stored, pending review, with ids of its own. */
    private static RecommendationView stored(Recommendation r) {
        return new RecommendationView(
                UUID.randomUUID(),
                r.incidentReference(),
                1,
                r.groupRef(),
                r.outcome(),
                r.priority(),
                r.summary(),
                r.promiseId(),
                r.ruleSetVersion(),
                r.reportedAt(),
                Instant.now(),
                r.dueBy(),
                RecommendationStatus.PENDING_REVIEW,
                false,
                null,
                r.actions().stream()
                        .map(a -> new ActionView(UUID.randomUUID(), a, ActionStatus.PROPOSED))
                        .toList(),
                r.exclusions().stream()
                        .map(e -> new ExclusionView(
                                e.personRef(), e.lever(), e.reason().code(), e.ruleId(), e.legalBasis(), e.explanation()))
                        .toList(),
                r.firedRules());
    }

    @Benchmark
    public long write() {
        CountingStream out = new CountingStream();
        write(out);
        return out.count;
    }

    private void write(OutputStream out) {
        json.writeValue(out, page);
    }

    /** Counts what is written and keeps none of it. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}

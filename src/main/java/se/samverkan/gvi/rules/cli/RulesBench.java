package se.samverkan.gvi.rules.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.RecommendationShape;
import se.samverkan.gvi.decision.RuleSet;
import se.samverkan.gvi.decision.RuleSetLoader;
import se.samverkan.gvi.decision.StoredCase;
import se.samverkan.gvi.decision.SyntheticCase;
import se.samverkan.gvi.rules.governance.ImpactAnalysis;
import se.samverkan.gvi.rules.runtime.SiteRuleFolder;

/**
 * {@code rules bench [folder]}: how long the folder takes to build, and evaluations per second with
 * p50/p99 latency for groups of 5, 50 and 500 members, in process on one thread, and how long an
 * impact replay of 10 000 stored incidents takes. It prints numbers; it asserts nothing.
 */
final class RulesBench {

    private static final int BUILDS = 5;
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private RulesBench() {}

    /** The site's rule set (default: the first site of the folder, or the folder itself without sites). */
    static int run(Path folder, @Nullable String site, PrintStream out) {
        String benched = site != null ? site : SiteRuleFolder.firstSite(folder);
        Map<String, String> files = SiteRuleFolder.of(folder, benched).files();
        RuleSetLoader loader = new RuleSetLoader(Clock.systemUTC());
        long[] buildNanos = new long[BUILDS];
        for (int i = 0; i < BUILDS; i++) {
            // a comment of its own in each build, so every build compiles instead of meeting the
            // engine's cache of compiled rule sources
            Map<String, String> variant = withComment(files, "rules bench, build " + (i + 1));
            long start = System.nanoTime();
            loader.load(variant).orThrow();
            buildNanos[i] = System.nanoTime() - start;
        }
        RuleSet ruleSet = loader.load(files).orThrow();
        long firstNanos = buildNanos[0];
        Arrays.sort(buildNanos);
        out.printf("rule set %s%n", ruleSet.version());
        out.printf(
                "build (compile, lint) of %s%s: first %.0f ms, median of %d %.0f ms%n",
                folder,
                benched.isEmpty() ? "" : " for the site " + benched,
                firstNanos / 1e6,
                BUILDS,
                buildNanos[BUILDS / 2] / 1e6);
        out.printf("%-8s %10s %12s %10s %10s %10s%n", "members", "evals", "evals/s", "p50 ms", "p99 ms", "max ms");
        for (int members : new int[] {5, 50, 500}) {
            SyntheticCase synthetic = SyntheticCase.ofGroupSize(members, ruleSet);
            int warm = members >= 500 ? 500 : 5_000;
            int measured = members >= 500 ? 1_000 : 10_000;
            for (int i = 0; i < warm; i++) {
                ruleSet.evaluate(synthetic.incident(), synthetic.groups(), ZONE);
            }
            long[] nanos = new long[measured];
            long total = System.nanoTime();
            for (int i = 0; i < measured; i++) {
                long start = System.nanoTime();
                ruleSet.evaluate(synthetic.incident(), synthetic.groups(), ZONE);
                nanos[i] = System.nanoTime() - start;
            }
            total = System.nanoTime() - total;
            Arrays.sort(nanos);
            out.printf(
                    "%-8d %10d %12.0f %10.3f %10.3f %10.3f%n",
                    members,
                    measured,
                    measured / (total / 1e9),
                    nanos[measured / 2] / 1e6,
                    nanos[(int) (measured * 0.99)] / 1e6,
                    nanos[measured - 1] / 1e6);
        }
        impact(ruleSet, out);
        return 0;
    }

    /** Replaying stored incidents under a proposed rule set: 10 000 incidents of 20-member groups. */
    private static void impact(RuleSet ruleSet, PrintStream out) {
        int incidents = 10_000;
        SyntheticCase synthetic = SyntheticCase.ofGroupSize(20, ruleSet);
        RecommendationShape today =
                RecommendationShape.of(ruleSet.evaluate(synthetic.incident(), synthetic.groups(), ZONE)
                        .recommendations()
                        .get(0));
        List<StoredCase> stored = new ArrayList<>(incidents);
        for (int i = 0; i < incidents; i++) {
            stored.add(new StoredCase(synthetic.incident(), synthetic.groups(), Map.of(today.groupRef(), today)));
        }
        ImpactAnalysis.Report report = ImpactAnalysis.run(ruleSet, stored, ZONE);
        out.printf(
                "impact replay: %d incidents (20-member groups) in %d ms on %d cores, %d changes%n",
                report.incidents(),
                report.took().toMillis(),
                Runtime.getRuntime().availableProcessors(),
                report.changes().size());
    }

    /** The files with a comment line added to the first rule file (DRL or rule language), which changes no rule. */
    private static Map<String, String> withComment(Map<String, String> files, String comment) {
        Map<String, String> variant = new TreeMap<>(files);
        String drl = variant.keySet().stream()
                .filter(path -> path.endsWith(".drl") || path.endsWith(".dslr"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no .drl or .dslr file to vary"));
        variant.put(drl, variant.get(drl) + "\n// " + comment + "\n");
        return variant;
    }
}

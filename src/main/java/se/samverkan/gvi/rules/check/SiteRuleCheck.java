package se.samverkan.gvi.rules.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.RuleProblem;
import se.samverkan.gvi.decision.RuleSetBuild;
import se.samverkan.gvi.decision.RuleSetLoader;
import se.samverkan.gvi.rules.runtime.RuleFolderRefused;
import se.samverkan.gvi.rules.runtime.SiteRuleFolder;

/**
 * The full check of a rule folder with several sites ({@link SiteRuleFolder}): the common rules, and
 * every site's own rule set (common files overlaid with {@code sites/<site>/}). Each is built,
 * linted and run through every scenario in {@code features/}; the scenarios use the real promises
 * they name ({@code "HUDDINGE-2024"} from {@code sites/huddinge/promises/}) whichever site is
 * checked, so another site's promise never decides whether the common examples hold. A site's own promises are checked by building the site's rule set, and by the site's own
 * scenarios ({@code features/sites/<site>/}), which run against the site's rule set as it would
 * serve. Problems name the file in the rule folder ({@code sites/malmo/promises/malmo-2025.yaml}),
 * never the served path.
 */
public final class SiteRuleCheck {

    /** One checked rule set: {@code site} is empty for the common rules. */
    public record SiteReport(String site, RuleCheck.Report report) {

        public String label() {
            return site.isEmpty() ? "gemensamma regler" : "orten " + site;
        }
    }

    private final Clock clock;
    private final Map<Map<String, String>, RuleCheck.Report> scenarioRuns = new HashMap<>();

    public SiteRuleCheck(Clock clock) {
        this.clock = clock;
    }

    /**
     * The common rules and every site; for a folder without {@code sites/}, the folder as one rule
     * set (labelled as common).
     */
    public List<SiteReport> checkAll(Path folder, Path features) {
        if (!SiteRuleFolder.hasSites(folder)) {
            return List.of(new SiteReport("", new RuleCheck(clock).check(folder, features)));
        }
        List<SiteReport> reports = new ArrayList<>();
        reports.add(new SiteReport("", check(folder, features, null)));
        for (String site : SiteRuleFolder.sites(folder)) {
            reports.add(new SiteReport(site, check(folder, features, site)));
        }
        return reports;
    }

    /**
     * One site's rule set, as a reload would serve it; {@code null} for the common rules alone.
     *
     * @throws RuleFolderRefused when the folder has sites but not this one
     */
    public RuleCheck.Report check(Path folder, Path features, @Nullable String site) {
        if (!Files.isDirectory(folder) || !SiteRuleFolder.hasSites(folder)) {
            return new RuleCheck(clock).check(folder, features);
        }
        RuleSetLoader loader = new RuleSetLoader(clock);
        Set<RuleProblem> problems = new LinkedHashSet<>();
        RuleSetBuild served = null;
        SiteRuleFolder.SiteFiles files = null;
        if (site != null) {
            files = SiteRuleFolder.of(folder, site);
            problems.addAll(files.problems());
            served = loader.load(files.files());
            for (RuleProblem problem : served.problems()) {
                problems.add(files.located(problem));
            }
            for (RuleProblem problem : served.lint()) {
                problems.add(files.located(problem));
            }
        }
        SiteRuleFolder.SiteFiles scenarioFiles = SiteRuleFolder.forScenarios(folder, features, site);
        RuleCheck.Report scenarios = scenarioRuns.computeIfAbsent(
                scenarioFiles.files(), f -> new RuleCheck(clock).check(loader.load(f), folder, features));
        for (RuleProblem problem : scenarios.problems()) {
            problems.add(scenarioFiles.located(problem));
        }
        List<ScenarioResult> results = new ArrayList<>(scenarios.scenarios());
        if (site != null
                && served != null
                && served.ruleSet() != null
                && Files.isDirectory(features.resolve(SiteRuleFolder.SITES).resolve(site))) {
            Path own = features.resolve(SiteRuleFolder.SITES).resolve(site);
            for (ScenarioResult result : ScenarioRun.of(served.ruleSet(), List.of(own))) {
                results.add(result);
                if (!result.passed()) {
                    problems.add(new RuleProblem(
                            result.uri(),
                            result.line(),
                            "Scenariot \"" + result.name() + "\" för orten " + site + " går inte igenom: "
                                    + result.message()));
                }
            }
        }
        List<RuleProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
        if (served == null) {
            return new RuleCheck.Report(
                    scenarios.version(),
                    scenarios.ruleSet(),
                    sorted,
                    results,
                    scenarios.warnings().stream().map(scenarioFiles::located).toList());
        }
        String version = served.ruleSet() == null ? "" : served.ruleSet().version();
        SiteRuleFolder.SiteFiles siteFiles = Objects.requireNonNull(files);
        return new RuleCheck.Report(
                version,
                served.ruleSet(),
                sorted,
                results,
                served.warnings().stream().map(siteFiles::located).toList());
    }
}

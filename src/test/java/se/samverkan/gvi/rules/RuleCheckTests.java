package se.samverkan.gvi.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.samverkan.gvi.decision.RuleFolderFixture;
import se.samverkan.gvi.decision.RuleProblem;

class RuleCheckTests {

    private final RuleCheck check = new RuleCheck(Clock.systemUTC());

    @TempDir
    Path temp;

    @Test
    void theDefaultRulesPassTheFullCheckWithEveryScenarioForTheCommonRulesAndEverySite() {
        List<SiteRuleCheck.SiteReport> reports = new SiteRuleCheck(Clock.systemUTC()).checkAll(Path.of("rules"),
                Path.of("features"));

        assertThat(reports).extracting(SiteRuleCheck.SiteReport::site).containsExactly("", "huddinge", "malmo");
        for (SiteRuleCheck.SiteReport site : reports) {
            RuleCheck.Report report = site.report();
            assertThat(report.problems()).as(site.label()).isEmpty();
            assertThat(report.scenariosRun()).isGreaterThanOrEqualTo(90);
            assertThat(report.scenariosPassed()).isEqualTo(report.scenariosRun());
            assertThat(report.version()).matches("[0-9a-f]{64}");
        }
        assertThat(reports).extracting(r -> r.report().version()).doesNotHaveDuplicates();
        assertThat(reports.get(2).report().scenarios()).as("Malmö's own scenarios run for Malmö only")
                .extracting(ScenarioResult::uri).anySatisfy(uri -> assertThat(uri).contains("sites/malmo/"));
        assertThat(reports.get(1).report().scenarios()).extracting(ScenarioResult::uri)
                .noneSatisfy(uri -> assertThat(uri).contains("sites/"));
    }

    @Test
    void theCommandLineCheckOfTheDefaultFolderPassesForEverySite() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = RulesCommand.run(new String[] {"rules", "check"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("OK: rules, gemensamma regler", "OK: rules, orten huddinge",
                "OK: rules, orten malmo");
    }

    @Test
    void aBrokenSitePromiseFailsTheCommandLineCheckOfThatSiteWithItsFileAndLine() throws IOException {
        Path rules = temp.resolve("rules");
        RuleFolderFixture.copy(Path.of("rules"), rules);
        RuleFolderFixture.copy(Path.of("features"), temp.resolve("features"));
        Path promise = rules.resolve("sites/malmo/promises/malmo-2025.yaml");
        RuleFolderFixture.replace(promise, "levers: [SUPERVISION_REVIEW,", "levers: [CURFEW, SUPERVISION_REVIEW,");
        int line = Files.readAllLines(promise).indexOf("levers: [CURFEW, SUPERVISION_REVIEW, WARRANT_EXECUTION, "
                + "DEBT_ENFORCEMENT, VEHICLE_CHECKS]") + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = RulesCommand.run(new String[] {"rules", "check", rules.toString(), "--site", "malmo"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(line).isPositive();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(rules.resolve("sites/malmo/promises/malmo-2025.yaml")
                + ":" + line + ": Åtgärden CURFEW finns inte i levers.yaml");
        assertThat(new SiteRuleCheck(Clock.systemUTC()).check(rules, temp.resolve("features"), "huddinge").passed())
                .as("Huddinge's rule set does not include Malmö's promise").isTrue();
    }

    static Stream<String> behaviours() {
        return BehaviourCatalogue.read(Path.of("rules")).ids().stream();
    }

    @ParameterizedTest(name = "removing the rules of {0} fails the check")
    @MethodSource("behaviours")
    void removingTheRulesOfAnyBehaviourFailsTheCheckNamingFileAndLine(String id) throws IOException {
        Path rules = copyWithout(id);

        RuleCheck.Report report = check.check(rules, Path.of("features").toAbsolutePath());

        assertThat(report.passed()).isFalse();
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("behaviours.yaml");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains(id).contains("ingen regel");
        });
        assertThat(report.problems()).filteredOn(p -> p.file().endsWith(".feature"))
                .isNotEmpty().allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void aBehaviourWithoutScenarioAndAScenarioWithoutBehaviourAreBothNamed() throws IOException {
        Path features = temp.resolve("features");
        RuleFolderFixture.copy(Path.of("features"), features);
        try (Stream<Path> files = Files.walk(features)) {
            for (Path feature : files.filter(f -> f.toString().endsWith(".feature")).toList()) {
                Files.writeString(feature, Files.readString(feature).replace("@GVI-09", ""));
            }
        }

        RuleCheck.Report report = new SiteRuleCheck(Clock.systemUTC()).check(Path.of("rules"), features, null);

        assertThat(report.problems()).extracting(RuleProblem::message)
                .anySatisfy(m -> assertThat(m).contains("GVI-09").contains("inget scenario"))
                .anySatisfy(m -> assertThat(m).contains("saknar beteende-id"));
    }

    /** A copy of the default rules with every rule of one behaviour taken out. */
    private Path copyWithout(String id) throws IOException {
        Path rules = RuleFolderFixture.copyOfDefaultRules(temp);
        Pattern drlRule = Pattern.compile("(?ms)^rule \"[^\"]*\"\\s*\\n\\s*@id\\(\"" + id + "\"\\).*?^end\\s*$\\n?");
        try (Stream<Path> files = Files.list(rules.resolve("gvi"))) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                if (!file.toString().endsWith(".csv")) {
                    Files.writeString(file, drlRule.matcher(text).replaceAll(""));
                } else if (text.lines().anyMatch(l -> l.contains("," + id + ","))) {
                    Files.delete(file); // a table whose every row is the behaviour's goes with it
                }
            }
        }
        return rules;
    }
}

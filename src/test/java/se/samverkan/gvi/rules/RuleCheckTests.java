package se.samverkan.gvi.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
    void theDefaultRulesPassTheFullCheckWithEveryScenario() {
        RuleCheck.Report report = check.check(Path.of("rules"), Path.of("features"));

        assertThat(report.problems()).isEmpty();
        assertThat(report.scenariosRun()).isGreaterThanOrEqualTo(90);
        assertThat(report.scenariosPassed()).isEqualTo(report.scenariosRun());
        assertThat(report.version()).matches("[0-9a-f]{64}");
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

        RuleCheck.Report report = check.check(Path.of("rules"), features);

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

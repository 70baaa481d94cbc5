package se.samverkan.gvi.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line of the rule tools: help on every command, exit 2 for what it cannot read. */
class RulesCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return RulesCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "rules {0} --help")
    @ValueSource(strings = {"check", "docs", "impact", "bench", "guards"})
    void everyCommandShowsItsUsageWithHelpAndExitsZeroWithoutRunning(String command) {
        int exit = run("rules", command, "--help");

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Usage: rules " + command)
                .contains("--site=ort");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @ParameterizedTest(name = "rules {0}")
    @ValueSource(strings = {"--help", "-h"})
    void theRuleToolsListTheirCommandsWithHelp(String help) {
        assertThat(run("rules", help)).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("check", "docs", "impact", "bench", "guards");
    }

    @Test
    void docsWritesTheCatalogueOfTheFolderNamedAfterTheOutputFolder(@TempDir Path out) {
        int exit = run("rules", "docs", out.toString(), "rules", "--site", "huddinge");

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isZero();
        assertThat(out.resolve("index.html")).exists();
        assertThat(this.out.toString(StandardCharsets.UTF_8))
                .startsWith("Regelkatalogen för orten huddinge skrevs till " + out.resolve("index.html"));
    }

    @Test
    void guardsShowsItsUsageWithHelp() {
        assertThat(run("rules", "guards", "--help")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Usage: rules guards")
                .contains("--behaviour=beteende-id")
                .contains("--conditions");
    }

    @Test
    void guardsWithConditionsTakesOutEachConditionToo() {
        int exit = run("rules", "guards", "--behaviour", "GVI-09", "--conditions");

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("OK: varje prövad regel (1) hålls på plats")
                .containsPattern(
                        "Av reglernas \\d+ villkor kan [1-9]\\d* tas bort utan att regeln slutar gå att bygga");
    }

    @Test
    void guardsTakesOutEachRuleOfABehaviourAndSaysThatAScenarioMissedIt() {
        int exit = run("rules", "guards", "--behaviour", "GVI-09");

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("OK: varje prövad regel (1) hålls på plats");
    }

    @Test
    void guardsOfASiteTheFolderDoesNotHaveIsRefusedWithTheFolderProblem() {
        assertThat(run("rules", "guards", "--site", "nowhere")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nowhere");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void guardsOfABehaviourWithoutRulesTriesNothingAndFails() {
        assertThat(run("rules", "guards", "--behaviour", "GVI-99")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ingen regel har beteendet GVI-99");
    }

    @ParameterizedTest(name = "rules {0}")
    @ValueSource(
            strings = {
                "",
                "frobnicate",
                "check rules features",
                "check --site",
                "docs",
                "impact",
                "check --nonsense",
                "guards --behaviour"
            })
    void aCommandLineThatCannotBeReadExitsWithTwoAndTheUsage(String words) {
        String[] args = ("rules " + words).strip().split(" ");

        int exit = run(args);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: rules");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}

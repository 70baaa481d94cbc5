package se.samverkan.gvi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.gvi.GviSettings;
import se.samverkan.gvi.decision.RuleSet;
import se.samverkan.gvi.decision.RuleSetLoader;

/** The serving rule set: built and warmed at start, refused when broken, replaced as a whole. */
class ActiveRuleSetTests {

    private static final GviSettings ZONE = new GviSettings(ZoneId.of("Europe/Stockholm"));

    @Test
    void theDefaultFolderServesAfterWarmUpAndIsReplacedAtomically() {
        ActiveRuleSet active = new ActiveRuleSet(new GviRulesSettings(Path.of("rules"), 5, false, Path.of("."), java.time.Duration.ofSeconds(5)), ZONE, Clock.systemUTC());
        RuleSet first = active.current();
        assertThat(first.version()).matches("[0-9a-f]{64}");
        RuleSet next = new RuleSetLoader(Clock.systemUTC()).load(Path.of("rules")).orThrow();
        assertThat(active.activate(next)).isSameAs(first);
        assertThat(active.current()).isSameAs(next);
    }

    @Test
    void aBrokenFolderRefusesTheStartAndNamesTheProblem(@TempDir Path folder) throws IOException {
        copy(Path.of("rules"), folder);
        Path rule = Files.list(folder.resolve("gvi")).filter(p -> p.toString().endsWith(".drl")).sorted().findFirst()
                .orElseThrow();
        Files.writeString(rule, "rule \"broken\" when then this is not drl\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> new ActiveRuleSet(new GviRulesSettings(folder, 5, false, Path.of("."), java.time.Duration.ofSeconds(5)), ZONE, Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(rule.getFileName().toString());
    }

    @Test
    void aMissingFolderRefusesTheStart(@TempDir Path folder) {
        assertThatThrownBy(() -> new ActiveRuleSet(new GviRulesSettings(folder.resolve("none"), 5, false, Path.of("."), java.time.Duration.ofSeconds(5)), ZONE,
                Clock.systemUTC())).isInstanceOf(RuntimeException.class);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}

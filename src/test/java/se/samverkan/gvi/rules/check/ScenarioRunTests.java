package se.samverkan.gvi.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseStarted;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.gvi.decision.RuleFolderFixture;
import se.samverkan.gvi.decision.RuleSet;
import se.samverkan.gvi.decision.RuleSetLoader;
import se.samverkan.gvi.rules.runtime.SiteRuleFolder;

/**
 * A run of the scenarios holds its rule set and its results itself: two runs at once each check
 * their own rule set, and the console stays everyone's while a run goes on.
 */
class ScenarioRunTests {

    private static final Path FEATURE = Path.of("features/sv/frihetsberovade-och-avhoppare.feature");

    @TempDir
    Path temp;

    @Test
    void twoRunsAtOnceOfDifferentRuleFoldersEachGiveTheirOwnResult() throws Exception {
        RuleSet sound = scenarioRules(RuleFolderFixture.copyOfProjectRules(temp.resolve("a")));
        Path broken = RuleFolderFixture.copyOfProjectRules(temp.resolve("b"));
        Files.writeString(broken.resolve("gvi/10-undantag.dslr"), OVERLAPPING_EXCEPTION);
        RuleSet contradicting = scenarioRules(broken);
        // each run waits at its first scenario until the other has reached its own: they overlap
        CyclicBarrier bothRunning = new CyclicBarrier(2);

        CompletableFuture<List<ScenarioResult>> first = CompletableFuture.supplyAsync(
                () -> ScenarioRun.of(sound, List.of(FEATURE), new AtFirstScenario(() -> await(bothRunning))));
        CompletableFuture<List<ScenarioResult>> second = CompletableFuture.supplyAsync(
                () -> ScenarioRun.of(contradicting, List.of(FEATURE), new AtFirstScenario(() -> await(bothRunning))));

        List<ScenarioResult> soundResults = first.get(10, TimeUnit.MINUTES);
        List<ScenarioResult> contradictingResults = second.get(10, TimeUnit.MINUTES);
        assertThat(soundResults).hasSize(6).allMatch(ScenarioResult::passed);
        assertThat(contradictingResults).hasSize(6).anySatisfy(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.message()).contains("Resultatet motsäger sig självt");
        });
    }

    @Test
    void aLinePrintedByAnotherThreadWhileTheScenariosRunReachesTheConsole() throws IOException {
        RuleSet rules = scenarioRules(RuleFolderFixture.copyOfProjectRules(temp));
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        List<ScenarioResult> results;
        try {
            results = ScenarioRun.of(rules, List.of(FEATURE), new AtFirstScenario(() -> {
                Thread other = new Thread(() -> System.out.println("P-0042: another request is served"));
                other.start();
                join(other);
            }));
        } finally {
            System.setOut(console);
        }

        assertThat(results).hasSize(6).allMatch(ScenarioResult::passed);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("P-0042: another request is served");
    }

    /** A watcher of a run that does something once, when the run's first scenario starts. */
    private static final class AtFirstScenario implements ConcurrentEventListener {

        private final Runnable action;
        private final AtomicBoolean done = new AtomicBoolean();

        AtFirstScenario(Runnable action) {
            this.action = action;
        }

        @Override
        public void setEventPublisher(EventPublisher publisher) {
            publisher.registerHandlerFor(TestCaseStarted.class, event -> {
                if (done.compareAndSet(false, true)) {
                    action.run();
                }
            });
        }
    }

    private static RuleSet scenarioRules(Path rules) {
        return new RuleSetLoader(Clock.systemUTC())
                .load(SiteRuleFolder.forScenarios(rules, SiteRuleFolder.featuresBeside(rules), null)
                        .files())
                .orThrow();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(5, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("the other run never reached its first scenario", e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final String OVERLAPPING_EXCEPTION = """
            rule "Undantag från GVI-09: övervakningsvillkoren prövas också för den frihetsberövade"
                @id("GVI-09")
                @legalBasis("Brottsbalken 28 kap. 8 §")
            when
                Händelsedagen
                Åldersgränserna
                Gruppen möts av konsekvenser
                Löftet som gäller för gruppen
                En medlem som inte hade lämnat gruppen på händelsedagen
                - som har fyllt straffbarhetsåldern
                - som är frihetsberövad
                Åtgärden "prövning av övervakningsvillkor"
            then
                Föreslå sanktionen enligt löftet: "<person> är frihetsberövad, men <åtgärd> prövas ändå."
            end
            """;
}

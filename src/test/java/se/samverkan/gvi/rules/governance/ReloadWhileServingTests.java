package se.samverkan.gvi.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.samverkan.gvi.decision.RuleFolderFixture;
import se.samverkan.gvi.rules.runtime.ActiveRuleSet;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.support.IntegrationTest;
import se.samverkan.gvi.support.Sites;

/**
 * A reload of the rule folder runs the full check (compile, lint, every scenario), which takes
 * seconds; meanwhile the service goes on: another thread's log lines reach the console, and the
 * serving rule set and the catalogue answer without waiting for the reload to end.
 */
@IntegrationTest(schema = "reload_while_serving")
@Import(ReloadWhileServingTests.HeldClock.Config.class)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class ReloadWhileServingTests {

    private static final Actor LEGAL = new Actor("huddinge-jurist", "huddinge");

    @TempDir
    static Path workspace;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        Path rules = RuleFolderFixture.copyOfProjectRules(workspace);
        registry.add("gvi.rules.path", rules::toString);
    }

    @Autowired
    RuleGovernance governance;

    @Autowired
    ActiveRuleSet active;

    @Autowired
    HeldClock clock;

    @Test
    void aLineLoggedByAnotherThreadWhileTheReloadChecksTheScenariosReachesTheConsole(CapturedOutput output)
            throws Exception {
        Thread reloading = new Thread(() -> Sites.huddinge(() -> governance.reload(LEGAL)), "reload");
        AtomicBoolean loggedDuringTheScenarios = new AtomicBoolean();
        reloading.start();
        // the reload is inside its check once the scenario run (Cucumber) is on its stack
        Awaitility.await("the reload runs the scenarios")
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(5))
                .until(() -> runsScenarios(reloading) || !reloading.isAlive());
        boolean before = runsScenarios(reloading);
        Thread other = new Thread(
                () -> LoggerFactory.getLogger(ReloadWhileServingTests.class).info("P-0042: another request is served"),
                "other-request");
        other.start();
        other.join();
        loggedDuringTheScenarios.set(before && runsScenarios(reloading));
        reloading.join();

        assertThat(loggedDuringTheScenarios)
                .as("the line was logged while the reload ran the scenarios")
                .isTrue();
        assertThat(output.getOut()).contains("P-0042: another request is served");
        assertThat(output.getOut())
                .as("the reload ended after its check")
                .contains("after a reload by huddinge-jurist");
    }

    @Test
    void theServingRuleSetAndTheCatalogueAnswerWhileAReloadIsInItsCheck() throws Exception {
        String serving = active.current("huddinge").version();
        clock.holdThread("reload");
        CompletableFuture<Void> reload = new CompletableFuture<>();
        Thread reloading = new Thread(
                () -> {
                    try {
                        Sites.huddinge(() -> governance.reload(LEGAL));
                        reload.complete(null);
                    } catch (RuntimeException e) {
                        reload.completeExceptionally(e);
                    }
                },
                "reload");
        reloading.start();
        try {
            assertThat(clock.held.await(2, TimeUnit.MINUTES))
                    .as("the reload reached its check")
                    .isTrue();

            // read while the reload waits inside its check: neither read may wait for it
            assertThat(active.current("huddinge").version()).isEqualTo(serving);
            assertThat(governance.describe("huddinge").version()).isEqualTo(serving);
            assertThat(governance.catalogueHtml("huddinge")).contains(serving);
            assertThat(reload)
                    .as("the reload was still held in its check while the reads answered")
                    .isNotDone();
        } finally {
            clock.release.countDown();
        }
        reload.get(5, TimeUnit.MINUTES);
    }

    private static boolean runsScenarios(Thread thread) {
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (frame.getClassName().startsWith("io.cucumber.core.runtime")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The system clock, except that the first time the named thread asks it the time (the reload
     * loading the folder's rule set, at the start of its check) it holds that thread until released.
     */
    static final class HeldClock extends Clock {

        final CountDownLatch held = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private volatile String heldThread = "";

        void holdThread(String name) {
            heldThread = name;
        }

        @Override
        public Instant instant() {
            if (Thread.currentThread().getName().equals(heldThread) && held.getCount() > 0) {
                held.countDown();
                try {
                    release.await(5, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Instant.now();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.system(zone);
        }

        @TestConfiguration(proxyBeanMethods = false)
        static class Config {

            @Bean
            @Primary
            HeldClock heldClock() {
                return new HeldClock();
            }
        }
    }
}

package se.samverkan.gvi.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverkan.gvi.audit.DecisionLog;
import se.samverkan.gvi.decision.Attribution;
import se.samverkan.gvi.decision.Confidence;
import se.samverkan.gvi.decision.Priority;
import se.samverkan.gvi.decision.Role;
import se.samverkan.gvi.decision.RuleSet;
import se.samverkan.gvi.decision.RuleSetLoader;
import se.samverkan.gvi.group.CallInRequest;
import se.samverkan.gvi.group.GroupRequest;
import se.samverkan.gvi.group.GroupService;
import se.samverkan.gvi.group.PersonRequest;
import se.samverkan.gvi.recommendation.DecisionRequest;
import se.samverkan.gvi.recommendation.RecommendationStatus;
import se.samverkan.gvi.recommendation.RecommendationView;
import se.samverkan.gvi.recommendation.Recommendations;
import se.samverkan.gvi.recommendation.ReviewDecision;
import se.samverkan.gvi.refusal.ConflictException;
import se.samverkan.gvi.rules.runtime.ActiveRuleSet;
import se.samverkan.gvi.rules.runtime.GviRulesSettings;
import se.samverkan.gvi.rules.runtime.SiteRuleFolder;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.support.PostgresAvailable;
import se.samverkan.gvi.support.PostgresSchema;
import se.samverkan.gvi.support.Sites;

/**
 * Concurrent requests against one PostgreSQL: duplicates of a reference are stored once and
 * answered idempotently, and two incidents of one group never miss each other for escalation.
 */
@SpringBootTest
@ExtendWith(PostgresAvailable.class)
class ConcurrencyTests {

    private static final Actor ADMIN = new Actor("admin", "huddinge");
    private static final Actor LIAISON = new Actor("liaison", "huddinge");
    private static final Actor COORDINATOR = new Actor("coordinator", "huddinge");
    private static final ExecutorService POOL = Executors.newFixedThreadPool(6);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresSchema.register(registry, "concurrency");
    }

    @Autowired
    IncidentService incidents;

    @Autowired
    GroupService groups;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DecisionLog decisionLog;

    @Autowired
    Recommendations recommendations;

    @Autowired
    ActiveRuleSet active;

    @Autowired
    GviRulesSettings rulesSettings;

    @Autowired
    TransactionTemplate tx;

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    @Test
    void concurrentDuplicatesOfOneReferenceAreStoredOnceAndAnsweredIdempotently() throws Exception {
        group("CC1");
        for (List<Attribution> attributions : List.of(
                List.of(new Attribution("CC1", Role.PERPETRATOR, Confidence.CONFIRMED)), List.<Attribution>of())) {
            String reference = "K-CC-" + attributions.size();
            Incident request = new Incident(
                    reference,
                    "SHOOTING",
                    OffsetDateTime.parse("2026-03-01T20:00:00+01:00"),
                    "x",
                    "y",
                    attributions,
                    List.of());
            List<IncidentService.Reported> answers =
                    all(6, () -> Sites.huddinge(() -> incidents.report(LIAISON, request)));
            assertThat(answers.stream().filter(IncidentService.Reported::created))
                    .hasSize(1);
            assertThat(answers)
                    .allSatisfy(
                            a -> assertThat(a.report()).isEqualTo(answers.get(0).report()));
            assertThat(count("incident where reference = '" + reference + "'")).isEqualTo(1);
            assertThat(count("incident_version where reference = '" + reference + "'"))
                    .isEqualTo(1);
            assertThat(count("recommendation where incident_reference = '" + reference + "'"))
                    .isEqualTo(attributions.size());
        }
    }

    @Test
    void concurrentDuplicatesWithOtherContentAreConflictsNeverErrors() throws Exception {
        group("CC2");
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Incident request = new Incident(
                    "K-CC2",
                    "SHOOTING",
                    OffsetDateTime.parse("2026-03-01T20:0" + i + ":00+01:00"),
                    "x",
                    "y",
                    List.of(new Attribution("CC2", Role.PERPETRATOR, Confidence.CONFIRMED)),
                    List.of());
            calls.add(() -> {
                try {
                    return Sites.huddinge(() -> incidents.report(LIAISON, request))
                                    .created()
                            ? "201"
                            : "200";
                } catch (ConflictException e) {
                    return "409";
                }
            });
        }
        List<String> statuses = run(calls);
        assertThat(statuses).containsOnly("201", "409");
        assertThat(statuses.stream().filter("201"::equals)).hasSize(1);
    }

    @Test
    void twoConcurrentIncidentsOfOneGroupAreEvaluatedOneAfterTheOther() throws Exception {
        for (int round = 0; round < 4; round++) {
            String group = "CC3-" + round;
            group(group);
            List<Callable<IncidentService.Reported>> calls = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Incident request = new Incident(
                        "K-" + group + "-" + i,
                        "SHOOTING",
                        OffsetDateTime.parse("2026-03-01T2" + i + ":00:00+01:00"),
                        "x",
                        "y",
                        List.of(new Attribution(group, Role.PERPETRATOR, Confidence.CONFIRMED)),
                        List.of());
                calls.add(() -> Sites.huddinge(() -> incidents.report(LIAISON, request)));
            }
            List<Priority> priorities = run(calls).stream()
                    .map(r -> r.report().recommendations().get(0).priority())
                    .toList();
            assertThat(priorities).containsExactlyInAnyOrder(Priority.STANDARD, Priority.ESCALATED);
        }
        assertThat(Sites.huddinge(() -> decisionLog.verify("huddinge")).valid()).isTrue();
    }

    @Test
    void aDecisionRacingAnAmendmentIsEitherFlaggedForReviewOrRefusedNeverOverwritten() throws Exception {
        group("CC4");
        for (int round = 0; round < 5; round++) {
            String reference = "K-CC4-" + round;
            Incident v1 = new Incident(
                    reference,
                    "SHOOTING",
                    OffsetDateTime.parse("2026-03-0" + (round + 1) + "T20:00:00+01:00"),
                    "x",
                    "y",
                    List.of(new Attribution("CC4", Role.PERPETRATOR, Confidence.CONFIRMED)),
                    List.of());
            UUID id = Sites.huddinge(() -> incidents.report(LIAISON, v1))
                    .report()
                    .recommendations()
                    .get(0)
                    .id();
            Incident v2 = new Incident(reference, "HOMICIDE", v1.occurredAt(), "x", "y", v1.attributions(), List.of());
            List<Callable<String>> calls = List.of(
                    () -> {
                        try {
                            Sites.huddinge(() -> recommendations.decide(
                                    COORDINATOR, id, new DecisionRequest(ReviewDecision.APPROVED, null, null)));
                            return "decided";
                        } catch (ConflictException e) {
                            return "refused";
                        }
                    },
                    () -> {
                        Sites.huddinge(() -> incidents.amend(LIAISON, reference, v2));
                        return "amended";
                    });
            List<String> results = run(calls);
            RecommendationView after = Sites.huddinge(() -> recommendations.get(COORDINATOR, id));
            if (results.get(0).equals("decided")) {
                assertThat(after.status()).isEqualTo(RecommendationStatus.APPROVED);
                assertThat(after.needsReview()).isTrue();
            } else {
                assertThat(after.status()).isEqualTo(RecommendationStatus.SUPERSEDED);
                assertThat(after.decision()).isNull();
            }
        }
    }

    @Test
    void anIncidentIsEvaluatedWithTheRuleSetItsTypeWasCheckedAgainstThoughARuleSetIsActivatedMeanwhile()
            throws Exception {
        group("CC5");
        RuleSet checkedWith = active.current(Sites.HUDDINGE);
        SiteRuleFolder.SiteFiles files = SiteRuleFolder.of(rulesSettings.path(), Sites.HUDDINGE);
        Map<String, String> edited = new TreeMap<>(files.files());
        edited.merge("vocabulary/incident-types.yaml", "\n# a later version\n", String::concat);
        RuleSet later = new RuleSetLoader(Clock.systemUTC()).load(edited).orThrow();
        assertThat(later.version()).isNotEqualTo(checkedWith.version());
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Another transaction holds the group, so the report waits for it after its type check.
        Future<?> holder = POOL.submit(() -> Sites.huddinge(() -> tx.execute(status -> {
            jdbc.sql("select ref from gvi_group where site = 'huddinge' and ref = 'CC5' for update")
                    .query(String.class)
                    .list();
            locked.countDown();
            await(release);
            return null;
        })));
        await(locked);
        Incident incident = new Incident(
                "K-CC5",
                "SHOOTING",
                OffsetDateTime.parse("2026-03-01T20:00:00+01:00"),
                "x",
                "y",
                List.of(new Attribution("CC5", Role.PERPETRATOR, Confidence.CONFIRMED)),
                List.of());
        Future<IncidentService.Reported> report =
                POOL.submit(() -> Sites.huddinge(() -> incidents.report(LIAISON, incident)));
        try {
            Awaitility.await("the report waiting for the group's lock")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.sql("""
                                    select count(*) from pg_stat_activity
                                    where wait_event_type = 'Lock' and query like '%gvi_group%for update%'""").query(Long.class).single() > 0);
            active.activate(Sites.HUDDINGE, later);
            release.countDown();
            holder.get(60, TimeUnit.SECONDS);
            UUID stored = report.get(60, TimeUnit.SECONDS)
                    .report()
                    .recommendations()
                    .get(0)
                    .id();
            assertThat(Sites.huddinge(() -> recommendations.get(COORDINATOR, stored))
                            .ruleSetVersion())
                    .isEqualTo(checkedWith.version());
        } finally {
            release.countDown();
            active.activate(Sites.HUDDINGE, checkedWith);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void group(String ref) {
        Sites.huddinge(() -> groups.savePerson(
                ADMIN,
                ref + "-A",
                new PersonRequest(
                        LocalDate.of(1999, 1, 1),
                        java.util.Map.of("underSupervision", true, "registeredVehicle", true))));
        Sites.huddinge(() -> groups.saveGroup(
                ADMIN,
                ref,
                new GroupRequest(
                        "G",
                        "A",
                        List.of(),
                        new GroupRequest.Audit(
                                LocalDate.of(2025, 1, 1),
                                List.of(new GroupRequest.Member(ref + "-A", LocalDate.of(2024, 1, 1), null))))));
        Sites.huddinge(() -> groups.recordCallIn(
                new Actor("coordinator", "huddinge"),
                ref,
                new CallInRequest(
                        LocalDate.of(2026, 1, 10), "HUDDINGE-2024", List.of(ref + "-A"), List.of(), List.of())));
    }

    private long count(String from) {
        return jdbc.sql("select count(*) from " + from).query(Long.class).single();
    }

    private static <T> List<T> all(int n, Callable<T> call) throws Exception {
        List<Callable<T>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(call);
        }
        return run(calls);
    }

    /** Runs the calls at the same moment and returns their answers; any exception fails the test. */
    private static <T> List<T> run(List<Callable<T>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> call : calls) {
            futures.add(POOL.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<T> answers = new ArrayList<>();
        for (Future<T> f : futures) {
            answers.add(f.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }
}

package se.samverkan.gvi.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.gvi.support.Api.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverkan.gvi.decision.GroupSnapshot;
import se.samverkan.gvi.decision.PriorEnforcement;
import se.samverkan.gvi.decision.RecommendationShape;
import se.samverkan.gvi.decision.StoredCase;
import se.samverkan.gvi.group.GroupFacts;
import se.samverkan.gvi.persistence.RowLock;
import se.samverkan.gvi.recommendation.IncidentRecommendation;
import se.samverkan.gvi.recommendation.RecommendationStatus;
import se.samverkan.gvi.recommendation.RecommendationView;
import se.samverkan.gvi.recommendation.Recommendations;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.support.Api;
import se.samverkan.gvi.support.IntegrationTest;
import se.samverkan.gvi.support.Sites;

/**
 * The stored incidents an impact analysis replays, read for the whole site at once, are exactly
 * what reading them one incident at a time gives: the current version's content, each group as of
 * the incident date, only the enforcements stored by the version's {@code reportedAt}, and the
 * recommendations that stand.
 */
@IntegrationTest(schema = "stored_incident_cases")
class StoredIncidentCasesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StoredIncidentCases storedCases;

    @Autowired
    IncidentRepository incidents;

    @Autowired
    IncidentService service;

    @Autowired
    GroupFacts groups;

    @Autowired
    Recommendations recommendations;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void readingTheSiteAtOnceGivesWhatReadingEachIncidentGives() {
        storeIncidentsAcrossGroups();

        List<StoredCase> batched = Sites.huddinge(() -> storedCases.activeCases(Sites.HUDDINGE));
        List<StoredCase> oneByOne = Sites.huddinge(
                () -> new TransactionTemplate(transactions).execute(status -> readOneByOne(Sites.HUDDINGE)));

        assertThat(batched).isEqualTo(oneByOne);
        // the data set exercises what the batched reading must get right
        assertThat(batched)
                .extracting(c -> c.incident().reference())
                .containsExactly("K-SC-1", "K-SC-2", "K-SC-3", "K-SC-4", "K-SC-5", "K-SC-7", "K-SC-8", "K-SC-9");
        assertThat(prior(batched, "K-SC-1", "SC1"))
                .as("the late K-SC-8 was stored after K-SC-1")
                .isEmpty();
        assertThat(prior(batched, "K-SC-8", "SC1"))
                .as("stored before the late K-SC-8, ordered by incident date")
                .extracting(PriorEnforcement::incidentReference)
                .containsExactly("K-SC-1", "K-SC-2", "K-SC-3");
        assertThat(prior(batched, "K-SC-5", "SC2"))
                .as("the rejected K-SC-4 does not count")
                .isEmpty();
        assertThat(prior(batched, "K-SC-7", "SC3"))
                .as("the retracted K-SC-6 does not count")
                .isEmpty();
        assertThat(prior(batched, "K-SC-9", "SC2"))
                .extracting(PriorEnforcement::incidentReference)
                .containsExactly("K-SC-5");
        assertThat(snapshot(batched, "K-SC-1", "SC1").auditMappedOn()).isEqualTo(LocalDate.parse("2025-06-01"));
        assertThat(snapshot(batched, "K-SC-3", "SC1").auditMappedOn()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(batched.get(2).incident().occurredAt())
                .as("K-SC-3 as amended")
                .isEqualTo(OffsetDateTime.parse("2026-03-06T21:00:00+01:00"));
        assertThat(batched.get(1).current().get("SC1").priority().name())
                .as("K-SC-2 amended after its approval")
                .isEqualTo("ESCALATED");
        assertThat(batched.get(3).current())
                .as("a rejected recommendation still stands")
                .containsKey("SC2");
        assertThat(batched.get(7).current()).containsOnlyKeys("SC1", "SC2");
        assertThat(batched.get(0).current().get("SC1").actions()).isNotEmpty();
    }

    /**
     * Three groups; SC1 audited again on 2026-03-01. Amendments (one after its recommendation was
     * approved), a rejected enforcement, a retraction, an incident reported late and one of two groups.
     */
    private void storeIncidentsAcrossGroups() {
        Api api = new Api(mvc, jdbc);
        for (String group : List.of("SC1", "SC2", "SC3")) {
            api.group(group, true);
        }
        expect(api.put("admin", "/api/v1/groups/SC1", """
                {"name":"Grupp SC1","area":"Fiktiva området","rivals":[],
                 "audit":{"mappedOn":"2026-03-01","members":[
                   {"personRef":"SC1-A","joinedOn":"2024-01-01"},{"personRef":"SC1-B","joinedOn":"2024-01-01",
                    "exitedOn":"2026-02-15"},{"personRef":"SC2-C","joinedOn":"2026-02-20"}]}}"""), 200);
        report(api, "K-SC-1", "2026-02-01T21:00:00+01:00", "SC1");
        String approved = report(api, "K-SC-2", "2026-02-10T21:00:00+01:00", "SC1");
        expect(
                api.post(
                        "coordinator",
                        "/api/v1/recommendations/" + approved + "/decision",
                        "{\"decision\":\"APPROVED\"}"),
                200);
        expect(
                api.put(
                        "liaison",
                        "/api/v1/incidents/K-SC-2",
                        incident(
                                "K-SC-2",
                                "SHOOTING",
                                "2026-02-10T21:00:00+01:00",
                                "SC1",
                                "PERPETRATOR",
                                "CONFIRMED",
                                "SC1-B")),
                200);
        report(api, "K-SC-3", "2026-03-05T21:00:00+01:00", "SC1");
        expect(
                api.put(
                        "liaison",
                        "/api/v1/incidents/K-SC-3",
                        incident("K-SC-3", "SHOOTING", "2026-03-06T21:00:00+01:00", "SC1", "PERPETRATOR", "CONFIRMED")),
                200);
        String rejected = report(api, "K-SC-4", "2026-02-05T21:00:00+01:00", "SC2");
        expect(
                api.post(
                        "coordinator",
                        "/api/v1/recommendations/" + rejected + "/decision",
                        "{\"decision\":\"REJECTED\",\"reason\":\"Fiktivt skäl\"}"),
                200);
        report(api, "K-SC-5", "2026-02-20T21:00:00+01:00", "SC2");
        report(api, "K-SC-6", "2026-02-21T21:00:00+01:00", "SC3");
        expect(api.post("liaison", "/api/v1/incidents/K-SC-6/retraction", "{\"reason\":\"Fiktivt skäl\"}"), 200);
        report(api, "K-SC-7", "2026-02-25T21:00:00+01:00", "SC3");
        report(api, "K-SC-8", "2026-01-20T21:00:00+01:00", "SC1");
        expect(api.post("liaison", "/api/v1/incidents", """
                {"reference":"K-SC-9","type":"SHOOTING","occurredAt":"2026-03-10T21:00:00+01:00",
                 "attributions":[{"groupRef":"SC2","role":"PERPETRATOR","confidence":"CONFIRMED"},
                   {"groupRef":"SC1","role":"VICTIM","confidence":"PROBABLE"}],"suspects":["SC2-A","SC1-A"]}"""), 201);
    }

    /** Reports a shooting by the group; answers the id of its recommendation. */
    private static String report(Api api, String reference, String occurredAt, String group) {
        Api.Answer answer = api.post(
                "liaison",
                "/api/v1/incidents",
                incident(reference, "SHOOTING", occurredAt, group, "PERPETRATOR", "CONFIRMED", group + "-A"));
        expect(answer, 201);
        return answer.get("recommendations").get(0).get("id").asString();
    }

    private static void expect(Api.Answer answer, int status) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
    }

    /** The cases read one incident, one group and one recommendation at a time, as the analysis once did. */
    private List<StoredCase> readOneByOne(String site) {
        List<StoredCase> cases = new ArrayList<>();
        for (String reference : jdbc.sql("select reference from incident where status = 'ACTIVE' order by reference")
                .query(String.class)
                .list()) {
            IncidentRepository.IncidentRow incident =
                    incidents.find(site, reference, RowLock.NONE).orElseThrow();
            IncidentRepository.VersionRow current = incidents.versions(site, reference).stream()
                    .filter(v -> v.version() == incident.currentVersion())
                    .findFirst()
                    .orElseThrow();
            cases.add(service.facts(
                    current.content(),
                    current.reportedAt(),
                    shapesOf(site, reference, current.version()),
                    (groupRef, date) -> groups.snapshot(
                            site,
                            groupRef,
                            date,
                            enforcementsStoredBy(site, groupRef, reference, current.reportedAt()))));
        }
        return cases;
    }

    private Map<String, RecommendationShape> shapesOf(String site, String reference, int version) {
        Map<String, RecommendationShape> shapes = new TreeMap<>();
        for (IncidentRecommendation r : recommendations.ofIncident(site, reference)) {
            if (r.incidentVersion() == version
                    && r.status() != RecommendationStatus.SUPERSEDED
                    && r.status() != RecommendationStatus.WITHDRAWN) {
                RecommendationView view = recommendations.get(new Actor("test", site), r.id());
                RecommendationShape.Builder shape = new RecommendationShape.Builder();
                view.actions()
                        .forEach(a -> shape.action(
                                a.proposed().personRef(),
                                a.proposed().lever(),
                                a.proposed().dueBy()));
                view.exclusions().forEach(e -> shape.exclusion(e.personRef(), e.reason(), e.lever()));
                shapes.put(r.groupRef(), shape.build(r.groupRef(), r.outcome(), r.priority()));
            }
        }
        return shapes;
    }

    /** The group's standing enforcements of other incidents stored by then, as one query per incident read them. */
    private List<PriorEnforcement> enforcementsStoredBy(
            String site, String groupRef, String excludingIncident, Instant storedBy) {
        return jdbc.sql("""
                select distinct r.incident_reference, r.incident_date from recommendation r
                where r.site = :site and r.group_ref = :groupRef and r.outcome = 'GROUP_ENFORCEMENT'
                  and r.status not in ('REJECTED', 'SUPERSEDED', 'WITHDRAWN') and r.incident_reference <> :ref
                  and not exists (select 1 from incident i where i.site = r.site
                                  and i.reference = r.incident_reference and i.status = 'RETRACTED')
                  and r.created_at <= :storedBy
                order by r.incident_date, r.incident_reference""")
                .param("site", site)
                .param("groupRef", groupRef)
                .param("ref", excludingIncident)
                .param("storedBy", OffsetDateTime.ofInstant(storedBy, ZoneOffset.UTC))
                .query((rs, n) -> new PriorEnforcement(
                        rs.getString("incident_reference"), rs.getObject("incident_date", LocalDate.class)))
                .list();
    }

    private static GroupSnapshot snapshot(List<StoredCase> cases, String reference, String groupRef) {
        return cases.stream()
                .filter(c -> c.incident().reference().equals(reference))
                .flatMap(c -> c.groups().stream())
                .filter(g -> g.groupRef().equals(groupRef))
                .findFirst()
                .orElseThrow();
    }

    private static List<PriorEnforcement> prior(List<StoredCase> cases, String reference, String groupRef) {
        return Objects.requireNonNull(snapshot(cases, reference, groupRef).priorEnforcements());
    }
}

package se.samverkan.gvi.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.samverkan.gvi.client.api.DecisionLogApi;
import se.samverkan.gvi.client.api.GroupsApi;
import se.samverkan.gvi.client.api.IncidentsApi;
import se.samverkan.gvi.client.api.PersonsApi;
import se.samverkan.gvi.client.api.RecommendationsApi;
import se.samverkan.gvi.client.model.AttributionRequest;
import se.samverkan.gvi.client.model.Audit;
import se.samverkan.gvi.client.model.CallInRequest;
import se.samverkan.gvi.client.model.DecisionLogEntry;
import se.samverkan.gvi.client.model.DecisionRequest;
import se.samverkan.gvi.client.model.GroupRequest;
import se.samverkan.gvi.client.model.IncidentReport;
import se.samverkan.gvi.client.model.IncidentRequest;
import se.samverkan.gvi.client.model.Member;
import se.samverkan.gvi.client.model.PageOfDecisionLogEntry;
import se.samverkan.gvi.client.model.PersonRequest;
import se.samverkan.gvi.client.model.RecommendationView;
import se.samverkan.gvi.client.model.Speaker;

/**
 * An agency's view of the API: a client generated from the committed {@code docs/openapi.yaml}
 * (openapi-generator, at build time into {@code target/}) and nothing else drives the started
 * service through the liaison → coordinator flow. A change of the service that breaks the
 * document's promises fails here; a change of the document that breaks clients fails compiling.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:client;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "gvi.demo.enabled=false",
            "gvi.rules.warm-up-evaluations=0"
        })
class ApiClientTests {

    @LocalServerPort
    int port;

    private ApiClient as(String user) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + port);
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
        return client;
    }

    @Test
    void aLiaisonsReportIsRecommendedDecidedAndLoggedThroughTheGeneratedClient() throws ApiException {
        PersonsApi persons = new PersonsApi(as("admin"));
        persons.putPerson(
                "P-CL-01",
                new PersonRequest()
                        .birthDate(LocalDate.parse("1998-04-01"))
                        .putAdditionalProperty("underSupervision", true)
                        .putAdditionalProperty("registeredVehicle", true));
        persons.putPerson(
                "P-CL-02",
                new PersonRequest()
                        .birthDate(LocalDate.parse("2009-06-01"))
                        .putAdditionalProperty("priorViolentOffence", true));
        new GroupsApi(as("admin"))
                .putGroup(
                        "G-CL",
                        new GroupRequest()
                                .name("Klientgruppen (fiktiv)")
                                .area("Fiktiva området")
                                .rivals(List.of())
                                .audit(new Audit()
                                        .mappedOn(LocalDate.parse("2025-06-01"))
                                        .members(List.of(
                                                new Member()
                                                        .personRef("P-CL-01")
                                                        .joinedOn(LocalDate.parse("2024-01-01")),
                                                new Member()
                                                        .personRef("P-CL-02")
                                                        .joinedOn(LocalDate.parse("2024-01-01"))))));
        new GroupsApi(as("coordinator"))
                .recordCallIn(
                        "G-CL",
                        new CallInRequest()
                                .heldOn(LocalDate.parse("2026-01-10"))
                                .promiseId("HUDDINGE-2024")
                                .attendees(List.of("P-CL-01", "P-CL-02"))
                                .speakers(List.of(new Speaker().role(Speaker.RoleEnum.POLICE)))
                                .customNotifications(List.of()));

        IncidentReport report = new IncidentsApi(as("liaison"))
                .reportIncident(new IncidentRequest()
                        .reference("K-CL-0001")
                        .type("SHOOTING")
                        .occurredAt(OffsetDateTime.parse("2026-02-01T21:40:00+01:00"))
                        .area("Fiktiva torget")
                        .summary("Fiktiv händelse")
                        .attributions(List.of(new AttributionRequest()
                                .groupRef("G-CL")
                                .role(AttributionRequest.RoleEnum.PERPETRATOR)
                                .confidence(AttributionRequest.ConfidenceEnum.CONFIRMED)))
                        .suspects(List.of("P-CL-01")));
        assertThat(report.getVersion()).isEqualTo(1);
        assertThat(report.getRecommendations()).hasSize(1);
        UUID id = report.getRecommendations().get(0).getId();

        RecommendationsApi coordinator = new RecommendationsApi(as("coordinator"));
        RecommendationView recommendation = coordinator.getRecommendation(id);
        assertThat(recommendation.getOutcome()).isEqualTo(RecommendationView.OutcomeEnum.GROUP_ENFORCEMENT);
        assertThat(recommendation.getStatus()).isEqualTo(RecommendationView.StatusEnum.PENDING_REVIEW);
        assertThat(recommendation.getDecision()).isNull();
        assertThat(recommendation.getActions()).isNotEmpty();

        RecommendationView decided = coordinator.decideRecommendation(
                id, new DecisionRequest().decision(DecisionRequest.DecisionEnum.APPROVED));
        assertThat(decided.getStatus()).isEqualTo(RecommendationView.StatusEnum.APPROVED);
        assertThat(decided.getDecision().getDecidedBy()).isEqualTo("coordinator");

        PageOfDecisionLogEntry log =
                new DecisionLogApi(as("auditor")).listDecisionLog("recommendation:" + id, null, null, null, null);
        assertThat(log.getItems())
                .extracting(DecisionLogEntry::getAction)
                .contains("RECOMMENDATION_CREATED", "RECOMMENDATION_READ", "RECOMMENDATION_APPROVED_BY_COORDINATOR");
        assertThat(log.getItems())
                .allSatisfy(entry -> assertThat(entry.getActor()).isNotBlank());
    }
}

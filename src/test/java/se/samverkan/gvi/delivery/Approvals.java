package se.samverkan.gvi.delivery;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import se.samverkan.gvi.decision.Attribution;
import se.samverkan.gvi.decision.Confidence;
import se.samverkan.gvi.decision.Role;
import se.samverkan.gvi.group.CallInRequest;
import se.samverkan.gvi.group.GroupRequest;
import se.samverkan.gvi.group.GroupService;
import se.samverkan.gvi.group.PersonRequest;
import se.samverkan.gvi.incident.Incident;
import se.samverkan.gvi.incident.IncidentService;
import se.samverkan.gvi.recommendation.RecommendationView;
import se.samverkan.gvi.recommendation.Recommendations;
import se.samverkan.gvi.security.Actor;

/** Fictional recommendations to approve, stored through the service's own API. */
final class Approvals {

    static final Actor ADMIN = new Actor("admin", "huddinge");
    static final Actor LIAISON = new Actor("liaison", "huddinge");
    static final Actor COORDINATOR = new Actor("coordinator", "huddinge");

    private Approvals() {}

    /**
     * A stored GROUP_ENFORCEMENT recommendation whose actions go to several agencies, one of them
     * (the home visit to the member who missed the call-in) to two agencies together.
     */
    static RecommendationView enforcement(ApplicationContext service, String name) {
        GroupService groups = service.getBean(GroupService.class);
        IncidentService incidents = service.getBean(IncidentService.class);
        Recommendations recommendations = service.getBean(Recommendations.class);
        String group = "G-DLV-" + name;
        String a = "P-DLV-" + name + "-1";
        String b = "P-DLV-" + name + "-2";
        String c = "P-DLV-" + name + "-3";
        groups.savePerson(
                ADMIN,
                a,
                new PersonRequest(
                        LocalDate.of(1999, 1, 1),
                        java.util.Map.of("underSupervision", true, "outstandingWarrant", true)));
        groups.savePerson(
                ADMIN, b, new PersonRequest(LocalDate.of(2000, 6, 1), java.util.Map.of("registeredVehicle", true)));
        groups.savePerson(ADMIN, c, new PersonRequest(LocalDate.of(2001, 9, 1), java.util.Map.of()));
        groups.saveGroup(
                ADMIN,
                group,
                new GroupRequest(
                        "Fiktiv grupp " + name,
                        "Fiktivt område",
                        List.of(),
                        new GroupRequest.Audit(
                                LocalDate.of(2025, 1, 1),
                                List.of(
                                        new GroupRequest.Member(a, LocalDate.of(2024, 1, 1), null),
                                        new GroupRequest.Member(b, LocalDate.of(2024, 1, 1), null),
                                        new GroupRequest.Member(c, LocalDate.of(2024, 1, 1), null)))));
        groups.recordCallIn(
                COORDINATOR,
                group,
                new CallInRequest(LocalDate.of(2026, 1, 10), "HUDDINGE-2024", List.of(a, b), List.of(), List.of()));
        Incident incident = new Incident(
                "K-DLV-" + name,
                "SHOOTING",
                OffsetDateTime.parse("2026-03-01T20:00:00+01:00"),
                "Fiktivt område",
                "Fiktiv händelse",
                List.of(new Attribution(group, Role.PERPETRATOR, Confidence.CONFIRMED)),
                List.of());
        UUID id = incidents
                .report(LIAISON, incident)
                .report()
                .recommendations()
                .get(0)
                .id();
        return recommendations.get(COORDINATOR, id);
    }
}

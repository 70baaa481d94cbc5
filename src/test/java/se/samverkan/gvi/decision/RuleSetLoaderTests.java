package se.samverkan.gvi.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetLoaderTests {

    @Test
    void defaultRulesBuildAndEvaluate() {
        RuleSetBuild build = new RuleSetLoader(Clock.systemUTC()).load(Path.of("rules"));
        assertThat(build.problems()).isEmpty();
        RuleSet rules = build.orThrow();
        MemberSnapshot adult = new MemberSnapshot("P-0101", LocalDate.of(2001, 3, 2), LocalDate.of(2020, 1, 1), null,
                new PersonFacts(true, false, false, true, false, false, false, false));
        GroupSnapshot group = new GroupSnapshot("G-1", "Norra", LocalDate.of(2025, 1, 1), List.of(adult),
                List.of(new CallInRecord("c1", LocalDate.of(2026, 1, 15), "HUDDINGE-2024", List.of("P-0101"), List.of())),
                List.of());
        IncidentFacts incident = new IncidentFacts("K-1", IncidentType.SHOOTING, OffsetDateTime.parse("2026-02-01T21:40:00+01:00"),
                Instant.parse("2026-02-02T08:00:00Z"), List.of(new Attribution("G-1", Role.PERPETRATOR, Confidence.CONFIRMED)),
                List.of());
        Evaluation evaluation = rules.evaluate(incident, List.of(group), ZoneId.of("Europe/Stockholm"));
        System.out.println(evaluation);
        assertThat(evaluation.forGroup("G-1").outcome()).isEqualTo(Outcome.GROUP_ENFORCEMENT);
    }
}

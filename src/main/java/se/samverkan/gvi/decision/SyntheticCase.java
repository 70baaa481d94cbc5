package se.samverkan.gvi.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * An invented incident with one mapped group of a chosen size, for warming a freshly built rule set
 * and for benchmarks. Members get a deterministic mix of ages and facts so that every rule family
 * fires; no real person is described.
 */
public record SyntheticCase(IncidentFacts incident, List<GroupSnapshot> groups) {

    private static final LocalDate INCIDENT_DAY = LocalDate.of(2026, 2, 1);

    public static SyntheticCase ofGroupSize(int members) {
        return ofGroupSize(members, "HUDDINGE-2024");
    }

    /**
     * The case with a call-in that delivered the rule set's promise in force on the incident day (the
     * latest such), so a site's own rule set is exercised on its enforcement path, not only on
     * "deliver the promise".
     */
    public static SyntheticCase ofGroupSize(int members, RuleSet rules) {
        LocalDate callIn = LocalDate.of(2025, 11, 15);
        String promise = rules.promises().values().stream()
                .filter(p -> !p.validFrom().isAfter(callIn)
                        && (p.validTo() == null || !p.validTo().isBefore(INCIDENT_DAY)))
                .max(java.util.Comparator.comparing(Promise::validFrom))
                .map(Promise::id)
                .orElse("HUDDINGE-2024");
        return ofGroupSize(members, promise);
    }

    private static SyntheticCase ofGroupSize(int members, String promiseId) {
        List<MemberSnapshot> snapshot = new ArrayList<>();
        List<String> attendees = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            String ref = String.format("P-%04d", 9000 + i);
            int age = 13 + (i % 12);
            boolean exited = i % 17 == 16;
            snapshot.add(new MemberSnapshot(
                    ref,
                    INCIDENT_DAY.minusYears(age).minusDays(i % 300),
                    LocalDate.of(2024, 1, 1),
                    exited ? INCIDENT_DAY.minusDays(30) : null,
                    syntheticFacts(i)));
            if (i % 3 != 2) {
                attendees.add(ref);
            }
        }
        GroupSnapshot group = new GroupSnapshot(
                "G-SYNT",
                "Syntetiska gruppen",
                LocalDate.of(2025, 1, 1),
                snapshot,
                List.of(new CallInRecord("CI-SYNT", LocalDate.of(2025, 11, 15), promiseId, attendees, List.of())),
                List.of(new PriorEnforcement("K-SYNT-0001", INCIDENT_DAY.minusDays(40))));
        IncidentFacts incident = new IncidentFacts(
                "K-SYNT-0002",
                IncidentType.of("SHOOTING"),
                OffsetDateTime.of(2026, 2, 1, 21, 40, 0, 0, ZoneOffset.ofHours(1)),
                Instant.parse("2026-02-01T22:00:00Z"),
                List.of(new Attribution("G-SYNT", Role.PERPETRATOR, Confidence.CONFIRMED)),
                List.of(snapshot.get(0).personRef(), "P-9999"));
        return new SyntheticCase(incident, List.of(group));
    }

    /** A spread of today's facts over the synthetic members, so every kind of rule fires. */
    private static PersonFacts syntheticFacts(int i) {
        java.util.Set<String> facts = new java.util.HashSet<>();
        String[] codes = {
            "underSupervision",
            "unservedSentence",
            "outstandingWarrant",
            "enforcementDebt",
            "registeredVehicle",
            "priorViolentOffence",
            "inCustody",
            "supportAccepted"
        };
        int[] every = {3, 5, 7, 4, 2, 6, 11, 9};
        int[] at = {0, 0, 0, 0, 0, 0, 10, 0};
        for (int f = 0; f < codes.length; f++) {
            if (i % every[f] == at[f]) {
                facts.add(codes[f]);
            }
        }
        return PersonFacts.of(facts);
    }
}

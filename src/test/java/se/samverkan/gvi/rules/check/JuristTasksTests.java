package se.samverkan.gvi.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.gvi.decision.Attribution;
import se.samverkan.gvi.decision.CallInRecord;
import se.samverkan.gvi.decision.Confidence;
import se.samverkan.gvi.decision.Exclusion;
import se.samverkan.gvi.decision.GroupSnapshot;
import se.samverkan.gvi.decision.IncidentFacts;
import se.samverkan.gvi.decision.IncidentType;
import se.samverkan.gvi.decision.MemberSnapshot;
import se.samverkan.gvi.decision.Outcome;
import se.samverkan.gvi.decision.PersonFacts;
import se.samverkan.gvi.decision.ProposedAction;
import se.samverkan.gvi.decision.Recommendation;
import se.samverkan.gvi.decision.Role;
import se.samverkan.gvi.decision.RuleFolderFixture;
import se.samverkan.gvi.decision.RuleSet;

/**
 * The seven everyday tasks of rules/README.md ("Sju vanliga uppgifter, steg för steg"), each done as
 * the README's worked example shows it, by editing only files in a copy of {@code rules/} and
 * {@code features/}: the full check passes (as {@code rules check} runs it for Huddinge, every
 * scenario included), and the rule set it builds shows the change through the engine. Each test
 * also shows the behaviour before the edit, so it fails when the edit is not applied. The new
 * ground is also applied through a reload and the API in {@code JuristNewGroundReloadTests}.
 */
class JuristTasksTests {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final String SITE = "huddinge";

    @TempDir
    Path temp;

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file).stripTrailing() + "\n" + text);
    }

    private RuleSet passingCheck(Path rules) {
        RuleCheck.Report report = new SiteRuleCheck(Clock.systemUTC()).check(rules, temp.resolve("features"), SITE);
        assertThat(report.problems())
                .as("the full check, every scenario included")
                .isEmpty();
        return Objects.requireNonNull(report.ruleSet());
    }

    /** A group called in with {@code promiseId} a month before {@code day}, with the given members. */
    private static GroupSnapshot calledIn(String promiseId, LocalDate day, MemberSnapshot... members) {
        List<String> refs = Stream.of(members).map(MemberSnapshot::personRef).toList();
        return new GroupSnapshot(
                "G-JUR",
                "Juristgruppen",
                day.minusMonths(6),
                List.of(members),
                List.of(new CallInRecord("CI-JUR", day.minusMonths(1), promiseId, refs, List.of())),
                List.of());
    }

    private static MemberSnapshot member(String ref, LocalDate day, int years, PersonFacts facts) {
        return new MemberSnapshot(ref, day.minusYears(years).minusDays(1), day.minusYears(2), null, facts);
    }

    private static Recommendation evaluate(RuleSet ruleSet, String type, LocalDate day, GroupSnapshot group) {
        IncidentFacts incident = new IncidentFacts(
                "K-JUR-1",
                IncidentType.of(type),
                OffsetDateTime.parse(day + "T21:40:00+01:00"),
                Instant.parse(day + "T22:00:00Z"),
                List.of(new Attribution(group.groupRef(), Role.PERPETRATOR, Confidence.CONFIRMED)),
                List.of());
        return ruleSet.evaluate(incident, List.of(group), STOCKHOLM).forGroup(group.groupRef());
    }

    /** Task 2's worked example: Huddinge's latest promise copied to a new file with a new id and validFrom. */
    private static void newHuddingePromise(Path rules, String id, String validFrom, String triggers)
            throws IOException {
        String latest = Files.readString(rules.resolve("sites/huddinge/promises/huddinge-2027.yaml"));
        Files.writeString(
                rules.resolve("sites/huddinge/promises/" + id.toLowerCase(Locale.ROOT) + ".yaml"),
                latest.replace("id: HUDDINGE-2027", "id: " + id)
                        .replace("validFrom: 2027-01-01", "validFrom: " + validFrom)
                        .replace(
                                "triggers: [HOMICIDE, ATTEMPTED_HOMICIDE, SHOOTING, EXPLOSION]",
                                "triggers: " + triggers));
    }

    @Test
    void task1ANewTriggerGivesGroupEnforcementForAnIncidentOfThatType() throws IOException {
        Path rules = RuleFolderFixture.copyOfProjectRules(temp);
        LocalDate day = LocalDate.of(2028, 3, 1);
        GroupSnapshot group =
                calledIn("HUDDINGE-2028", day, member("P-0601", day, 25, PersonFacts.of("underSupervision")));
        append(rules.resolve("vocabulary/incident-types.yaml"), """
                  - code: KNIFE_ATTACK
                    sv: ett knivangrepp
                    en: a knife attack
                """);
        newHuddingePromise(rules, "HUDDINGE-2028", "2028-01-01", "[HOMICIDE, ATTEMPTED_HOMICIDE, SHOOTING, EXPLOSION]");
        Recommendation before = evaluate(passingCheck(rules), "KNIFE_ATTACK", day, group);
        assertThat(before.outcome()).as("a knife attack is no trigger yet").isEqualTo(Outcome.NO_GROUP_ACTION);

        newHuddingePromise(
                rules,
                "HUDDINGE-2028",
                "2028-01-01",
                "[HOMICIDE, ATTEMPTED_HOMICIDE, SHOOTING, EXPLOSION, KNIFE_ATTACK]");
        RuleFolderFixture.replace(
                rules.resolve("sites/huddinge/promises/huddinge-2028.yaml"),
                "dödar, försöker döda, skjuter eller spränger",
                "dödar, försöker döda, skjuter, spränger eller angriper med kniv");
        Recommendation after = evaluate(passingCheck(rules), "KNIFE_ATTACK", day, group);

        assertThat(after.outcome()).isEqualTo(Outcome.GROUP_ENFORCEMENT);
        assertThat(after.summary()).contains("ett knivangrepp").doesNotContain("KNIFE_ATTACK");
        assertThat(after.actionsFor("P-0601")).extracting(ProposedAction::lever).contains("SUPERVISION_REVIEW");
    }

    @Test
    void task2ANewPromiseForASiteIsInForceForACallInFromItsValidFrom() throws IOException {
        Path rules = RuleFolderFixture.copyOfProjectRules(temp);
        LocalDate day = LocalDate.of(2028, 3, 1);
        GroupSnapshot group =
                calledIn("HUDDINGE-2028", day, member("P-0611", day, 25, PersonFacts.of("underSupervision")));
        assertThat(evaluate(passingCheck(rules), "SHOOTING", day, group).promiseId())
                .as("no such promise before the edit")
                .isNotEqualTo("HUDDINGE-2028");

        newHuddingePromise(rules, "HUDDINGE-2028", "2028-01-01", "[HOMICIDE, ATTEMPTED_HOMICIDE, SHOOTING, EXPLOSION]");
        RuleSet ruleSet = passingCheck(rules);
        Recommendation recommendation = evaluate(ruleSet, "SHOOTING", day, group);

        assertThat(ruleSet.promises().get("HUDDINGE-2028").validOn(day)).isTrue();
        assertThat(ruleSet.promises().get("HUDDINGE-2028").validOn(LocalDate.of(2027, 12, 31)))
                .isFalse();
        assertThat(recommendation.promiseId()).isEqualTo("HUDDINGE-2028");
        assertThat(recommendation.outcome()).isEqualTo(Outcome.GROUP_ENFORCEMENT);
        assertThat(recommendation.actionsFor("P-0611"))
                .anySatisfy(a -> assertThat(a.promiseClause()).startsWith("HUDDINGE-2028 §2"));
    }

    @Test
    void task3AChangedDeadlineInAPromiseNotYetDeliveredMovesTheActionsDueBy() throws IOException {
        Path rules = RuleFolderFixture.copyOfProjectRules(temp);
        LocalDate day = LocalDate.of(2028, 3, 1);
        GroupSnapshot group =
                calledIn("HUDDINGE-2028", day, member("P-0621", day, 25, PersonFacts.of("underSupervision")));
        Instant reported = Instant.parse(day + "T22:00:00Z");
        newHuddingePromise(rules, "HUDDINGE-2028", "2028-01-01", "[HOMICIDE, ATTEMPTED_HOMICIDE, SHOOTING, EXPLOSION]");
        assertThat(supervisionReview(evaluate(passingCheck(rules), "SHOOTING", day, group))
                        .dueBy())
                .as("the promise's seven days before the edit")
                .isEqualTo(reported.plus(Duration.ofDays(7)));

        RuleFolderFixture.replace(
                rules.resolve("sites/huddinge/promises/huddinge-2028.yaml"), "STANDARD: 7", "STANDARD: 5");
        Recommendation after = evaluate(passingCheck(rules), "SHOOTING", day, group);

        assertThat(supervisionReview(after).dueBy()).isEqualTo(reported.plus(Duration.ofDays(5)));
        assertThat(after.dueBy()).isEqualTo(reported.plus(Duration.ofDays(5)));
    }

    private static ProposedAction supervisionReview(Recommendation recommendation) {
        return recommendation.actionsFor("P-0621").stream()
                .filter(a -> a.lever().equals("SUPERVISION_REVIEW"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void task4ARaisedMinimumAgeExcludesAMemberJustUnderItWithTheSwedishReason() throws IOException {
        Path rules = RuleFolderFixture.copyOfProjectRules(temp);
        LocalDate day = LocalDate.of(2026, 3, 1);
        GroupSnapshot group = calledIn(
                "HUDDINGE-2024",
                day,
                member("P-0631", day, 17, PersonFacts.of("unservedSentence")),
                member("P-0632", day, 18, PersonFacts.of("unservedSentence")));
        assertThat(evaluate(passingCheck(rules), "SHOOTING", day, group).actionsFor("P-0631"))
                .extracting(ProposedAction::lever)
                .as("no minimum age before the edit")
                .contains("SENTENCE_EXECUTION");

        append(rules.resolve("lagrum.yaml"), """
                  - id: LSU
                    title: Lagen om verkställighet av sluten ungdomsvård
                    sfs: "1998:603"
                """);
        append(
                rules.resolve("gvi/lever-min-ages.drl.csv"),
                "verkställighet av ej avtjänat straff,18,\"[LSU]: den som är under 18 år\"\n");
        String ground = "Lagen om verkställighet av sluten ungdomsvård (1998:603): den som är under 18 år";
        Recommendation after = evaluate(passingCheck(rules), "SHOOTING", day, group);

        assertThat(after.actionsFor("P-0631")).extracting(ProposedAction::lever).doesNotContain("SENTENCE_EXECUTION");
        assertThat(after.actionsFor("P-0632")).extracting(ProposedAction::lever).contains("SENTENCE_EXECUTION");
        Exclusion excluded = after.exclusionsFor("P-0631").stream()
                .filter(e -> "SENTENCE_EXECUTION".equals(e.lever()))
                .findFirst()
                .orElseThrow();
        assertThat(excluded.reason().code()).isEqualTo("BELOW_MIN_AGE");
        assertThat(excluded.legalBasis()).isEqualTo(ground);
        assertThat(excluded.explanation())
                .isEqualTo("P-0631 var 17 år på händelsedagen, under lägsta åldern 18 år för "
                        + "verkställighet av ej avtjänat straff enligt ålderstabellen (" + ground
                        + "), så åtgärden föreslås inte.");
    }

    @Test
    void task6ANewExclusionRuleGivesTheExcludedPersonTheNewReason() throws IOException {
        Path rules = RuleFolderFixture.copyOfProjectRules(temp);
        LocalDate day = LocalDate.of(2026, 3, 1);
        GroupSnapshot group = calledIn(
                "HUDDINGE-2024",
                day,
                member("P-0641", day, 30, PersonFacts.of("inCustody", "registeredVehicle")),
                member("P-0642", day, 30, PersonFacts.of("registeredVehicle")));
        assertThat(evaluate(passingCheck(rules), "SHOOTING", day, group).exclusionsFor("P-0641"))
                .extracting(Exclusion::lever)
                .as("only the exclusion from every sanction before the edit")
                .containsOnlyNulls();

        append(rules.resolve("vocabulary/exclusion-reasons.yaml"), """
                  - code: NO_ACCESS_TO_VEHICLE
                    sv: kan inte använda sitt fordon
                    en: cannot use their vehicle
                """);
        append(rules.resolve("gvi/05-custody-exit.dslr"), """

                rule "Undantag från GVI-09: den frihetsberövade får inga fordonskontroller"
                    @id("GVI-09")
                    @legalBasis("Proportionalitet: den som är frihetsberövad kan inte använda sitt fordon")
                when
                    Åldersgränserna
                    En person som omfattas av gruppens konsekvenser
                    Personen har fyllt straffbarhetsåldern och är frihetsberövad
                    Löftet som gäller för gruppen
                    Åtgärden "fordonskontroller"
                then
                    Föreslå inte åtgärden, med skälet "kan inte använda sitt fordon": "<person> är frihetsberövad och kan inte använda sitt fordon: inga fordonskontroller."
                end
                """);
        Recommendation after = evaluate(passingCheck(rules), "SHOOTING", day, group);

        Exclusion excluded = after.exclusionsFor("P-0641").stream()
                .filter(e -> "VEHICLE_CHECKS".equals(e.lever()))
                .findFirst()
                .orElseThrow();
        assertThat(excluded.reason().code()).isEqualTo("NO_ACCESS_TO_VEHICLE");
        assertThat(excluded.ruleId()).isEqualTo("GVI-09");
        assertThat(excluded.explanation())
                .isEqualTo("P-0641 är frihetsberövad och kan inte använda sitt fordon: " + "inga fordonskontroller.");
        assertThat(after.exclusionsFor("P-0642")).isEmpty();
        assertThat(after.actionsFor("P-0642")).extracting(ProposedAction::lever).contains("VEHICLE_CHECKS");
    }

    private static final String NEW_SCENARIO = """
            # language: sv
            Egenskap: Den som är frihetsberövad får stöd men inga sanktioner

              @GVI-09
              Scenario: En frihetsberövad medlem under övervakning får ingen sanktion
                Givet att gruppen "Östra gänget" fick löftet "HUDDINGE-2024" vid ett call-in den 2026-01-15
                Och att gruppen har dessa medlemmar:
                  | person | född       | var på call-in | står under övervakning | är frihetsberövad |
                  | P-0651 | 1998-04-12 | ja             | ja                     | ja                |
                När polisen rapporterar en skjutning som inträffade den 2026-02-01 kl. 21.40 med en bekräftad koppling till gruppen
                Så ska gruppen få konsekvenser enligt löftet
                Och ska P-0651 inte få någon sanktion, med skälet "frihetsberövad"
            """;

    @Test
    void task7ANewScenarioIsRunByTheCheckAndAWrongExpectationInItFailsTheCheck() throws IOException {
        Path rules = RuleFolderFixture.copyOfProjectRules(temp);
        Path scenario = temp.resolve("features/sv/frihetsberovad-under-overvakning.feature");
        Files.writeString(scenario, NEW_SCENARIO);

        RuleCheck.Report passing = new SiteRuleCheck(Clock.systemUTC()).check(rules, temp.resolve("features"), SITE);

        assertThat(passing.problems()).isEmpty();
        assertThat(passing.scenarios())
                .filteredOn(s -> s.uri().endsWith("frihetsberovad-under-overvakning.feature"))
                .singleElement()
                .satisfies(s -> assertThat(s.passed()).isTrue());

        Files.writeString(
                scenario, NEW_SCENARIO.replace("med skälet \"frihetsberövad\"", "med skälet \"under 15 år\""));
        RuleCheck.Report failing = new SiteRuleCheck(Clock.systemUTC()).check(rules, temp.resolve("features"), SITE);

        assertThat(failing.problems())
                .anySatisfy(p -> assertThat(p.file()).endsWith("frihetsberovad-under-overvakning.feature"));
    }

    @Test
    void task5ANewLeverWithANewLegalGroundReachesExactlyTheMembersWhoHaveTheGround() throws IOException {
        Path rules = RuleFolderFixture.copyOfProjectRules(temp);
        JuristTaskEdits.addContactBanForThreatenedWitnesses(rules, "HUDDINGE-2028", "2028-01-01");

        RuleCheck.Report report =
                new SiteRuleCheck(Clock.systemUTC()).check(rules, temp.resolve("features"), "huddinge");

        assertThat(report.problems())
                .as("the full check, every scenario included")
                .isEmpty();
        RuleSet ruleSet = report.ruleSet();
        assertThat(ruleSet).isNotNull();
        LocalDate day = LocalDate.of(2028, 3, 1);
        PersonFacts ground = PersonFacts.of("threatenedWitness");
        GroupSnapshot group = new GroupSnapshot(
                "G-KNIV",
                "Knivgänget",
                day.minusMonths(6),
                List.of(
                        new MemberSnapshot("P-0501", day.minusYears(24), day.minusYears(2), null, ground),
                        new MemberSnapshot("P-0502", day.minusYears(22), day.minusYears(2), null, PersonFacts.NONE),
                        new MemberSnapshot("P-0503", day.minusYears(13), day.minusYears(1), null, ground),
                        new MemberSnapshot(
                                "P-0504",
                                day.minusYears(30),
                                day.minusYears(3),
                                null,
                                PersonFacts.of("threatenedWitness", "inCustody"))),
                List.of(new CallInRecord(
                        "CI-KNIV",
                        LocalDate.of(2028, 2, 1),
                        "HUDDINGE-2028",
                        List.of("P-0501", "P-0502", "P-0503", "P-0504"),
                        List.of())),
                List.of());
        IncidentFacts knifeAttack = new IncidentFacts(
                "K-KNIV-1",
                IncidentType.of("KNIFE_ATTACK"),
                OffsetDateTime.parse("2028-03-01T21:40:00+01:00"),
                Instant.parse("2028-03-01T22:00:00Z"),
                List.of(new Attribution("G-KNIV", Role.PERPETRATOR, Confidence.CONFIRMED)),
                List.of());

        Recommendation recommendation =
                ruleSet.evaluate(knifeAttack, List.of(group), STOCKHOLM).forGroup("G-KNIV");

        assertThat(recommendation.summary()).contains("ett knivangrepp").doesNotContain("KNIFE_ATTACK");
        List<ProposedAction> bans = recommendation.actions().stream()
                .filter(a -> a.lever().equals("CONTACT_BAN"))
                .toList();
        assertThat(bans).extracting(ProposedAction::personRef).containsExactly("P-0501");
        assertThat(bans.get(0).explanation())
                .isEqualTo("P-0501 har hotat ett vittne, vilket ger egen rättslig grund "
                        + "för kontaktförbud, och åtgärden ingår i löftet HUDDINGE-2028 som gruppen fick.");
        assertThat(bans.get(0).legalBasis()).isEqualTo("Lagen om kontaktförbud (1988:688)");
        assertThat(bans.get(0).promiseClause()).contains("HUDDINGE-2028 §2");
    }

    @Test
    void aLeverThatCitesALegalReferenceTheRegisterLacksIsRefusedAtItsLine() throws IOException {
        Path rules = RuleFolderFixture.copyOfProjectRules(temp);
        RuleFolderFixture.replace(rules.resolve("levers.yaml"), "lagrum: [SOL]", "lagrum: [SOL-14-1]");

        RuleCheck.Report report = new SiteRuleCheck(Clock.systemUTC()).check(rules, temp.resolve("features"), null);

        List<String> lines = Files.readAllLines(rules.resolve("levers.yaml"));
        int line = lines.indexOf(lines.stream()
                        .filter(l -> l.contains("SOL-14-1"))
                        .findFirst()
                        .orElseThrow())
                + 1;
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("levers.yaml");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).startsWith("Åtgärden ").contains("SOL-14-1", "lagrum.yaml");
        });
    }
}

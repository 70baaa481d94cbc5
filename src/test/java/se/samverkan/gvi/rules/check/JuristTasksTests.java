package se.samverkan.gvi.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.gvi.decision.Attribution;
import se.samverkan.gvi.decision.CallInRecord;
import se.samverkan.gvi.decision.Confidence;
import se.samverkan.gvi.decision.GroupSnapshot;
import se.samverkan.gvi.decision.IncidentFacts;
import se.samverkan.gvi.decision.IncidentType;
import se.samverkan.gvi.decision.MemberSnapshot;
import se.samverkan.gvi.decision.PersonFacts;
import se.samverkan.gvi.decision.ProposedAction;
import se.samverkan.gvi.decision.Recommendation;
import se.samverkan.gvi.decision.Role;
import se.samverkan.gvi.decision.RuleFolderFixture;
import se.samverkan.gvi.decision.RuleSet;

/**
 * The walkthrough's task "a new lever with a new legal ground" (rules/README.md, "Sju vanliga
 * uppgifter"), done by editing only files in a copy of {@code rules/}: a new person fact, incident
 * type, legal reference, lever and promise pass the full check, and an incident of the new type gives
 * the new lever, explained in Swedish, to exactly the members who have the ground.
 */
class JuristTasksTests {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @TempDir
    Path temp;

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file).stripTrailing() + "\n" + text);
    }

    @Test
    void aNewLeverWithANewLegalGroundReachesExactlyTheMembersWhoHaveTheGround() throws IOException {
        Path rules = RuleFolderFixture.copyOfProjectRules(temp);
        append(rules.resolve("vocabulary/person-facts.yaml"), """
                  - code: threatenedWitness
                    sv: har hotat ett vittne
                    en: threatened a witness
                    legalGround: true
                """);
        append(rules.resolve("vocabulary/incident-types.yaml"), """
                  - code: KNIFE_ATTACK
                    sv: ett knivangrepp
                    en: a knife attack
                """);
        append(rules.resolve("lagrum.yaml"), """
                  - id: KONTAKTFORBUD
                    title: Lagen om kontaktförbud
                    sfs: "1988:688"
                """);
        append(rules.resolve("levers.yaml"), """
                  - code: CONTACT_BAN
                    nameSv: kontaktförbud
                    nameEn: contact ban
                    agency: Åklagarmyndigheten
                    lagrum: [KONTAKTFORBUD]
                    precondition: threatenedWitness
                    ground: har hotat ett vittne
                    sanction: true
                """);
        Files.writeString(rules.resolve("sites/huddinge/promises/huddinge-2028.yaml"), """
                id: HUDDINGE-2028
                text: |
                  Om någon i er grupp angriper någon med kniv möts hela gruppen av konsekvenser.
                  Den som hotar ett vittne får kontaktförbud.
                validFrom: 2028-01-01
                validTo: null
                triggers: [KNIFE_ATTACK]
                levers: [CONTACT_BAN]
                deadlines:
                  STANDARD: 7
                  ESCALATED: 3
                escalationWindowDays: 90
                clauses:
                  - ref: "§1"
                    about: TRIGGERS
                    text: "Om någon i gruppen angriper någon med kniv möts hela gruppen av konsekvenser."
                  - ref: "§2"
                    about: CONTACT_BAN
                    text: "Den som hotar ett vittne får kontaktförbud."
                """);

        RuleCheck.Report report = new SiteRuleCheck(Clock.systemUTC()).check(rules, temp.resolve("features"), "huddinge");

        assertThat(report.problems()).as("the full check, every scenario included").isEmpty();
        RuleSet ruleSet = report.ruleSet();
        assertThat(ruleSet).isNotNull();
        LocalDate day = LocalDate.of(2028, 3, 1);
        PersonFacts ground = PersonFacts.of("threatenedWitness");
        GroupSnapshot group = new GroupSnapshot("G-KNIV", "Knivgänget", day.minusMonths(6), List.of(
                new MemberSnapshot("P-0501", day.minusYears(24), day.minusYears(2), null, ground),
                new MemberSnapshot("P-0502", day.minusYears(22), day.minusYears(2), null, PersonFacts.NONE),
                new MemberSnapshot("P-0503", day.minusYears(13), day.minusYears(1), null, ground),
                new MemberSnapshot("P-0504", day.minusYears(30), day.minusYears(3), null,
                        PersonFacts.of("threatenedWitness", "inCustody"))),
                List.of(new CallInRecord("CI-KNIV", LocalDate.of(2028, 2, 1), "HUDDINGE-2028",
                        List.of("P-0501", "P-0502", "P-0503", "P-0504"), List.of())), List.of());
        IncidentFacts knifeAttack = new IncidentFacts("K-KNIV-1", IncidentType.of("KNIFE_ATTACK"),
                OffsetDateTime.parse("2028-03-01T21:40:00+01:00"), Instant.parse("2028-03-01T22:00:00Z"),
                List.of(new Attribution("G-KNIV", Role.PERPETRATOR, Confidence.CONFIRMED)), List.of());

        Recommendation recommendation = ruleSet.evaluate(knifeAttack, List.of(group), STOCKHOLM).forGroup("G-KNIV");

        assertThat(recommendation.summary()).contains("ett knivangrepp").doesNotContain("KNIFE_ATTACK");
        List<ProposedAction> bans = recommendation.actions().stream().filter(a -> a.lever().equals("CONTACT_BAN")).toList();
        assertThat(bans).extracting(ProposedAction::personRef).containsExactly("P-0501");
        assertThat(bans.get(0).explanation()).isEqualTo("P-0501 har hotat ett vittne, vilket ger egen rättslig grund "
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
        int line = lines.indexOf(lines.stream().filter(l -> l.contains("SOL-14-1")).findFirst().orElseThrow()) + 1;
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("levers.yaml");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).startsWith("Åtgärden ").contains("SOL-14-1", "lagrum.yaml");
        });
    }
}

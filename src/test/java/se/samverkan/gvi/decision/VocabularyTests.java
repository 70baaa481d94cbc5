package se.samverkan.gvi.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.gvi.decision.RuleFolderFixture.copyOfDefaultRules;
import static se.samverkan.gvi.decision.RuleFolderFixture.replace;

import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vocabulary is the legal reviewer's: its words reach explanations and summaries without Java,
 * and the check refuses what would break stored data or the rules, with file, line and a fix.
 */
class VocabularyTests {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private final RuleSetLoader loader = RuleFolderFixture.loader();

    @TempDir
    Path temp;

    @Test
    void theDefaultVocabularyNamesEveryTypeWithItsArticleEveryFactAndEveryReason() {
        Vocabulary vocabulary =
                loader.load(RuleFolderFixture.defaultRules()).orThrow().vocabulary();
        assertThat(vocabulary.incidentTypes().keySet())
                .containsExactlyInAnyOrder(
                        "HOMICIDE",
                        "ATTEMPTED_HOMICIDE",
                        "SHOOTING",
                        "EXPLOSION",
                        "AGGRAVATED_ASSAULT",
                        "ARSON",
                        "THREAT",
                        "ROBBERY",
                        "DRUG_OFFENCE",
                        "OTHER");
        assertThat(vocabulary.incidentTypeSv("HOMICIDE")).isEqualTo("ett mord");
        assertThat(vocabulary.incidentTypeSv("SHOOTING")).isEqualTo("en skjutning");
        assertThat(vocabulary.legalGrounds())
                .containsExactlyInAnyOrder(
                        "underSupervision",
                        "unservedSentence",
                        "outstandingWarrant",
                        "enforcementDebt",
                        "registeredVehicle",
                        "priorViolentOffence");
        assertThat(vocabulary.exclusionReasonSv("IN_CUSTODY")).isEqualTo("frihetsberövad");
        assertThat(vocabulary.personFactNamed("Står under övervakning")).contains("underSupervision");
    }

    @Test
    void aReviewersNewWordingReachesTheSummaryWithoutJava() {
        Path copy = copyOfDefaultRules(temp);
        replace(copy.resolve("vocabulary/incident-types.yaml"), "sv: en skjutning", "sv: en skottlossning");

        RuleSet rules = loader.load(copy).orThrow();
        SyntheticCase synthetic = SyntheticCase.ofGroupSize(5, rules);
        Recommendation recommendation = rules.evaluate(synthetic.incident(), synthetic.groups(), STOCKHOLM)
                .recommendations()
                .get(0);

        assertThat(recommendation.summary())
                .contains("kopplas till en skottlossning:")
                .doesNotContain("SHOOTING");
    }

    @Test
    void aNewEntryNeedsNoJavaButACodeMustBeSpeltAsTheApiSpellsIt() {
        Path copy = copyOfDefaultRules(temp);
        replace(
                copy.resolve("vocabulary/incident-types.yaml"),
                "  - code: OTHER\n",
                "  - code: KIDNAPPING\n    sv: ett människorov\n    en: a kidnapping\n  - code: OTHER\n");
        RuleSet rules = loader.load(copy).orThrow();
        assertThat(rules.vocabulary().incidentTypeSv("KIDNAPPING")).isEqualTo("ett människorov");

        replace(copy.resolve("vocabulary/incident-types.yaml"), "code: KIDNAPPING", "code: kidnapping");
        replace(copy.resolve("vocabulary/person-facts.yaml"), "code: supportAccepted", "code: birthDate");
        RuleSetBuild build = loader.load(copy);

        assertThat(build.problems())
                .extracting(p -> p.file() + ":" + p.line() + ": " + p.message())
                .anySatisfy(p -> assertThat(p)
                        .startsWith("vocabulary/incident-types.yaml:32: Händelsetypen kidnapping "
                                + "är ingen giltig kod. Skriv koden med stora bokstäver"))
                .anySatisfy(p -> assertThat(p)
                        .startsWith("vocabulary/person-facts.yaml:")
                        .contains("Koden birthDate är redan ett fält för personen i API:t."));
    }

    @Test
    void aSanctionMayOnlyRestOnAFactThatIsALegalGround() {
        Path copy = copyOfDefaultRules(temp);
        replace(
                copy.resolve("vocabulary/person-facts.yaml"),
                "  - code: registeredVehicle\n    sv: har registrerat fordon\n"
                        + "    en: registered vehicle\n    legalGround: true",
                "  - code: registeredVehicle\n    sv: har registrerat fordon\n"
                        + "    en: registered vehicle\n    legalGround: false");

        RuleSetBuild build = loader.load(copy);

        assertThat(build.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("levers.yaml");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("VEHICLE_CHECKS", "registeredVehicle", "legalGround: true");
        });
    }

    @Test
    void twoEntriesWithTheSameWordsAreRefusedSoScenariosStayUnambiguous() {
        Path copy = copyOfDefaultRules(temp);
        replace(copy.resolve("vocabulary/exclusion-reasons.yaml"), "sv: under 15 år", "sv: frihetsberövad");

        RuleSetBuild build = loader.load(copy);

        assertThat(build.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("vocabulary/exclusion-reasons.yaml");
            assertThat(p.message()).contains("används redan");
        });
    }
}

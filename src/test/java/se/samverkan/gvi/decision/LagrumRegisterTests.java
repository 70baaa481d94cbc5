package se.samverkan.gvi.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.gvi.decision.RuleFolderFixture.copyOfDefaultRules;
import static se.samverkan.gvi.decision.RuleFolderFixture.replace;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every legal reference of the default rules comes from the register (rules/lagrum.yaml): levers,
 * age limits, rules and table rows name it by id and show it in full; a reference written by hand
 * beside the register is refused by the check, and an unknown id by the build.
 */
class LagrumRegisterTests {

    private final RuleSetLoader loader = RuleFolderFixture.loader();

    @TempDir
    Path temp;

    @Test
    void theDefaultRulesWriteNoReferenceByHand() {
        RuleSetBuild build = loader.load(RuleFolderFixture.defaultRules());

        assertThat(build.problems()).isEmpty();
        assertThat(build.lint()).isEmpty();
    }

    @Test
    void aLeverShowsItsReferencesInFullFollowedByItsNote() {
        RuleSet rules = loader.load(RuleFolderFixture.defaultRules()).orThrow();

        assertThat(rules.levers().get("SUPERVISION_REVIEW").legalBasis())
                .isEqualTo("Brottsbalken (1962:700) 26 kap. 15–19 §§; Brottsbalken (1962:700) 28 kap. 8–9 §§: "
                        + "villkor, varning och återkallelse vid övervakning");
        assertThat(rules.levers().get("EXCLUSION_ORDER").legalBasis())
                .isEqualTo("Lagen om preventiva vistelseförbud (2024:7) 3–4 §§: prövas av åklagare på ansökan");
    }

    @Test
    void anAgeLimitARuleAndATableRowShowTheirReferencesInFull() {
        RuleSet rules = loader.load(RuleFolderFixture.defaultRules()).orThrow();

        assertThat(rules.ageLimits().criminalResponsibilityBasis())
                .isEqualTo("Brottsbalken (1962:700) 1 kap. 6 §: straffbarhetsålder");
        assertThat(rules.rules())
                .filteredOn(rule -> rule.id().equals("GVI-07"))
                .extracting(RuleInfo::legalBasis)
                .contains("Brottsbalken (1962:700) 1 kap. 6 §");
        assertThat(rules.minimumAgeRows())
                .extracting(MinimumAgeRow::legalReference)
                .allSatisfy(reference -> assertThat(reference)
                        .startsWith("Föräldrabalken (1949:381) 9 kap. 1 §")
                        .doesNotContain("["));
    }

    @Test
    void aReferenceWrittenByHandInARuleIsRefusedByTheCheckAtItsLine() {
        Path copy = copyOfDefaultRules(temp);
        replace(
                copy.resolve("gvi/04-age.dslr"),
                "@legalBasis(\"[BRB-1-6]\")",
                "@legalBasis(\"Brottsbalken 1 kap. 6 §\")");

        RuleSetBuild build = loader.load(copy);

        assertThat(build.problems()).isEmpty();
        assertThat(build.lint()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("gvi/04-age.dslr");
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.message()).contains("skrivet för hand", "1 kap.", "[BRB-1-6]", "lagrum.yaml");
        });
    }

    @Test
    void aReferenceWrittenByHandInALeverOrATableRowIsRefusedByTheCheck() {
        Path copy = copyOfDefaultRules(temp);
        replace(copy.resolve("levers.yaml"), "legalBasis: \"utmätning\"", "legalBasis: \"Utsökningsbalken 4 kap.\"");
        replace(copy.resolve("gvi/lever-deadlines.drl.csv"), "[RB-24] och [PL-24]", "[RB-24] och polislagen 24 §");

        assertThat(loader.load(copy).lint())
                .extracting(RuleProblem::file)
                .containsExactlyInAnyOrder("levers.yaml", "gvi/lever-deadlines.drl.csv", "gvi/lever-deadlines.drl.csv");
    }

    @Test
    void anUnknownIdIsRefusedNamingTheIdsThereAre() {
        Path copy = copyOfDefaultRules(temp);
        replace(copy.resolve("gvi/04-age.dslr"), "@legalBasis(\"[BRB-1-6]\")", "@legalBasis(\"[BRB-1-66]\")");

        assertThat(loader.load(copy).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("gvi/04-age.dslr");
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.message()).contains("[BRB-1-66] finns inte i lagrum.yaml", "BRB-1-6,");
        });
    }
}

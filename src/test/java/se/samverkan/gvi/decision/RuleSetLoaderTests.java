package se.samverkan.gvi.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static se.samverkan.gvi.decision.RuleFolderFixture.copyOfDefaultRules;
import static se.samverkan.gvi.decision.RuleFolderFixture.replace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetLoaderTests {

    private final RuleSetLoader loader = RuleFolderFixture.loader();

    @TempDir
    Path temp;

    @Test
    void theDefaultRulesBuildWithTheirCatalogueAndPromise() {
        RuleSetBuild build = loader.load(RuleFolderFixture.defaultRules());

        assertThat(build.problems()).isEmpty();
        RuleSet rules = build.orThrow();
        assertThat(rules.version()).matches("[0-9a-f]{64}");
        assertThat(rules.promises()).containsKey("HUDDINGE-2024");
        assertThat(rules.promises().get("HUDDINGE-2024").levers()).doesNotContain("DEBT_ENFORCEMENT");
        assertThat(rules.levers()).hasSize(10);
        assertThat(rules.rules()).allSatisfy(rule -> {
            assertThat(rule.id()).matches("GVI-\\d\\d");
            assertThat(rule.legalBasis()).isNotBlank();
            assertThat(rule.line()).isPositive();
        });
    }

    @Test
    void theVersionIsTheSameForTheSameFilesAndChangesWithAnyRuleFile() throws Exception {
        Path copy = copyOfDefaultRules(temp);
        String original =
                loader.load(RuleFolderFixture.defaultRules()).orThrow().version();
        assertThat(loader.load(copy).orThrow().version()).isEqualTo(original);

        replace(copy.resolve("promises/huddinge-2024.yaml"), "STANDARD: 7", "STANDARD: 6");

        assertThat(loader.load(copy).orThrow().version()).isNotEqualTo(original);
    }

    @Test
    void aRuleThatDoesNotCompileIsRefusedWithItsFileAndLine() throws Exception {
        Path copy = copyOfDefaultRules(temp);
        // a rule written in the engine's own language, as a site may still add one
        Files.writeString(copy.resolve("gvi/10-local.drl"), """
                package gvi;
                import se.samverkan.gvi.decision.facts.*;
                rule "GVI-11 Lokal regel"
                    @id("GVI-11")
                    @legalBasis("Rättegångsbalken 23 kap. 1 §")
                when
                    Member( suspect, $ref : personRef
                then
                end
                """);

        RuleSetBuild build = loader.load(copy);

        assertThat(build.isValid()).isFalse();
        assertThat(build.ruleSet()).isNull();
        assertThat(build.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("gvi/10-local.drl");
            assertThat(p.line()).isPositive();
        });
        assertThatThrownBy(build::orThrow).hasMessageContaining("gvi/10-local.drl:");
    }

    @Test
    void aRuleWithoutLegalBasisIsRefusedNamingTheRule() {
        Path copy = copyOfDefaultRules(temp);
        Path file = copy.resolve("gvi/05-custody-exit.dslr");
        replace(
                file,
                "    @legalBasis(\"Proportionalitet: den som är frihetsberövad kan inte nås av sanktionerna\")\n",
                "");

        RuleSetBuild build = loader.load(copy);

        assertThat(build.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("gvi/05-custody-exit.dslr");
            assertThat(p.line()).isEqualTo(lineOf(file, "rule \"GVI-09"));
            assertThat(p.message())
                    .contains("GVI-09 Frihetsberövad: inga sanktioner")
                    .contains("@legalBasis");
        });
    }

    @Test
    void aSentenceTheSwedishRuleLanguageDoesNotKnowIsRefusedWithItsLine() {
        Path copy = copyOfDefaultRules(temp);
        Path file = copy.resolve("gvi/05-custody-exit.dslr");
        replace(
                file,
                "    Personen har fyllt straffbarhetsåldern och är frihetsberövad\n",
                "    Personen sitter häktad\n");

        RuleSetBuild build = loader.load(copy);

        assertThat(build.ruleSet()).isNull();
        assertThat(build.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("gvi/05-custody-exit.dslr");
            assertThat(p.line()).isEqualTo(lineOf(file, "Personen sitter häktad"));
            assertThat(p.message())
                    .contains("\"Personen sitter häktad\" finns inte i sv.dsl")
                    .contains("Närmast finns");
        });
    }

    @Test
    void aMisspeltSentenceIsRefusedNamingTheSentenceItWasMeantToBe() {
        Path copy = copyOfDefaultRules(temp);
        Path file = copy.resolve("gvi/05-custody-exit.dslr");
        replace(
                file,
                "    Personen har fyllt straffbarhetsåldern och är frihetsberövad\n",
                "    Personen har fyllt straffbarhetsåldern och är frihetsberövade\n");

        assertThat(loader.load(copy).problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("gvi/05-custody-exit.dslr");
            assertThat(p.line()).isEqualTo(lineOf(file, "är frihetsberövade"));
            assertThat(p.message())
                    .contains("finns inte i sv.dsl")
                    .contains("Närmast finns: \"Personen har fyllt straffbarhetsåldern och är frihetsberövad\"");
        });
    }

    @Test
    void anUnclosedQuoteOrParenthesisOrAMisspeltPlaceholderIsRefusedInSwedishAtItsLine() {
        Path copy = copyOfDefaultRules(temp);
        Path custody = copy.resolve("gvi/05-custody-exit.dslr");
        replace(custody, "inga sanktioner, men stöd erbjuds.\"", "inga sanktioner, men stöd erbjuds.");
        replace(custody, "<person> lämnade gruppen <lämnade>", "<persn> lämnade gruppen (<lämnade>");

        assertThat(loader.load(copy).problems())
                .anySatisfy(p -> {
                    assertThat(p.line()).isEqualTo(lineOf(custody, "men stöd erbjuds."));
                    assertThat(p.message()).contains("citattecken stängs aldrig");
                })
                .anySatisfy(p -> {
                    assertThat(p.line()).isEqualTo(lineOf(custody, "<persn>"));
                    assertThat(p.message()).contains("<persn> finns inte").contains("Menade du <person>?");
                })
                .allSatisfy(p -> assertThat(p.file()).isEqualTo("gvi/05-custody-exit.dslr"));
    }

    @Test
    void theEnginesOwnMessageIsOnlyAnAdditionToASwedishExplanation() throws Exception {
        Path copy = copyOfDefaultRules(temp);
        Files.writeString(copy.resolve("gvi/10-local.dslr"), """
                rule "GVI-11 Lokal regel"
                    @id("GVI-11")
                    @legalBasis("Rättegångsbalken 23 kap. 1 §")
                when
                    Åldersgränserna
                    En misstänkt som är eller har varit medlem och har fyllt straffbarhetsåldern
                    Åtgärden "prioriterad utredning och lagföring"
                then
                    Föreslå åtgärden: "<person> är misstänkt."
                end
                """);

        assertThat(loader.load(copy).problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("gvi/10-local.dslr");
            assertThat(p.message())
                    .startsWith("En mening använder något som regeln inte har hittat före den")
                    .contains("(Regelmotorns meddelande: ");
        });
    }

    @Test
    void anExclusionReasonIsWrittenWithTheVocabularysWordsAndUnknownWordsAreRefusedAtTheirLine() {
        Path copy = copyOfDefaultRules(temp);
        Path file = copy.resolve("gvi/05-custody-exit.dslr");
        replace(file, "med skälet \"frihetsberövad\":", "med skälet \"sitter häktad\":");
        replace(file, "med skälet \"har lämnat gruppen\":", "med skälet EXITED:");

        RuleSetBuild build = loader.load(copy);

        assertThat(build.ruleSet()).isNull();
        assertThat(build.problems())
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("gvi/05-custody-exit.dslr");
                    assertThat(p.line()).isEqualTo(lineOf(file, "sitter häktad"));
                    assertThat(p.message())
                            .contains("\"sitter häktad\" finns inte i ordlistan")
                            .contains("exclusion-reasons.yaml")
                            .contains("\"frihetsberövad\"");
                })
                .anySatisfy(p -> {
                    assertThat(p.line()).isEqualTo(lineOf(file, "med skälet EXITED"));
                    assertThat(p.message()).contains("med skälet \"har lämnat gruppen\"");
                });
    }

    @Test
    void aPromiseThatEndsBeforeItStartsOrNamesUnknownThingsIsRefused() {
        Path copy = copyOfDefaultRules(temp);
        Path promise = copy.resolve("promises/huddinge-2024.yaml");
        replace(promise, "validTo: null", "validTo: 2024-01-01");
        replace(promise, "triggers: [HOMICIDE,", "triggers: [KNIFE_FIGHT, HOMICIDE,");
        replace(promise, "levers: [SUPERVISION_REVIEW,", "levers: [CURFEW, SUPERVISION_REVIEW,");

        RuleSetBuild build = loader.load(copy);

        assertThat(build.ruleSet()).isNull();
        assertThat(build.problems())
                .extracting(RuleProblem::toString)
                .anySatisfy(p -> assertThat(p)
                        .startsWith("promises/huddinge-2024.yaml:" + lineOf(promise, "validTo:") + ":")
                        .contains("validTo"))
                .anySatisfy(p -> assertThat(p)
                        .startsWith("promises/huddinge-2024.yaml:" + lineOf(promise, "KNIFE_FIGHT") + ":")
                        .contains("KNIFE_FIGHT"))
                .anySatisfy(p -> assertThat(p)
                        .startsWith("promises/huddinge-2024.yaml:" + lineOf(promise, "CURFEW") + ":")
                        .contains("CURFEW"));
    }

    private static int lineOf(Path file, String text) {
        try {
            java.util.List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
            throw new IllegalArgumentException(text + " not in " + file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aSanctionLeverWhosePreconditionIsNoLegalGroundIsRefused() {
        Path copy = copyOfDefaultRules(temp);
        replace(copy.resolve("levers.yaml"), "precondition: registeredVehicle", "precondition: ownsCar");

        replace(copy.resolve("levers.yaml"), "precondition: enforcementDebt", "precondition: supportAccepted");

        assertThat(loader.load(copy).problems())
                .extracting(RuleProblem::toString)
                .anySatisfy(p -> assertThat(p).startsWith("levers.yaml:").contains("'ownsCar'"))
                .anySatisfy(p -> assertThat(p).startsWith("levers.yaml:").contains("'supportAccepted'"));
    }

    @Test
    void aRuleThatNamesALeverMissingFromTheCatalogueIsRefused() {
        Path copy = copyOfDefaultRules(temp);
        Path file = copy.resolve("gvi/04-age.dslr");
        replace(
                file,
                "    Åtgärden \"anmälan till socialtjänsten\"\nthen\n    Föreslå åtgärden: \"<person> är <ålder> år och",
                "    Åtgärden \"anmälan till soc\"\nthen\n    Föreslå åtgärden: \"<person> är <ålder> år och");

        assertThat(loader.load(copy).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("gvi/04-age.dslr");
            assertThat(p.line()).isEqualTo(lineOf(file, "Åtgärden \"anmälan till soc\""));
            assertThat(p.message())
                    .contains("\"anmälan till soc\" finns inte i levers.yaml")
                    .contains("\"anmälan till socialtjänsten\"");
        });
    }

    @Test
    void aRuleThatNamesALeverByItsCodeIsToldItsSwedishName() {
        Path copy = copyOfDefaultRules(temp);
        Path file = copy.resolve("gvi/07-help.dslr");
        replace(file, "    Åtgärden \"erbjudande om stöd\"\n", "    Åtgärden SUPPORT_OFFER\n");

        assertThat(loader.load(copy).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("gvi/07-help.dslr");
            assertThat(p.line()).isEqualTo(lineOf(file, "Åtgärden SUPPORT_OFFER"));
            assertThat(p.message()).contains("här Åtgärden \"erbjudande om stöd\"");
        });
    }

    @Test
    void aDecisionTableRowWithAWordTheTableDoesNotKnowNamesItsRowInSwedish() throws Exception {
        Path copy = copyOfDefaultRules(temp);
        replace(copy.resolve("gvi/attribution-thresholds.drl.csv"), "trolig,ja", "troligen,yes please");

        RuleSetBuild build = loader.load(copy);

        int row = lineOf(copy.resolve("gvi/attribution-thresholds.drl.csv"), "troligen,yes please");
        assertThat(build.problems())
                .extracting(RuleProblem::message)
                .anySatisfy(
                        m -> assertThat(m).contains("Okänd säkerhet \"troligen\"", "bekräftad, trolig eller möjlig"))
                .anySatisfy(m -> assertThat(m).contains("ja eller nej", "'yes please'"));
        assertThat(build.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("gvi/attribution-thresholds.drl.csv");
        });
        assertThat(build.problems()).anySatisfy(p -> assertThat(p.line()).isEqualTo(row));
    }

    @Test
    void theDefaultTablesAreReadAndACompiledDeadlineRowCapsAPromiseWithLongerDeadlines() throws Exception {
        Path copy = copyOfDefaultRules(temp);
        replace(copy.resolve("promises/huddinge-2024.yaml"), "ESCALATED: 3", "ESCALATED: 5");
        RuleSetBuild build = loader.load(copy);
        RuleSet rules = build.orThrow();
        SyntheticCase synthetic = SyntheticCase.ofGroupSize(30);
        Instant reported = synthetic.incident().reportedAt();

        Recommendation r = rules.evaluate(synthetic.incident(), synthetic.groups(), ZoneOffset.UTC)
                .recommendations()
                .get(0);

        assertThat(build.warnings()).isEmpty();
        assertThat(rules.deadlineRows())
                .extracting(DeadlineRow::priority, DeadlineRow::lever, DeadlineRow::days, DeadlineRow::line)
                .containsExactly(
                        tuple(Priority.STANDARD, "WARRANT_EXECUTION", 7, 10),
                        tuple(Priority.ESCALATED, "WARRANT_EXECUTION", 3, 11));
        assertThat(r.priority()).isEqualTo(Priority.ESCALATED);
        assertThat(r.actions())
                .filteredOn(a -> a.lever().equals("WARRANT_EXECUTION"))
                .isNotEmpty()
                .allSatisfy(a -> {
                    assertThat(a.dueBy()).isEqualTo(reported.plus(Duration.ofDays(3)));
                    assertThat(a.explanation())
                            .contains(
                                    "med fristen 3 dagar i stället för löftets 5 enligt fristtabellen (Rättegångsbalken");
                });
        assertThat(r.actions())
                .filteredOn(a -> !a.lever().equals("WARRANT_EXECUTION"))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.dueBy()).isEqualTo(reported.plus(Duration.ofDays(5))));
        assertThat(r.dueBy()).isEqualTo(reported.plus(Duration.ofDays(3)));
    }

    @Test
    void aCompiledMinimumAgeRowExcludesMinorsWithTheRowsLegalReference() throws Exception {
        Path copy = copyOfDefaultRules(temp);
        replace(
                copy.resolve("promises/huddinge-2024.yaml"),
                "levers: [SUPERVISION_REVIEW,",
                "levers: [DEBT_ENFORCEMENT, SUPERVISION_REVIEW,");
        RuleSet rules = loader.load(copy).orThrow();
        SyntheticCase synthetic = SyntheticCase.ofGroupSize(30);

        Recommendation r = rules.evaluate(synthetic.incident(), synthetic.groups(), ZoneOffset.UTC)
                .recommendations()
                .get(0);

        assertThat(rules.minimumAgeRows()).singleElement().satisfies(row -> {
            assertThat(row.lever()).isEqualTo("DEBT_ENFORCEMENT");
            assertThat(row.age()).isEqualTo(18);
            assertThat(row.line()).isEqualTo(10);
        });
        assertThat(r.exclusions())
                .filteredOn(e ->
                        "DEBT_ENFORCEMENT".equals(e.lever()) && e.reason().equals(ExclusionReason.of("BELOW_MIN_AGE")))
                .isNotEmpty()
                .allSatisfy(e -> {
                    assertThat(e.legalBasis())
                            .startsWith("Föräldrabalken (1949:381) 9 kap. 1 §")
                            .isEqualTo(rules.minimumAgeRows().get(0).legalReference());
                    assertThat(e.explanation())
                            .contains("under lägsta åldern 18 år för indrivning av skulder enligt ålderstabellen");
                    assertThat(r.actionsFor(e.personRef()))
                            .noneMatch(a -> a.lever().equals("DEBT_ENFORCEMENT"));
                });
        assertThat(r.actions())
                .filteredOn(a -> a.lever().equals("DEBT_ENFORCEMENT"))
                .isNotEmpty();
    }
}

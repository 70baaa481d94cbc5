package se.samverkan.gvi.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.samverkan.gvi.decision.DeadlineRow;
import se.samverkan.gvi.decision.MinimumAgeRow;
import se.samverkan.gvi.decision.RuleFolderFixture;
import se.samverkan.gvi.decision.RuleProblem;
import se.samverkan.gvi.decision.RuleSetBuild;
import se.samverkan.gvi.decision.RuleSetLoader;
import se.samverkan.gvi.rules.cli.RulesCommand;

class RuleCheckTests {

    private final RuleCheck check = new RuleCheck(Clock.systemUTC());

    @TempDir
    Path temp;

    @Test
    void theDefaultRulesPassTheFullCheckWithEveryScenarioForTheCommonRulesAndEverySite() {
        List<SiteRuleCheck.SiteReport> reports =
                new SiteRuleCheck(Clock.systemUTC()).checkAll(Path.of("rules"), Path.of("features"));

        assertThat(reports).extracting(SiteRuleCheck.SiteReport::site).containsExactly("", "huddinge", "malmo");
        for (SiteRuleCheck.SiteReport site : reports) {
            RuleCheck.Report report = site.report();
            assertThat(report.problems()).as(site.label()).isEmpty();
            assertThat(report.scenariosRun()).isGreaterThanOrEqualTo(90);
            assertThat(report.scenariosPassed()).isEqualTo(report.scenariosRun());
            assertThat(report.version()).matches("[0-9a-f]{64}");
        }
        assertThat(reports).extracting(r -> r.report().version()).doesNotHaveDuplicates();
        assertThat(reports.get(2).report().scenarios())
                .as("Malmö's own scenarios run for Malmö only")
                .extracting(ScenarioResult::uri)
                .anySatisfy(uri -> assertThat(uri).contains("sites/malmo/"));
        assertThat(reports.get(1).report().scenarios())
                .as("Huddinge's own scenarios run for Huddinge only")
                .extracting(ScenarioResult::uri)
                .anySatisfy(uri -> assertThat(uri).contains("sites/huddinge/"))
                .noneSatisfy(uri -> assertThat(uri).contains("sites/malmo/"));
        assertThat(reports.get(2).report().scenarios())
                .extracting(ScenarioResult::uri)
                .noneSatisfy(uri -> assertThat(uri).contains("sites/huddinge/"));
        assertThat(reports.get(0).report().scenarios())
                .extracting(ScenarioResult::uri)
                .noneSatisfy(uri -> assertThat(uri).contains("sites/"));
    }

    @Test
    void theCommandLineCheckOfTheDefaultFolderPassesForEverySite() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = RulesCommand.run(
                new String[] {"rules", "check"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("OK: rules, gemensamma regler", "OK: rules, orten huddinge", "OK: rules, orten malmo");
    }

    @Test
    void aBrokenSitePromiseFailsTheCommandLineCheckOfThatSiteWithItsFileAndLine() throws IOException {
        Path rules = RuleFolderFixture.copyOfProjectRules(temp);
        Path promise = rules.resolve("sites/malmo/promises/malmo-2025.yaml");
        RuleFolderFixture.replace(promise, "levers: [SUPERVISION_REVIEW,", "levers: [CURFEW, SUPERVISION_REVIEW,");
        int line = Files.readAllLines(promise)
                        .indexOf("levers: [CURFEW, SUPERVISION_REVIEW, WARRANT_EXECUTION, "
                                + "DEBT_ENFORCEMENT, VEHICLE_CHECKS]")
                + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = RulesCommand.run(
                new String[] {"rules", "check", rules.toString(), "--site", "malmo"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(line).isPositive();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(rules.resolve("sites/malmo/promises/malmo-2025.yaml") + ":" + line
                        + ": Åtgärden CURFEW finns inte i levers.yaml");
        assertThat(new SiteRuleCheck(Clock.systemUTC())
                        .check(rules, temp.resolve("features"), "huddinge")
                        .passed())
                .as("Huddinge's rule set does not include Malmö's promise")
                .isTrue();
    }

    @Test
    void aPromiseWithoutAClauseForATriggerOrAPromisedLeverFailsTheCommandLineCheckWithFileLineAndTheFix()
            throws IOException {
        Path rules = RuleFolderFixture.copyOfProjectRules(temp);
        Path promise = rules.resolve("sites/huddinge/promises/huddinge-2027.yaml");
        String text = Files.readString(promise);
        Files.writeString(promise, text.replace("""
                          - ref: "§1"
                            about: TRIGGERS
                        """, """
                          - ref: "§1"
                            about: HELP
                        """).replace("""
                          - ref: "§5"
                            about: VEHICLE_CHECKS
                            text: "Fordon som gruppens medlemmar har kontrolleras."
                        """, ""));
        List<String> lines = Files.readAllLines(promise);
        int triggers = lines.indexOf("triggers: [HOMICIDE, ATTEMPTED_HOMICIDE, SHOOTING, EXPLOSION]") + 1;
        int levers =
                lines.indexOf("levers: [SUPERVISION_REVIEW, SENTENCE_EXECUTION, WARRANT_EXECUTION, VEHICLE_CHECKS, "
                                + "EXCLUSION_ORDER]")
                        + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = RulesCommand.run(
                new String[] {"rules", "check", rules.toString(), "--site", "huddinge"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(triggers).isPositive();
        assertThat(levers).isPositive();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(promise + ":" + triggers + ": Löftet HUDDINGE-2027 har utlösande händelser (triggers) men "
                        + "ingen klausul som säger vilka de är. Lägg till en klausul med about: TRIGGERS")
                .contains(
                        promise + ":" + levers + ": Löftet HUDDINGE-2027 utlovar åtgärden fordonskontroller "
                                + "(VEHICLE_CHECKS) men har ingen klausul om den. Lägg till en klausul med about: VEHICLE_CHECKS")
                .doesNotContain("about: SUPERVISION_REVIEW")
                .doesNotContain("HUDDINGE-2024");
    }

    @Test
    void aPromiseWithoutAClauseStillBuildsSoAVersionThatAlreadyServedCanServeAgain() throws IOException {
        Path rules = RuleFolderFixture.copyOfDefaultRules(temp);
        RuleFolderFixture.replace(rules.resolve("promises/huddinge-2027.yaml"), """
                  - ref: "§6"
                    about: EXCLUSION_ORDER
                """, """
                  - ref: "§6"
                    about: EXCLUSION_ORDERS
                """);

        RuleSetBuild build = new RuleSetLoader(Clock.systemUTC()).load(rules);
        RuleCheck.Report report = check.check(build, rules, Path.of("features").toAbsolutePath());

        assertThat(build.isValid()).isTrue();
        assertThat(build.lint()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("promises/huddinge-2027.yaml");
            assertThat(p.message()).contains("vistelseförbud (EXCLUSION_ORDER)", "about: EXCLUSION_ORDER ");
        });
        assertThat(report.passed()).isFalse();
        assertThat(report.problems()).containsExactlyElementsOf(build.lint());
    }

    @Test
    void aNewPromiseNeedsNoScenarioOfItsOwnToPassTheCheck() throws IOException {
        // Huddinge's own scenarios speak of HUDDINGE-2027; without them, no scenario does.
        Path features = temp.resolve("features");
        RuleFolderFixture.copy(Path.of("features"), features);
        try (Stream<Path> own = Files.walk(features.resolve("sites/huddinge"))) {
            for (Path file : own.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        String scenarios;
        try (Stream<Path> files = Files.walk(features)) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                text.append(Files.readString(file));
            }
            scenarios = text.toString();
        }

        RuleCheck.Report report = new SiteRuleCheck(Clock.systemUTC()).check(Path.of("rules"), features, "huddinge");

        assertThat(scenarios).as("no scenario speaks of the new promise").doesNotContain("HUDDINGE-2027");
        assertThat(report.ruleSet()).isNotNull();
        assertThat(report.ruleSet().promises()).containsKey("HUDDINGE-2027");
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void theLivingCatalogueListsTheRowsOfBothTablesWithTheirLegalReferences() {
        RuleCheck.Report report =
                new SiteRuleCheck(Clock.systemUTC()).check(Path.of("rules"), Path.of("features"), "huddinge");

        String html = RuleCatalogue.html(RuleCatalogue.model(
                report, BehaviourCatalogue.read(Path.of("rules")), Instant.parse("2026-02-01T00:00:00Z")));

        assertThat(html).contains("Ålderstabellen", "Fristtabellen");
        assertThat(html.substring(html.indexOf("id=\"minimum-ages\""), html.indexOf("id=\"deadlines\"")))
                .contains("<code>DEBT_ENFORCEMENT</code>", "<td>18</td>", "Föräldrabalken (1949:381) 9 kap. 1 §");
        assertThat(html.substring(html.indexOf("id=\"deadlines\""), html.indexOf("id=\"promises\"")))
                .contains(
                        "<td>ESCALATED</td>",
                        "<code>WARRANT_EXECUTION</code>",
                        "<td>3</td>",
                        "Rättegångsbalken (1942:740) 24 kap. och Polislagen (1984:387) 24 §");
    }

    @Test
    void anExceptionWrittenAsItsOwnRuleWithNarrowingLinesThatOverlapsTheRuleItDepartsFromFailsTheCheck()
            throws IOException {
        Path rules = RuleFolderFixture.copyOfDefaultRules(temp);
        Files.writeString(rules.resolve("gvi/10-undantag.dslr"), """
                rule "Undantag från GVI-09: övervakningsvillkoren prövas också för den frihetsberövade"
                    @id("GVI-09")
                    @legalBasis("Brottsbalken 28 kap. 8 §")
                when
                    Händelsedagen
                    Åldersgränserna
                    Gruppen möts av konsekvenser
                    Löftet som gäller för gruppen
                    En medlem som inte hade lämnat gruppen på händelsedagen
                    - som har fyllt straffbarhetsåldern
                    - som är frihetsberövad
                    Åtgärden "prövning av övervakningsvillkor"
                then
                    Föreslå sanktionen enligt löftet: "<person> är frihetsberövad, men <åtgärd> prövas ändå."
                end
                """);

        RuleCheck.Report report = check.check(rules, Path.of("features").toAbsolutePath());

        assertThat(report.passed()).isFalse();
        assertThat(report.problems())
                .anySatisfy(p -> assertThat(p.message())
                        .contains("Resultatet motsäger sig självt: "
                                + "P-0701 får åtgärden \"prövning av övervakningsvillkor\" enligt GVI-09 men undantas från alla sanktioner "
                                + "enligt GVI-09, med skälet \"frihetsberövad\""));
    }

    static Stream<String> behaviours() {
        return BehaviourCatalogue.read(Path.of("rules")).ids().stream();
    }

    @ParameterizedTest(name = "removing the rules of {0} fails the check")
    @MethodSource("behaviours")
    void removingTheRulesOfAnyBehaviourFailsTheCheckNamingFileAndLine(String id) throws IOException {
        Path rules = copyWithout(id);

        RuleCheck.Report report = check.check(rules, Path.of("features").toAbsolutePath());

        assertThat(report.passed()).isFalse();
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("behaviours.yaml");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains(id).contains("ingen regel");
        });
        assertThat(report.problems())
                .filteredOn(p -> p.file().endsWith(".feature"))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void aBehaviourWithoutScenarioAndAScenarioWithoutBehaviourAreBothNamed() throws IOException {
        Path features = temp.resolve("features");
        RuleFolderFixture.copy(Path.of("features"), features);
        try (Stream<Path> files = Files.walk(features)) {
            for (Path feature :
                    files.filter(f -> f.toString().endsWith(".feature")).toList()) {
                Files.writeString(feature, Files.readString(feature).replace("@GVI-09", ""));
            }
        }

        RuleCheck.Report report = new SiteRuleCheck(Clock.systemUTC()).check(Path.of("rules"), features, null);

        assertThat(report.problems())
                .extracting(RuleProblem::message)
                .anySatisfy(m -> assertThat(m).contains("GVI-09").contains("inget scenario"))
                .anySatisfy(m -> assertThat(m).contains("saknar beteende-id"));
    }

    static Stream<Arguments> refusedTableRows() {
        String ages = MinimumAgeRow.TABLE;
        String deadlines = DeadlineRow.TABLE;
        return Stream.of(
                Arguments.of(
                        "an unknown lever",
                        ages,
                        "EXCLUSION_ORDR,18,\"BrB\"",
                        "Åtgärden 'EXCLUSION_ORDR' finns inte i levers.yaml. Skriv åtgärdens namn (nameSv) eller kod exakt som i katalogen"),
                Arguments.of(
                        "an unknown lever",
                        deadlines,
                        "STANDARD,SUPPORT,2,\"SoL\"",
                        "Åtgärden 'SUPPORT' finns inte i levers.yaml"),
                Arguments.of(
                        "an unknown priority",
                        deadlines,
                        "URGENT,SUPPORT_OFFER,2,\"SoL\"",
                        "Okänd prioritet 'URGENT'. Skriv normal eller förhöjd (eller koden STANDARD eller ESCALATED)."),
                Arguments.of(
                        "a non-numeric day count",
                        deadlines,
                        "STANDARD,SUPPORT_OFFER,sju,\"SoL\"",
                        "Antalet dagar 'sju' är inte ett heltal. Skriv fristen i hela dagar"),
                Arguments.of(
                        "a negative day count",
                        deadlines,
                        "STANDARD,SUPPORT_OFFER,-2,\"SoL\"",
                        "Antalet dagar måste vara minst 1, men raden säger -2"),
                Arguments.of(
                        "a zero day count",
                        deadlines,
                        "ESCALATED,SUPPORT_OFFER,0,\"SoL\"",
                        "Antalet dagar måste vara minst 1, men raden säger 0"),
                Arguments.of(
                        "a non-numeric age",
                        ages,
                        "EXCLUSION_ORDER,arton,\"BrB\"",
                        "Lägsta åldern 'arton' är inte ett heltal. Skriv åldern i hela år"),
                Arguments.of(
                        "a missing legal reference",
                        ages,
                        "EXCLUSION_ORDER,18,",
                        "Raden saknar rättslig grund. Skriv lagrummet som motiverar åldern"),
                Arguments.of(
                        "a missing legal reference",
                        deadlines,
                        "STANDARD,SUPPORT_OFFER,2,\" \"",
                        "Raden saknar rättslig grund. Skriv lagrummet som motiverar fristen"),
                Arguments.of(
                        "a duplicate row",
                        ages,
                        "DEBT_ENFORCEMENT,19,\"FB\"",
                        "Åtgärden DEBT_ENFORCEMENT har redan en rad på rad 10. En åtgärd kan bara ha en lägsta ålder"),
                Arguments.of(
                        "a duplicate row",
                        deadlines,
                        "STANDARD,WARRANT_EXECUTION,5,\"RB\"",
                        "Prioriteten STANDARD och åtgärden WARRANT_EXECUTION har redan en rad på rad 10"),
                Arguments.of(
                        "an age below the catalogue's",
                        ages,
                        "EXCLUSION_ORDER,14,\"BrB\"",
                        "Lägsta åldern 14 år för EXCLUSION_ORDER är lägre än katalogens 15 år (minAge i levers.yaml). "
                                + "Katalogens ålder är den rättsliga golvnivån och tabellen kan bara höja den"),
                Arguments.of(
                        "a minimum age for a lever that is no sanction",
                        ages,
                        "SUPPORT_OFFER,18,\"SoL\"",
                        "Åtgärden SUPPORT_OFFER är ingen sanktion"),
                Arguments.of(
                        "a legal reference with an unquoted comma",
                        deadlines,
                        "STANDARD,SUPPORT_OFFER,2,SoL 3 kap., 4 kap.",
                        "Raden har fler än 4 kolumner"));
    }

    @ParameterizedTest(name = "{0} in {1} is refused")
    @MethodSource("refusedTableRows")
    void aBadTableRowIsRefusedWithFileLineAndASwedishFix(String what, String table, String row, String message)
            throws IOException {
        Path rules = RuleFolderFixture.copyOfDefaultRules(temp);
        Path file = rules.resolve(table);
        Files.writeString(file, Files.readString(file) + row + "\n");
        int line = (int) Files.readString(file).lines().count();

        RuleCheck.Report report = check.check(rules, Path.of("features").toAbsolutePath());

        assertThat(report.passed()).isFalse();
        assertThat(report.ruleSet()).isNull();
        assertThat(report.problems())
                .filteredOn(p -> p.file().equals(table))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isEqualTo(line);
                    assertThat(p.message()).contains(message);
                });
    }

    @Test
    void aRowAfterAnEmptyRowIsRefusedBecauseTheEngineWouldIgnoreIt() throws IOException {
        Path rules = RuleFolderFixture.copyOfDefaultRules(temp);
        Path file = rules.resolve(MinimumAgeRow.TABLE);
        Files.writeString(file, Files.readString(file) + ",,\nEXCLUSION_ORDER,18,\"BrB\"\n");

        RuleCheck.Report report = check.check(rules, Path.of("features").toAbsolutePath());

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(MinimumAgeRow.TABLE);
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.message()).contains("efter en tom rad").contains("Ta bort den tomma raden");
        });
    }

    @Test
    void aDeadlineLongerThanThePromiseOnlyWarnsAndTheCheckStillPasses() throws IOException {
        Path rules = RuleFolderFixture.copyOfDefaultRules(temp);
        Path file = rules.resolve(DeadlineRow.TABLE);
        Files.writeString(file, Files.readString(file) + "STANDARD,SUPPORT_OFFER,10,\"[SOL]\"\n");

        RuleCheck.Report report = check.check(rules, Path.of("features").toAbsolutePath());

        assertThat(report.problems()).isEmpty();
        // one warning for each promise of the folder whose deadline the row exceeds
        assertThat(report.warnings())
                .hasSize(2)
                .allSatisfy(w -> {
                    assertThat(w.file()).isEqualTo(DeadlineRow.TABLE);
                    assertThat(w.line()).isEqualTo(12);
                    assertThat(w.message()).contains("Ange högst 7 dagar");
                })
                .anySatisfy(w -> assertThat(w.message())
                        .contains("Varning: fristen 10 dagar är längre än löftet HUDDINGE-2024s frist på 7"))
                .anySatisfy(w -> assertThat(w.message())
                        .contains("Varning: fristen 10 dagar är längre än löftet HUDDINGE-2027s frist på 7"));
    }

    @Test
    void aDeadlineWarningIsPrintedByTheCommandLineCheckOfAFolderWithSites() throws IOException {
        Path rules = RuleFolderFixture.copyOfProjectRules(temp);
        Path file = rules.resolve(DeadlineRow.TABLE);
        Files.writeString(file, Files.readString(file) + "STANDARD,SUPPORT_OFFER,10,\"[SOL]\"\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = RulesCommand.run(
                new String[] {"rules", "check", rules.toString(), "--site", "huddinge"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(rules.resolve(DeadlineRow.TABLE) + ":12: Varning: "
                        + "fristen 10 dagar är längre än löftet HUDDINGE-2024s frist på 7");
    }

    /** A copy of the default rules with every rule of one behaviour taken out. */
    private Path copyWithout(String id) throws IOException {
        Path rules = RuleFolderFixture.copyOfDefaultRules(temp);
        Pattern drlRule = Pattern.compile("(?ms)^rule \"[^\"]*\"\\s*\\n\\s*@id\\(\"" + id + "\"\\).*?^end\\s*$\\n?");
        try (Stream<Path> files = Files.list(rules.resolve("gvi"))) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                if (!file.toString().endsWith(".csv")) {
                    Files.writeString(file, drlRule.matcher(text).replaceAll(""));
                } else if (text.lines().anyMatch(l -> l.contains("," + id + ","))
                        || text.contains("@id(\"\"" + id + "\"\")")) {
                    Files.delete(file); // a table whose every row is the behaviour's goes with it
                }
            }
        }
        return rules;
    }
}

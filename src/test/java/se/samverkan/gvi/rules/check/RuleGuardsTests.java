package se.samverkan.gvi.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.gvi.decision.RuleFolderFixture;
import se.samverkan.gvi.decision.RuleInfo;
import se.samverkan.gvi.rules.runtime.SiteRuleFolder;

/**
 * Every rule of the project is held in place by the scenarios: taken out, it makes a scenario of its
 * own behaviour fail; and so is every condition of every rule that can be taken out at all. A rule or
 * condition the scenarios would not miss is reported where it is written.
 */
class RuleGuardsTests {

    private final RuleGuards guards = new RuleGuards(Clock.systemUTC());

    @TempDir
    Path temp;

    @Test
    void everyRuleAndConditionOfTheProjectMakesAScenarioFailWhenItIsTakenOut() {
        RuleGuards.Report report = guards.check(
                Path.of("rules"), Path.of("features"), null, rule -> true, RuleGuards.Scope.RULES_AND_CONDITIONS);

        assertThat(report.unsound()).isEmpty();
        // the rule blocks of rules/gvi/*.dslr and the rows of the three decision tables
        assertThat(report.guards()).hasSizeGreaterThanOrEqualTo(31);
        assertThat(report.guards())
                .extracting(g -> g.rule().file())
                .contains(
                        "gvi/03-enforcement.dslr", "gvi/attribution-thresholds.drl.csv", "gvi/lever-min-ages.drl.csv");
        assertThat(report.unguarded())
                .as(report.unguarded().stream()
                        .map(g -> g.rule().file() + ":" + g.rule().line() + " "
                                + g.rule().name())
                        .collect(Collectors.joining("\n")))
                .isEmpty();
        assertThat(report.guards())
                .allSatisfy(g -> assertThat(g.failing())
                        .allMatch(s -> s.illustrates(g.rule().id())));
        assertThat(report.unguardedConditions())
                .as(report.unguardedConditions().stream()
                        .map(c -> c.rule().file() + ":" + c.line() + " " + c.text())
                        .collect(Collectors.joining("\n")))
                .isEmpty();
        // most conditions name what the rest of the rule uses; those that do not were each tried
        assertThat(report.conditions()).hasSizeGreaterThan(100);
        assertThat(report.conditions())
                .filteredOn(RuleGuards.ConditionGuard::built)
                .hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void aConditionThatTheOtherConditionsAlreadyImplyIsReportedAtItsLine() throws IOException {
        Path rules = RuleFolderFixture.copyOfProjectRules(temp);
        Path file = rules.resolve("gvi/05-custody-exit.dslr");
        String custody = "    Personen har fyllt straffbarhetsåldern och är frihetsberövad\n";
        // a person facing the group's consequences always has a promise in force: the added line changes nothing
        Files.writeString(
                file, Files.readString(file).replace(custody, custody + "    Löftet som gäller för gruppen\n"));
        int added = Files.readAllLines(file).indexOf("    Löftet som gäller för gruppen") + 1;

        RuleGuards.Report report = guards.check(
                rules,
                SiteRuleFolder.featuresBeside(rules),
                null,
                rule -> rule.name().equals("GVI-09 Frihetsberövad: inga sanktioner"),
                RuleGuards.Scope.RULES_AND_CONDITIONS);

        assertThat(report.unsound()).isEmpty();
        assertThat(report.unguarded()).isEmpty();
        assertThat(report.unguardedConditions()).singleElement().satisfies(c -> {
            assertThat(c.line()).isEqualTo(added);
            assertThat(c.text()).isEqualTo("Löftet som gäller för gruppen");
            assertThat(c.rule().file()).isEqualTo("gvi/05-custody-exit.dslr");
        });
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("gvi/05-custody-exit.dslr");
            assertThat(p.line()).isEqualTo(added);
            assertThat(p.message())
                    .startsWith("Villkoret \"Löftet som gäller för gruppen\" i regeln \"GVI-09 Frihetsberövad: inga "
                            + "sanktioner\" hålls inte på plats: utan villkoret går inget scenario sönder.");
        });
        assertThat(report.conditions())
                .filteredOn(c -> c.text().equals("Personen har fyllt straffbarhetsåldern och är frihetsberövad"))
                .singleElement()
                .satisfies(c -> assertThat(c.failing()).isNotEmpty());
        assertThat(report.conditions())
                .filteredOn(c -> c.text().equals("Åldersgränserna"))
                .singleElement()
                .as("it names the age the next line compares with: without it the rule cannot be built")
                .satisfies(c -> assertThat(c.built()).isFalse());
    }

    @Test
    void theConditionsOfARuleAreTheLinesOfItsWhenPart() {
        String text = """
                rule "GVI-09 Frihetsberövad: inga sanktioner"
                    @id("GVI-09")
                when
                    Åldersgränserna
                    // en kommentar
                    En person som omfattas av gruppens konsekvenser

                    - som är frihetsberövad
                then
                    Föreslå ingen sanktion
                end
                """;
        RuleInfo rule = new RuleInfo("GVI-09 Frihetsberövad: inga sanktioner", "GVI-09", "", null, "gvi/x.dslr", 1, "");

        assertThat(RuleGuards.conditionsOf(text, rule))
                .containsExactly(
                        new RuleGuards.Condition(4, "Åldersgränserna"),
                        new RuleGuards.Condition(6, "En person som omfattas av gruppens konsekvenser"),
                        new RuleGuards.Condition(8, "- som är frihetsberövad"));
        assertThat(RuleGuards.withoutLine(text, 6))
                .doesNotContain("En person som")
                .contains("Åldersgränserna");
        // a rule on one line has no when part of its own lines; the next rule's conditions are not its
        String oneLine = "rule \"A\" when Foo() then end\nrule \"B\"\nwhen\n    Bar()\nthen\nend\n";
        assertThat(RuleGuards.conditionsOf(oneLine, new RuleInfo("A", "GVI-01", "", null, "gvi/a.drl", 1, "")))
                .isEmpty();
    }

    @Test
    void aRuleThatAnotherRuleRepeatsIsReportedWhereItIsWritten() throws IOException {
        Path rules = RuleFolderFixture.copyOfProjectRules(temp);
        String name = "GVI-10 Har lämnat gruppen: inga åtgärder";
        String original = Files.readString(rules.resolve("gvi/05-custody-exit.dslr"));
        String block = original.substring(original.indexOf("rule \"" + name + "\""));
        block = block.substring(0, block.indexOf("\nend\n") + "\nend\n".length());
        // the same rule under another name: without either, the other decides the same
        Files.writeString(
                rules.resolve("gvi/99-kopia.dslr"), block.replace(name, "GVI-10 Har lämnat gruppen, en gång till"));

        RuleGuards.Report report = guards.check(
                rules, SiteRuleFolder.featuresBeside(rules), rule -> rule.name().equals(name));

        assertThat(report.unsound()).isEmpty();
        assertThat(report.guards()).singleElement().satisfies(g -> {
            assertThat(g.guarded()).isFalse();
            assertThat(g.rule().name()).isEqualTo("GVI-10 Har lämnat gruppen: inga åtgärder");
            assertThat(g.rule().file()).isEqualTo("gvi/05-custody-exit.dslr");
            assertThat(Files.readAllLines(rules.resolve(g.rule().file()))
                            .get(g.rule().line() - 1))
                    .isEqualTo("rule \"GVI-10 Har lämnat gruppen: inga åtgärder\"");
        });
    }

    @Test
    void aSiteRowThatNoScenarioNeedsIsReportedInTheSiteFolderAndTheCommonRowsStayGuardedForTheSite()
            throws IOException {
        Path rules = RuleFolderFixture.copyOfProjectRules(temp);
        Path table = rules.resolve("sites/malmo/gvi/lever-deadlines.drl.csv");
        Files.createDirectories(table.getParent());
        // Malmö's own copy of the deadline table, with a row longer than every promise's deadline:
        // it shortens nothing, so no scenario can miss it
        Files.writeString(
                table,
                Files.readString(rules.resolve("gvi/lever-deadlines.drl.csv"))
                        + "förhöjd,fordonskontroller,30,\"[PL-22]: fiktiv lokal rad\"\n");
        int row = Files.readAllLines(table).size();

        RuleGuards.Report report = guards.check(
                rules,
                SiteRuleFolder.featuresBeside(rules),
                "malmo",
                rule -> rule.id().equals("GVI-13"));

        assertThat(report.unsound()).isEmpty();
        assertThat(report.unguarded())
                .extracting(g -> g.rule().file() + ":" + g.rule().line())
                .containsExactly("sites/malmo/gvi/lever-deadlines.drl.csv:" + row);
        assertThat(report.guards())
                .filteredOn(RuleGuards.Guard::guarded)
                .extracting(g -> g.rule().file())
                .contains("sites/malmo/gvi/lever-deadlines.drl.csv", "gvi/08-deadlines.dslr");
    }

    @Test
    void aFolderThatIsRefusedAsItIsIsNotTried() throws IOException {
        Path rules = RuleFolderFixture.copyOfProjectRules(temp);
        Files.writeString(
                rules.resolve("gvi/99-trasig.dslr"),
                "rule \"GVI-99 Trasig\"\nwhen\n    Något som inte finns\nthen\nend\n");

        RuleGuards.Report report = guards.check(rules, SiteRuleFolder.featuresBeside(rules), rule -> true);

        assertThat(report.guards()).isEmpty();
        assertThat(report.unsound()).isNotEmpty().anyMatch(p -> p.file().equals("gvi/99-trasig.dslr") && p.line() > 0);
    }

    @Test
    void theRowsOfASpreadsheetTableAreNamedAsNotTriedAndTheRestIsTried() throws IOException {
        Path rules = RuleFolderFixture.copyOfProjectRules(temp);
        Path csv = rules.resolve("gvi/attribution-thresholds.drl.csv");
        List<String> lines = Files.readAllLines(csv);
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream xlsx = Files.newOutputStream(rules.resolve("gvi/attribution-thresholds.drl.xlsx"))) {
            Sheet sheet = workbook.createSheet("GVI-03");
            for (int i = 0; i < lines.size(); i++) {
                Row row = sheet.createRow(i);
                List<String> cells = csvCells(lines.get(i));
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            workbook.write(xlsx);
        }
        Files.delete(csv);

        RuleGuards.Report report = guards.check(
                rules, SiteRuleFolder.featuresBeside(rules), rule -> rule.id().equals("GVI-03"));

        assertThat(report.unsound()).isEmpty();
        // named where the reviewer finds them: the file, the row as the line, and the row's cells
        assertThat(report.untried())
                .extracting(r -> r.file() + ":" + r.line() + " " + r.source())
                .containsExactlyInAnyOrder(
                        "gvi/attribution-thresholds.drl.xlsx:10 " + lines.get(9),
                        "gvi/attribution-thresholds.drl.xlsx:11 " + lines.get(10),
                        "gvi/attribution-thresholds.drl.xlsx:12 " + lines.get(11));
        assertThat(report.guards()).isNotEmpty().allMatch(g -> g.rule().file().endsWith(".dslr") && g.guarded());
    }

    /** The cells of one line of the project's CSV tables: commas outside quotes, "" for a quote. */
    private static List<String> csvCells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    @Test
    void aRuleIsTakenOutFromItsHeaderToItsEndAndATableRuleAsItsRow() {
        String dslr = "// före\nrule \"A\"\n    @id(\"GVI-01\")\nwhen\nthen\nend\n\nrule \"B\"\nwhen\nthen\nend\n";
        assertThat(RuleGuards.withoutRule(dslr, rule("gvi/x.dslr", 2)))
                .isEqualTo("// före\n\nrule \"B\"\nwhen\nthen\nend\n");
        assertThat(RuleGuards.withoutRule("h1\nh2\nrad 1\nrad 2\n", rule("gvi/t.drl.csv", 3)))
                .isEqualTo("h1\nh2\nrad 2\n");
    }

    private static RuleInfo rule(String file, int line) {
        return new RuleInfo("A", "GVI-01", "grund", null, file, line, "");
    }
}

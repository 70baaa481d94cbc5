package se.samverkan.gvi.rules.cli;

import se.samverkan.gvi.rules.check.BehaviourCatalogue;
import se.samverkan.gvi.rules.check.RuleCatalogue;
import se.samverkan.gvi.rules.check.RuleCheck;
import se.samverkan.gvi.rules.check.SiteRuleCheck;
import se.samverkan.gvi.rules.runtime.RuleFolderRefused;
import se.samverkan.gvi.rules.runtime.SiteRuleFolder;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import se.samverkan.gvi.decision.RuleProblem;

/**
 * The rule tools for legal reviewers, run from the jar without Maven, a database or a network:
 * <pre>
 *   java -jar gvi.jar rules check [folder] [--site s]   compile, lint and run every scenario; exit 0 or 1
 *   java -jar gvi.jar rules bench [folder] [--site s]   build time and evaluation speed
 * </pre>
 * Without {@code --site}, the check covers the common rules and every site under {@code sites/}.
 */
public final class RulesCommand {

    private static final String USAGE = """
            Användning / usage:
              java -jar gvi.jar rules check [regelmapp] [--site ort]   kontrollera regler och scenarier (standard: rules,
                                                                     de gemensamma reglerna och varje ort)
              java -jar gvi.jar rules docs <utmapp> [regelmapp] [--site ort]   skriv regelkatalogen som HTML
              java -jar gvi.jar rules impact <föreslagen-mapp> [--site ort]    vad förslaget ändrar för ortens
                                                                 lagrade händelser (läser databasen som tjänsten använder)
              java -jar gvi.jar rules bench [regelmapp] [--site ort]   mät bygg- och utvärderingstid""";

    private RulesCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        quietEngineLogs();
        List<String> words = new ArrayList<>(Arrays.asList(args));
        String site = null;
        int flag = words.indexOf("--site");
        if (flag >= 0) {
            if (flag + 1 >= words.size() || words.get(flag + 1).startsWith("--")) {
                err.println(USAGE);
                return 2;
            }
            site = words.get(flag + 1);
            words.subList(flag, flag + 2).clear();
        }
        if (words.size() < 2 || words.size() > 4) {
            err.println(USAGE);
            return 2;
        }
        if (words.get(1).equals("impact")) {
            if (words.size() != 3) {
                err.println(USAGE);
                return 2;
            }
            return RulesImpactCommand.run(Path.of(words.get(2)), site, out, err);
        }
        if (words.get(1).equals("docs")) {
            if (words.size() < 3) {
                err.println(USAGE);
                return 2;
            }
            return docs(Path.of(words.get(2)), Path.of(words.size() == 4 ? words.get(3) : "rules"), site, out, err);
        }
        if (words.size() > 3) {
            err.println(USAGE);
            return 2;
        }
        Path folder = Path.of(words.size() == 3 ? words.get(2) : "rules");
        try {
            switch (words.get(1)) {
                case "check":
                    return check(folder, site, out, err);
                case "bench":
                    return RulesBench.run(folder, site, out);
                default:
                    err.println(USAGE);
                    return 2;
            }
        } catch (RuleFolderRefused e) {
            e.problems().forEach(p -> err.println(display(folder, p)));
            return 1;
        }
    }

    private static int check(Path folder, @Nullable String site, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        Path features = SiteRuleFolder.featuresBeside(folder);
        SiteRuleCheck check = new SiteRuleCheck(Clock.systemUTC());
        List<SiteRuleCheck.SiteReport> reports = site == null ? check.checkAll(folder, features)
                : List.of(new SiteRuleCheck.SiteReport(site, check.check(folder, features, site)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        boolean sites = SiteRuleFolder.hasSites(folder);
        Set<String> shown = new LinkedHashSet<>();
        int problems = 0;
        for (SiteRuleCheck.SiteReport checked : reports) {
            for (RuleProblem problem : checked.report().problems()) {
                // A problem in a common file shows in every site's check; it is listed once.
                if (shown.add(display(folder, problem))) {
                    err.println(display(folder, problem) + (sites ? " (" + checked.label() + ")" : ""));
                    problems++;
                }
            }
        }
        for (SiteRuleCheck.SiteReport checked : reports) {
            for (RuleProblem warning : checked.report().warnings()) {
                if (shown.add(display(folder, warning))) {
                    err.println(display(folder, warning) + (sites ? " (" + checked.label() + ")" : ""));
                }
            }
        }
        boolean passed = reports.stream().allMatch(r -> r.report().passed());
        for (SiteRuleCheck.SiteReport r : reports) {
            RuleCheck.Report report = r.report();
            String what = sites ? folder + ", " + r.label() : folder.toString();
            if (report.passed()) {
                out.printf("OK: %s kompilerar, är fri från anmärkningar och alla %d scenarier går igenom.%n"
                        + "Regeluppsättningens version: %s%n", what, report.scenariosRun(), report.version());
            } else {
                err.printf("INTE GODKÄND: %s: %d problem; %d av %d scenarier gick igenom.%n", what,
                        report.problems().size(), report.scenariosPassed(), report.scenariosRun());
            }
        }
        if (passed) {
            out.printf("Kontrollen tog %d ms.%n", millis);
            return 0;
        }
        err.printf("INTE GODKÄND: %d problem (%d ms).%n", problems, millis);
        return 1;
    }

    private static int docs(Path outDir, Path folder, @Nullable String site, PrintStream out, PrintStream err) {
        RuleCheck.Report report = new SiteRuleCheck(Clock.systemUTC()).check(folder, SiteRuleFolder.featuresBeside(folder), site);
        if (report.ruleSet() == null) {
            report.problems().forEach(p -> err.println(display(folder, p)));
            err.println("Regelkatalogen kan inte skrivas: regelmappen går inte att bygga.");
            return 1;
        }
        RuleCatalogue.write(RuleCatalogue.model(report, BehaviourCatalogue.read(folder), Instant.now()), outDir);
        out.printf("Regelkatalogen%s skrevs till %s (%d av %d scenarier gick igenom).%n",
                site == null ? "" : " för orten " + site, outDir.resolve("index.html"),
                report.scenariosPassed(), report.scenariosRun());
        return report.passed() ? 0 : 1;
    }

    /** Paths inside the rule folder are shown with the folder in front, as the reviewer knows them. */
    private static String display(Path folder, RuleProblem problem) {
        String file = problem.file();
        boolean insideRules = !file.startsWith("features") && !file.startsWith("/") && !file.contains("features/");
        String shown = insideRules ? folder.resolve(file).toString() : file;
        return shown + ":" + problem.line() + ": " + problem.message();
    }

    /** The engine logs its own compilation details; a reviewer needs only the problems, reported below. */
    private static void quietEngineLogs() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
        for (String name : new String[] {"org.drools", "org.kie"}) {
            if (LoggerFactory.getLogger(name) instanceof Logger logger) {
                logger.setLevel(Level.OFF);
            }
        }
    }
}

package se.samverkan.gvi.rules;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.LoggerFactory;
import se.samverkan.gvi.decision.RuleProblem;

/**
 * The rule tools for legal reviewers, run from the jar without Maven, a database or a network:
 * <pre>
 *   java -jar gvi.jar rules check [folder]   compile, lint and run every scenario; exit 0 or 1
 *   java -jar gvi.jar rules bench [folder]   build time and evaluation speed
 * </pre>
 */
public final class RulesCommand {

    private static final String USAGE = """
            Användning / usage:
              java -jar gvi.jar rules check [regelmapp]   kontrollera regler och scenarier (standard: rules)
              java -jar gvi.jar rules docs <utmapp> [regelmapp]   skriv regelkatalogen som HTML
              java -jar gvi.jar rules impact <föreslagen-mapp>    vad förslaget ändrar för lagrade händelser
                                                                 (läser databasen som tjänsten använder)
              java -jar gvi.jar rules bench [regelmapp]   mät bygg- och utvärderingstid""";

    private RulesCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        quietEngineLogs();
        if (args.length < 2 || args.length > 4) {
            err.println(USAGE);
            return 2;
        }
        if (args[1].equals("impact")) {
            if (args.length != 3) {
                err.println(USAGE);
                return 2;
            }
            return RulesImpactCommand.run(Path.of(args[2]), out, err);
        }
        if (args[1].equals("docs")) {
            if (args.length < 3) {
                err.println(USAGE);
                return 2;
            }
            return docs(Path.of(args[2]), Path.of(args.length == 4 ? args[3] : "rules"), out, err);
        }
        Path folder = Path.of(args.length == 3 ? args[2] : "rules");
        switch (args[1]) {
            case "check":
                return check(folder, out, err);
            case "bench":
                return RulesBench.run(folder, out);
            default:
                err.println(USAGE);
                return 2;
        }
    }

    private static int check(Path folder, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        Path features = RuleCheck.featuresBeside(folder);
        RuleCheck.Report report = new RuleCheck(Clock.systemUTC()).check(folder, features);
        long millis = (System.nanoTime() - start) / 1_000_000;
        for (RuleProblem problem : report.problems()) {
            err.println(display(folder, problem));
        }
        for (RuleProblem warning : report.warnings()) {
            err.println(display(folder, warning));
        }
        if (report.passed()) {
            out.printf("OK: %s kompilerar, är fri från anmärkningar och alla %d scenarier går igenom (%d ms).%n"
                    + "Regeluppsättningens version: %s%n", folder, report.scenariosRun(), millis, report.version());
            return 0;
        }
        err.printf("INTE GODKÄND: %d problem; %d av %d scenarier gick igenom (%d ms).%n", report.problems().size(),
                report.scenariosPassed(), report.scenariosRun(), millis);
        return 1;
    }

    private static int docs(Path outDir, Path folder, PrintStream out, PrintStream err) {
        RuleCheck.Report report = new RuleCheck(Clock.systemUTC()).check(folder, RuleCheck.featuresBeside(folder));
        if (report.ruleSet() == null) {
            report.problems().forEach(p -> err.println(display(folder, p)));
            err.println("Regelkatalogen kan inte skrivas: regelmappen går inte att bygga.");
            return 1;
        }
        RuleCatalogue.write(RuleCatalogue.model(report, BehaviourCatalogue.read(folder), Instant.now()), outDir);
        out.printf("Regelkatalogen skrevs till %s (%d av %d scenarier gick igenom).%n", outDir.resolve("index.html"),
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

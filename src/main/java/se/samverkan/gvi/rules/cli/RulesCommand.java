package se.samverkan.gvi.rules.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.samverkan.gvi.decision.RuleInfo;
import se.samverkan.gvi.decision.RuleProblem;
import se.samverkan.gvi.rules.check.BehaviourCatalogue;
import se.samverkan.gvi.rules.check.RuleCatalogue;
import se.samverkan.gvi.rules.check.RuleCheck;
import se.samverkan.gvi.rules.check.RuleGuards;
import se.samverkan.gvi.rules.check.SiteRuleCheck;
import se.samverkan.gvi.rules.runtime.RuleFolderRefused;
import se.samverkan.gvi.rules.runtime.SiteRuleFolder;

/**
 * The rule tools for legal reviewers, run from the jar without Maven, a database or a network:
 * <pre>
 *   java -jar gvi.jar rules check [folder] [--site s]   compile, lint and run every scenario; exit 0 or 1
 *   java -jar gvi.jar rules docs &lt;out&gt; [folder] [--site s]   the rule catalogue as HTML
 *   java -jar gvi.jar rules impact &lt;proposed&gt; [--site s]  what a proposed folder changes for stored incidents
 *   java -jar gvi.jar rules bench [folder] [--site s]   build time and evaluation speed
 *   java -jar gvi.jar rules guards [folder] [--site s] [--behaviour id] [--conditions]
 *                                                     whether a scenario notices each rule (or condition) taken out
 * </pre>
 * Without {@code --site}, the check covers the common rules and every site under {@code sites/}.
 * Problems are printed as {@code file:line: message}; a command line that cannot be read exits with
 * 2 and the usage, {@code --help} on any command shows its usage.
 */
@Command(
        name = "rules",
        synopsisSubcommandLabel = "(check | docs | impact | bench | guards)",
        header = "Regelverktyg för jurister / rule tools for legal reviewers",
        subcommands = {
            RulesCommand.Check.class,
            RulesCommand.Docs.class,
            RulesCommand.Impact.class,
            RulesCommand.Bench.class,
            RulesCommand.Guards.class
        })
public final class RulesCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help = new HelpOption();

    private RulesCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command line {@code rules <command> …} (the word {@code rules} first) and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        quietEngineLogs();
        String[] words = args.length > 0 && args[0].equals("rules") ? Arrays.copyOfRange(args, 1, args.length) : args;
        CommandLine commandLine = new CommandLine(new RulesCommand(out, err));
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        return commandLine.execute(words);
    }

    /** {@code rules} alone: which commands there are. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /** {@code --help}, on {@code rules} itself and on every command. */
    static class HelpOption {

        @Option(
                names = {"-h", "--help"},
                usageHelp = true,
                description = "visa hjälpen / show this help")
        boolean help;
    }

    /** {@code --site} and {@code --help}, shared by every command. */
    static final class SiteOption extends HelpOption {

        @Option(names = "--site", paramLabel = "ort", description = "en orts regeluppsättning / one site's rule set")
        @Nullable
        String site;
    }

    /** A command of {@code rules}: it prints to the command line's streams, for one site with {@code --site}. */
    abstract static class OnSite implements Callable<Integer> {

        @ParentCommand
        RulesCommand rules;

        @Mixin
        SiteOption site = new SiteOption();
    }

    /**
     * A command on a rule folder ({@code rules} unless named), for one site with {@code --site}; a
     * folder refused as a whole is reported as its problems, exit 1.
     */
    abstract static class OnFolder extends OnSite {

        @Parameters(
                arity = "0..1",
                paramLabel = "regelmapp",
                defaultValue = "rules",
                description = "regelmappen / the rule folder (standard: ${DEFAULT-VALUE})")
        Path folder;

        abstract int run(Path folder, @Nullable String site, PrintStream out, PrintStream err) throws Exception;

        @Override
        public Integer call() throws Exception {
            try {
                return run(folder, site.site, rules.out, rules.err);
            } catch (RuleFolderRefused e) {
                e.problems().forEach(p -> rules.err.println(display(folder, p)));
                return 1;
            }
        }
    }

    @Command(
            name = "check",
            description = "kontrollera regler och scenarier: kompilera, granska och kör varje scenario "
                    + "(standard: rules, de gemensamma reglerna och varje ort) / check rules and scenarios")
    static final class Check extends OnFolder {

        @Override
        int run(Path folder, @Nullable String site, PrintStream out, PrintStream err) {
            return check(folder, site, out, err);
        }
    }

    @Command(name = "docs", description = "skriv regelkatalogen som HTML / write the rule catalogue as HTML")
    static final class Docs extends OnFolder {

        // the rule folder, having no index of its own, comes after it
        @Parameters(
                index = "0",
                paramLabel = "utmapp",
                description = "mappen katalogen skrivs till / the output folder")
        Path outDir;

        @Override
        int run(Path folder, @Nullable String site, PrintStream out, PrintStream err) {
            return docs(outDir, folder, site, out, err);
        }
    }

    @Command(
            name = "impact",
            description = "vad förslaget ändrar för ortens lagrade händelser (läser databasen som "
                    + "tjänsten använder) / what a proposed folder changes for the site's stored incidents")
    static final class Impact extends OnSite {

        @Parameters(
                index = "0",
                paramLabel = "föreslagen-mapp",
                description = "den föreslagna regelmappen / the proposed rule folder")
        Path proposed;

        @Override
        public Integer call() {
            return RulesImpactCommand.run(proposed, site.site, rules.out, rules.err);
        }
    }

    @Command(name = "bench", description = "mät bygg- och utvärderingstid / measure build and evaluation time")
    static final class Bench extends OnFolder {

        @Override
        int run(Path folder, @Nullable String site, PrintStream out, PrintStream err) {
            return RulesBench.run(folder, site, out);
        }
    }

    @Command(
            name = "guards",
            description = "pröva att scenarierna håller varje regel på plats: en regel i taget tas bort och "
                    + "ett scenario för regelns beteende ska då gå sönder (standard: de gemensamma reglerna) / "
                    + "check that a scenario of its behaviour fails when a rule is taken out")
    static final class Guards extends OnFolder {

        @Option(
                names = "--behaviour",
                paramLabel = "beteende-id",
                description = "bara reglerna för ett beteende, till exempel GVI-10 / only the rules of one behaviour")
        @Nullable
        String behaviour;

        @Option(
                names = "--conditions",
                description =
                        "pröva också varje villkor i reglerna, ett i taget / also take out each condition of each rule")
        boolean conditions;

        @Override
        int run(Path folder, @Nullable String site, PrintStream out, PrintStream err) {
            return guards(
                    folder,
                    site,
                    behaviour,
                    conditions ? RuleGuards.Scope.RULES_AND_CONDITIONS : RuleGuards.Scope.RULES,
                    out,
                    err);
        }
    }

    private static int guards(
            Path folder,
            @Nullable String site,
            @Nullable String behaviour,
            RuleGuards.Scope scope,
            PrintStream out,
            PrintStream err) {
        long start = System.nanoTime();
        RuleGuards.Report report = new RuleGuards(Clock.systemUTC())
                .check(
                        folder,
                        SiteRuleFolder.featuresBeside(folder),
                        site,
                        r -> behaviour == null || r.id().equals(behaviour),
                        scope);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!report.unsound().isEmpty()) {
            report.unsound().forEach(p -> err.println(display(folder, p)));
            err.println(
                    "INTE PRÖVAD: regelmappen klarar inte kontrollen som den är. Kör rules check och rätta den först.");
            return 1;
        }
        for (RuleInfo rule : report.untried()) {
            out.println(display(
                    folder,
                    new RuleProblem(
                            rule.file(),
                            rule.line(),
                            "Regeln \"" + rule.name() + "\" prövas inte: en rad i ett kalkylark kan inte tas bort "
                                    + "här. Skriv tabellen som .drl.csv för att pröva den.")));
        }
        if (report.guards().isEmpty()) {
            err.println(
                    !report.untried().isEmpty()
                            ? "INTE PRÖVAD: ingen av reglerna kunde tas bort."
                            : behaviour == null
                                    ? "INTE PRÖVAD: regelmappen har inga regler."
                                    : "INTE PRÖVAD: ingen regel har beteendet " + behaviour + ".");
            return 1;
        }
        List<RuleGuards.Guard> unguarded = report.unguarded();
        List<RuleGuards.ConditionGuard> loose = report.unguardedConditions();
        report.problems().forEach(p -> err.println(display(folder, p)));
        long tried = report.conditions().stream()
                .filter(RuleGuards.ConditionGuard::built)
                .count();
        boolean withConditions = scope == RuleGuards.Scope.RULES_AND_CONDITIONS;
        if (unguarded.isEmpty() && loose.isEmpty()) {
            out.printf(
                    "OK: varje prövad regel (%d) hålls på plats: utan var och en av dem går ett scenario för dess beteende "
                            + "sönder.%s (%d ms)%n",
                    report.guards().size(),
                    withConditions
                            ? String.format(
                                    " Av reglernas %d villkor kan %d tas bort utan att regeln slutar gå att bygga, och "
                                            + "utan vart och ett av dem går ett scenario sönder.",
                                    report.conditions().size(), tried)
                            : "",
                    millis);
            return 0;
        }
        err.printf(
                "INTE GODKÄND: %d av %d regler hålls inte på plats av något scenario%s. (%d ms)%n",
                unguarded.size(),
                report.guards().size(),
                withConditions
                        ? String.format(
                                ", och %d av de %d villkor som kan tas bort utan att regeln slutar gå att bygga "
                                        + "inte heller",
                                loose.size(), tried)
                        : "",
                millis);
        return 1;
    }

    private static int check(Path folder, @Nullable String site, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        Path features = SiteRuleFolder.featuresBeside(folder);
        SiteRuleCheck check = new SiteRuleCheck(Clock.systemUTC());
        List<SiteRuleCheck.SiteReport> reports = site == null
                ? check.checkAll(folder, features)
                : List.of(new SiteRuleCheck.SiteReport(site, check.check(folder, features, site)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        boolean sites = SiteRuleFolder.hasSites(folder);
        Set<String> shown = new LinkedHashSet<>();
        int problems = printOnce(reports, RuleCheck.Report::problems, folder, shown, err);
        printOnce(reports, RuleCheck.Report::warnings, folder, shown, err);
        boolean passed = reports.stream().allMatch(r -> r.report().passed());
        for (SiteRuleCheck.SiteReport r : reports) {
            RuleCheck.Report report = r.report();
            String what = sites ? folder + ", " + r.label() : folder.toString();
            if (report.passed()) {
                out.printf(
                        "OK: %s kompilerar, är fri från anmärkningar och alla %d scenarier går igenom.%n"
                                + "Regeluppsättningens version: %s%n",
                        what, report.scenariosRun(), report.version());
            } else {
                err.printf(
                        "INTE GODKÄND: %s: %d problem; %d av %d scenarier gick igenom.%n",
                        what, report.problems().size(), report.scenariosPassed(), report.scenariosRun());
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
        RuleCheck.Report report =
                new SiteRuleCheck(Clock.systemUTC()).check(folder, SiteRuleFolder.featuresBeside(folder), site);
        if (report.ruleSet() == null) {
            report.problems().forEach(p -> err.println(display(folder, p)));
            err.println("Regelkatalogen kan inte skrivas: regelmappen går inte att bygga.");
            return 1;
        }
        RuleCatalogue.write(RuleCatalogue.model(report, BehaviourCatalogue.read(folder), Instant.now()), outDir);
        out.printf(
                "Regelkatalogen%s skrevs till %s (%d av %d scenarier gick igenom).%n",
                site == null ? "" : " för orten " + site,
                outDir.resolve("index.html"),
                report.scenariosPassed(),
                report.scenariosRun());
        return report.passed() ? 0 : 1;
    }

    /**
     * Prints each site's problems (or warnings) not shown yet, with the site named where the folder has
     * sites: a problem in a common file shows in every site's check, and is listed once. Returns how
     * many were printed.
     */
    private static int printOnce(
            List<SiteRuleCheck.SiteReport> reports,
            Function<RuleCheck.Report, List<RuleProblem>> which,
            Path folder,
            Set<String> shown,
            PrintStream err) {
        boolean sites = SiteRuleFolder.hasSites(folder);
        int printed = 0;
        for (SiteRuleCheck.SiteReport checked : reports) {
            for (RuleProblem problem : which.apply(checked.report())) {
                if (shown.add(display(folder, problem))) {
                    err.println(display(folder, problem) + (sites ? " (" + checked.label() + ")" : ""));
                    printed++;
                }
            }
        }
        return printed;
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

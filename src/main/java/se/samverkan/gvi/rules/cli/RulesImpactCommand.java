package se.samverkan.gvi.rules.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.samverkan.gvi.GviApplication;
import se.samverkan.gvi.rules.governance.ImpactAnalysis;
import se.samverkan.gvi.rules.governance.RuleGovernance;
import se.samverkan.gvi.rules.governance.RulesViews;
import se.samverkan.gvi.rules.runtime.RuleFolderRefused;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.security.GviSecuritySettings;
import se.samverkan.gvi.security.SiteScope;

/**
 * {@code rules impact <proposed-folder>}: replays every stored incident under a proposed rule folder
 * and prints what would change, per incident, group and person. It starts the service against the
 * database the service is configured for (the embedded file
 * database by default, {@code SPRING_DATASOURCE_*} in production), and activates nothing; the run
 * is a decision-log entry in the name of the operating-system user.
 */
final class RulesImpactCommand {

    private RulesImpactCommand() {}

    static int run(Path proposed, @Nullable String site, PrintStream out, PrintStream err) {
        // The whole application context (its security configuration expects a web application), on a
        // random port on the loopback address only, so it never clashes with a running service.
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GviApplication.class)
                .properties(
                        "spring.main.banner-mode=off",
                        "gvi.demo.enabled=false",
                        "logging.level.root=WARN",
                        "server.port=0",
                        "server.address=127.0.0.1")
                .run()) {
            String forSite = site != null
                    ? site
                    : context.getBean(GviSecuritySettings.class).defaultSite();
            Actor operator = new Actor("cli:" + System.getProperty("user.name", "operator"), forSite);
            RulesViews.Impact impact = SiteScope.forSite(
                    forSite, () -> context.getBean(RuleGovernance.class).impact(operator, proposed.toAbsolutePath()));
            out.printf("Orten %s%n", forSite);
            print(impact, out);
            return 0;
        } catch (RuleFolderRefused e) {
            e.problems().forEach(p -> err.println(p));
            err.println("Förslaget kan inte jämföras: " + e.getMessage());
            return 1;
        }
    }

    private static void print(RulesViews.Impact impact, PrintStream out) {
        out.printf("Gällande version %s, föreslagen version %s%n", impact.currentVersion(), impact.proposedVersion());
        out.printf(
                "%d händelser lästa ur databasen på %d ms; de och %d rekommendationer jämförda på %d ms: %d ändringar%n",
                impact.incidents(),
                impact.readMs(),
                impact.recommendations(),
                impact.tookMs(),
                impact.changes().size());
        for (ImpactAnalysis.Change c : impact.changes()) {
            if (c.error() != null) {
                out.printf("%n%s: kan inte bedömas med förslaget: %s%n", c.incidentReference(), c.error());
                continue;
            }
            out.printf(
                    "%n%s, grupp %s: utfall %s -> %s, prioritet %s -> %s%n",
                    c.incidentReference(),
                    c.groupRef(),
                    c.outcomeBefore(),
                    c.outcomeAfter(),
                    c.priorityBefore(),
                    c.priorityAfter());
            c.actionsAdded().forEach(a -> out.println("  + åtgärd " + a));
            c.actionsRemoved().forEach(a -> out.println("  - åtgärd " + a));
            c.deadlinesChanged().forEach(d -> out.println("  ~ frist " + d));
            c.exclusionsAdded().forEach(e -> out.println("  + undantag " + e));
            c.exclusionsRemoved().forEach(e -> out.println("  - undantag " + e));
        }
    }
}

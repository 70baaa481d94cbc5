package se.samverkan.gvi.rules.cli;

import java.io.PrintStream;
import se.samverkan.gvi.CommandLineTool;

/** {@code java -jar gvi.jar rules …}: the rule tools for legal reviewers ({@link RulesCommand}). */
public final class RulesTool implements CommandLineTool {

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        return RulesCommand.run(args, out, err);
    }
}

package se.samverkan.gvi.rules;

import java.io.PrintStream;

/** Command line entry for the rule tools: {@code rules check [folder]}, {@code rules bench}. */
public final class RulesCommand {

    private RulesCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("usage: java -jar gvi.jar rules check [folder] | rules bench");
        return 2;
    }
}

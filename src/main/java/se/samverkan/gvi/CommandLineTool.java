package se.samverkan.gvi;

import java.io.PrintStream;

/**
 * A tool the jar runs instead of the service ({@code java -jar gvi.jar <name> …}), without starting
 * Spring or touching a database. Tools are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services}), so the application knows no tool's class.
 */
public interface CommandLineTool {

    /** The first word of the command line that selects this tool ("rules"). */
    String name();

    /** Runs the tool on the whole command line (its name first) and returns the exit code. */
    int run(String[] args, PrintStream out, PrintStream err);
}

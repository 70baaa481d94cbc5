package se.samverkan.gvi;

import java.util.ServiceLoader;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The GVI decision service. {@code java -jar gvi.jar rules …} runs the rule tools for legal
 * reviewers instead (check, bench), without starting the service or touching a database: every
 * {@link CommandLineTool} on the class path is offered the command line first.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GviApplication {

    public static void main(String[] args) {
        if (args.length > 0) {
            for (CommandLineTool tool : ServiceLoader.load(CommandLineTool.class)) {
                if (tool.name().equals(args[0])) {
                    System.exit(tool.run(args, System.out, System.err));
                }
            }
        }
        SpringApplication.run(GviApplication.class, args);
    }
}

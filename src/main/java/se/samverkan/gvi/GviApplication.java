package se.samverkan.gvi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;
import se.samverkan.gvi.rules.RulesCommand;

/**
 * The GVI decision service. {@code java -jar gvi.jar rules …} runs the rule tools for legal
 * reviewers instead (check, bench), without starting the service or touching a database.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GviApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("rules")) {
            System.exit(RulesCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(GviApplication.class, args);
    }
}

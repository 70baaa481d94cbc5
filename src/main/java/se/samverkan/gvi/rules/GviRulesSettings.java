package se.samverkan.gvi.rules;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param path               the rule folder loaded at start
 * @param warmUpEvaluations  synthetic evaluations run on a new rule set before it serves
 */
@ConfigurationProperties("gvi.rules")
public record GviRulesSettings(@DefaultValue("rules") Path path, @DefaultValue("30") int warmUpEvaluations) {
}

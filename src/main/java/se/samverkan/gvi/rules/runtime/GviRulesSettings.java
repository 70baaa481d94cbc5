package se.samverkan.gvi.rules.runtime;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param path               the rule folder loaded at start and on reload (common files; sites/<site>/ per site)
 * @param warmUpEvaluations  synthetic evaluations run on a new rule set before it serves
 * @param fourEyes           a reload needs a second legal reviewer's approval of the exact version
 * @param proposalsRoot      the only folder under which an impact analysis may read a proposed rule set;
 *                           a relative one lies in the service's working directory
 * @param syncInterval       how often an instance checks which version serves on all instances
 */
@ConfigurationProperties("gvi.rules")
public record GviRulesSettings(
        @DefaultValue("rules") Path path,
        @DefaultValue("30") int warmUpEvaluations,
        @DefaultValue("false") boolean fourEyes,
        @DefaultValue(".") String proposalsRoot,
        @DefaultValue("PT5S") Duration syncInterval) {

    /**
     * The proposals root as a folder of this machine. Read from the text as written, not as a
     * resource: a web application would resolve "." to its servlet container's temporary folder.
     */
    public Path proposalsFolder() {
        return Path.of(proposalsRoot).toAbsolutePath().normalize();
    }

    /** The scenarios that belong to the rule folder: {@code features/} beside it. */
    public Path features() {
        return SiteRuleFolder.featuresBeside(path);
    }
}

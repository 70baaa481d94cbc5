package se.samverkan.gvi.decision.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.RuleProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads one YAML file of a rule folder strictly (an unknown key is a mistake, not something to
 * ignore) and reports what is wrong with it as a problem at its line, in Swedish.
 */
final class PolicyYaml {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private PolicyYaml() {}

    /** The file as {@code type}, or null after adding the problem that says why not. */
    static <T> @Nullable T read(RuleFiles files, String path, Class<T> type, List<RuleProblem> problems) {
        if (!files.contents().containsKey(path)) {
            problems.add(new RuleProblem(path, 0, "Filen saknas i regelmappen."));
            return null;
        }
        try {
            T value = YAML.readValue(files.text(path), type);
            if (value == null) {
                problems.add(new RuleProblem(path, 0, "Filen är tom."));
            }
            return value;
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new RuleProblem(path, Math.max(line, 0), "Filen kan inte läsas: " + e.getOriginalMessage()));
            return null;
        }
    }
}

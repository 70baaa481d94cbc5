package se.samverkan.gvi.rules.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The behaviours a rule set must implement ({@code rules/behaviours.yaml}, docs/behaviour.md). */
public record BehaviourCatalogue(List<Behaviour> behaviours, List<String> lines) {

    public static final String FILE = "behaviours.yaml";

    /** One behaviour: its stable id and its title in Swedish and English. */
    public record Behaviour(String id, String sv, String en) {}

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    record File(List<Behaviour> behaviours) {}

    public BehaviourCatalogue {
        behaviours = List.copyOf(behaviours);
        lines = List.copyOf(lines);
    }

    /**
     * Reads the catalogue of a rule folder.
     *
     * @throws IllegalArgumentException with a Swedish message when the file is missing or unreadable
     */
    public static BehaviourCatalogue read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Filen " + FILE + " saknas: den listar beteendena som reglerna ska ha.");
        }
        try {
            File parsed = YAML.readValue(Files.readAllBytes(file), File.class);
            if (parsed == null
                    || parsed.behaviours() == null
                    || parsed.behaviours().isEmpty()) {
                throw new IllegalArgumentException("Filen " + FILE + " listar inga beteenden.");
            }
            return new BehaviourCatalogue(parsed.behaviours(), Files.readAllLines(file));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Filen " + FILE + " kan inte läsas: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("Filen " + FILE + " kan inte läsas: " + e.getMessage());
        }
    }

    /** The 1-based line where a behaviour id is listed, or 0. */
    public int lineOf(String id) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("id: " + id)) {
                return i + 1;
            }
        }
        return 0;
    }

    public List<String> ids() {
        return behaviours.stream().map(Behaviour::id).toList();
    }
}

package se.samverkan.gvi.rules.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which behaviour ids the scenarios under a features folder are tagged with, and which scenarios
 * carry no behaviour id at all (every scenario must name the behaviour it illustrates).
 */
public record ScenarioIndex(Set<String> taggedIds, List<String> untagged, int scenarios) {

    private static final Pattern BEHAVIOUR_TAG = Pattern.compile("@(GVI-\\d+)");
    private static final Pattern SCENARIO =
            Pattern.compile("^\\s*(Scenario|Scenariomall|Scenario Outline|Abstrakt Scenario|Example):");
    private static final Pattern FEATURE = Pattern.compile("^\\s*(Egenskap|Feature|Ability|Business Need):");

    public static ScenarioIndex of(Path features) {
        Set<String> ids = new TreeSet<>();
        List<String> untagged = new ArrayList<>();
        int count = 0;
        if (!Files.isDirectory(features)) {
            return new ScenarioIndex(ids, untagged, 0);
        }
        try (Stream<Path> paths = Files.walk(features)) {
            for (Path file : paths.filter(p -> p.toString().endsWith(".feature"))
                    .sorted()
                    .toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                Set<String> featureTags = new TreeSet<>();
                Set<String> pendingTags = new TreeSet<>();
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.strip().startsWith("@")) {
                        Matcher m = BEHAVIOUR_TAG.matcher(line);
                        while (m.find()) {
                            pendingTags.add(m.group(1));
                        }
                    } else if (FEATURE.matcher(line).find()) {
                        featureTags.addAll(pendingTags);
                        pendingTags.clear();
                    } else if (SCENARIO.matcher(line).find()) {
                        count++;
                        Set<String> tags = new TreeSet<>(featureTags);
                        tags.addAll(pendingTags);
                        pendingTags.clear();
                        if (tags.isEmpty()) {
                            untagged.add(
                                    features.getParent() == null
                                            ? file.toString()
                                            : features.getParent().relativize(file) + ":" + (i + 1));
                        }
                        ids.addAll(tags);
                    } else if (!line.isBlank() && !line.strip().startsWith("#")) {
                        pendingTags.clear();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ScenarioIndex(ids, untagged, count);
    }
}

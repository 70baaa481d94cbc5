package se.samverkan.gvi.decision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The default rule set of the site {@code huddinge} (the common files of {@code rules/} overlaid with
 * {@code rules/sites/huddinge/}), as a folder in the one-site layout to break on purpose, or as files.
 */
public final class RuleFolderFixture {

    public static final String SITE = "huddinge";

    private RuleFolderFixture() {}

    /** A loader whose clock stands on 2026-02-01 (UTC), the date the loader tests build their rule sets on. */
    public static RuleSetLoader loader() {
        return new RuleSetLoader(Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC));
    }

    /** The site's rule set as a folder of its own (no sites/ inside): the files it serves, at their paths. */
    public static Path copyOfDefaultRules(Path target) {
        Path rules = target.resolve("rules");
        copy(Path.of("rules"), rules);
        Path sites = rules.resolve("sites");
        copy(sites.resolve(SITE), rules);
        delete(sites);
        return rules;
    }

    /**
     * The project's {@code rules/} and {@code features/} copied side by side into {@code folder}, as
     * the service and the check find them (the scenarios beside the rule folder), to change without
     * touching the project's own; the copy of {@code rules/}.
     */
    public static Path copyOfProjectRules(Path folder) {
        Path rules = folder.resolve("rules");
        copy(Path.of("rules"), rules);
        copy(Path.of("features"), folder.resolve("features"));
        return rules;
    }

    /** The files the site's default rule set serves (path → text), for {@code RuleSetLoader.load(Map)}. */
    public static Map<String, String> defaultRules() {
        Map<String, String> files = new TreeMap<>();
        read(Path.of("rules"), files);
        files.keySet().removeIf(p -> p.startsWith("sites/"));
        read(Path.of("rules", "sites", SITE), files);
        return files;
    }

    private static void read(Path folder, Map<String, String> files) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String relative = folder.relativize(path).toString().replace('\\', '/');
                if (!relative.endsWith(".md")) {
                    files.put(relative, Files.readString(path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copy(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path destination = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void replace(Path file, String text, String replacement) {
        try {
            String content = Files.readString(file);
            if (!content.contains(text)) {
                throw new IllegalArgumentException(file + " does not contain " + text);
            }
            Files.writeString(file, content.replace(text, replacement));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

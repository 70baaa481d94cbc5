package se.samverkan.gvi.decision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the default rule folder in a temporary directory, to break on purpose. */
public final class RuleFolderFixture {

    private RuleFolderFixture() {
    }

    public static Path copyOfDefaultRules(Path target) {
        copy(Path.of("rules"), target.resolve("rules"));
        return target.resolve("rules");
    }

    public static void copy(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path destination = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination);
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

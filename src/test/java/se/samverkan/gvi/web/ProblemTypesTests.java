package se.samverkan.gvi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every problem type the code can answer is explained once in docs/problems.md, and no other. */
class ProblemTypesTests {

    private static final Pattern TYPE = Pattern.compile("urn:gvi:problem:[a-z][a-z-]*");
    private static final Pattern HEADING = Pattern.compile("^### `(urn:gvi:problem:[a-z-]+)`$", Pattern.MULTILINE);

    @Test
    void everyProblemTypeTheCodeCanAnswerIsDocumentedOnce() throws IOException {
        Set<String> inCode = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = TYPE.matcher(Files.readString(source));
                while (m.find()) {
                    inCode.add(m.group());
                }
            }
        }
        String page = Files.readString(Path.of("docs/problems.md"));
        java.util.List<String> documented =
                HEADING.matcher(page).results().map(r -> r.group(1)).toList();

        assertThat(inCode)
                .as("problem types found in src/main/java")
                .contains(
                        "urn:gvi:problem:validation",
                        "urn:gvi:problem:unauthenticated",
                        "urn:gvi:problem:too-large",
                        "urn:gvi:problem:rules-refused");
        assertThat(documented)
                .as("each type is a heading of docs/problems.md, once")
                .doesNotHaveDuplicates();
        assertThat(new TreeSet<>(documented))
                .as("the types docs/problems.md explains")
                .isEqualTo(inCode);
    }
}

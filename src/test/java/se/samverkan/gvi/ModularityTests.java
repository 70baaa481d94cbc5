package se.samverkan.gvi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application modules (each top-level package under {@code se.samverkan.gvi}) by Spring Modulith:
 * no cycle between them, and each uses only the others' published types (a module's base package and
 * its {@code @NamedInterface} sub-packages). The module diagrams in {@code docs/modules/} are drawn
 * from the same model; the test fails when they are out of date. Refresh them with
 * {@code ./mvnw test -Dtest=ModularityTests -Dgvi.modules.write=true} and commit the result.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(GviApplication.class);
    private static final Path COMMITTED = Path.of("docs/modules");

    @Test
    void theModulesFormNoCycleAndUseOnlyEachOthersPublishedTypes() {
        MODULES.verify();
    }

    @Test
    void theModuleDiagramsInTheDocsAreCurrent() throws IOException {
        boolean write = Boolean.getBoolean("gvi.modules.write");
        Path drawn = write ? COMMITTED : Path.of("target/modules-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(drawn.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        assertThat(contents(COMMITTED))
                .as("docs/modules is out of date: run ./mvnw test -Dtest=ModularityTests -Dgvi.modules.write=true")
                .isEqualTo(contents(drawn));
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> paths = Files.list(folder)) {
                for (Path path :
                        paths.filter(p -> p.toString().endsWith(".puml")).toList()) {
                    // the Documenter lists modules and relations in no fixed order: compare the lines as a set
                    files.put(
                            path.getFileName().toString(), String.join("\n", new TreeSet<>(Files.readAllLines(path))));
                }
            }
        }
        return files;
    }
}

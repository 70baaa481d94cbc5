package se.samverkan.gvi.rules.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import se.samverkan.gvi.GviApplication;

/** The first minute: started where there is no rule folder, the service says so and how to fix it. */
@ExtendWith(OutputCaptureExtension.class)
class RuleFolderMissingTests {

    @Test
    void startingWithoutARuleFolderSaysWhichFolderIsMissingAndHowToPointAtOneWithoutAStackTrace(
            @TempDir Path elsewhere, CapturedOutput output) {
        Path missing = elsewhere.resolve("rules");
        assertThatThrownBy(() -> new SpringApplicationBuilder(GviApplication.class)
                        .run(
                                "--gvi.rules.path=" + missing,
                                "--server.port=0",
                                "--gvi.delivery.enabled=false",
                                "--spring.datasource.url=jdbc:h2:mem:no-rules;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"))
                .hasRootCauseInstanceOf(RuleFolderMissing.class);

        assertThat(output.getOut())
                .contains("There is no rule folder at " + missing.toAbsolutePath(), "--gvi.rules.path=/path/to/rules")
                .doesNotContain("at se.samverkan.gvi.rules.runtime.ActiveRuleSet.<init>");
    }
}

package se.samverkan.gvi.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import se.samverkan.gvi.rules.runtime.GviRulesSettings;
import se.samverkan.gvi.support.Instances;

/**
 * The default proposals root is the service's working directory, also in a running web server
 * (whose servlet container would resolve "." to its own temporary folder), and a refusal names the
 * proposed folder as the reviewer wrote it, never as a path of the server.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:proposals;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "gvi.rules.warm-up-evaluations=1",
            "gvi.delivery.enabled=false"
        })
class ProposalsRootTests {

    @Autowired
    GviRulesSettings settings;

    @Autowired
    ConfigurableApplicationContext service;

    @Test
    void theDefaultProposalsRootIsTheWorkingDirectory() {
        assertThat(settings.proposalsFolder()).isEqualTo(Path.of("").toAbsolutePath());
    }

    @Test
    void aProposalBesideTheRulesIsFoundAndAMissingOneIsNamedAsWritten() throws Exception {
        HttpResponse<String> found =
                Instances.call(service, "legal", "POST", "/api/v1/rules/impact", "{\"folder\":\"rules\"}");
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);

        HttpResponse<String> missing = Instances.call(
                service, "legal", "POST", "/api/v1/rules/impact", "{\"folder\":\"proposals/ingen-sådan\"}");
        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(422);
        assertThat(missing.body())
                .contains("\"file\":\"proposals/ingen-sådan\"", "Mappen finns inte.")
                .doesNotContain(Path.of("").toAbsolutePath().toString())
                .doesNotContain("/tmp");
    }
}

package se.samverkan.gvi.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samverkan.gvi.decision.RuleFolderFixture;
import se.samverkan.gvi.decision.RuleSetLoader;
import se.samverkan.gvi.rules.runtime.ActiveRuleSet;
import se.samverkan.gvi.rules.runtime.SiteRuleFolder;
import se.samverkan.gvi.support.IntegrationTest;
import se.samverkan.gvi.support.TestClock;

/** Four eyes on the policy: a version serves only after a second legal reviewer approved it. */
@IntegrationTest(schema = "four_eyes")
@Import(TestClock.Config.class)
@DirtiesContext
class FourEyesTests {

    @TempDir
    static Path workspace;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        Path rules = RuleFolderFixture.copyOfProjectRules(workspace);
        registry.add("gvi.rules.path", rules::toString);
        registry.add("gvi.rules.four-eyes", () -> "true");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ActiveRuleSet active;

    private int call(MockHttpServletRequestBuilder request, String reviewer) throws Exception {
        return mvc.perform(request.with(user(reviewer)
                        .authorities(
                                new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                        "ROLE_LEGAL_REVIEWER"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                        "SITE_huddinge"))))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void aVersionServesOnlyAfterAnotherLegalReviewerApprovedIt() throws Exception {
        String serving = active.current("huddinge").version();
        Path levers = workspace.resolve("rules/levers.yaml");
        Files.writeString(
                levers,
                Files.readString(levers)
                        .replace("legalBasis: \"utmätning\"", "legalBasis: \"utmätning av lön och annan egendom\""));
        String proposed = new RuleSetLoader(java.time.Clock.systemUTC())
                .load(SiteRuleFolder.of(workspace.resolve("rules"), "huddinge").files())
                .orThrow()
                .version();

        assertThat(call(post("/api/v1/rules/reload"), "jurist-a")).isEqualTo(409);
        assertThat(active.current("huddinge").version()).isEqualTo(serving);

        assertThat(call(
                        post("/api/v1/rules/approvals")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\":\"" + proposed + "\"}"),
                        "jurist-a"))
                .isEqualTo(201);
        assertThat(call(post("/api/v1/rules/reload"), "jurist-a"))
                .as("approving one's own version is not four eyes")
                .isEqualTo(409);

        assertThat(call(
                        post("/api/v1/rules/approvals")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\":\"" + proposed + "\"}"),
                        "jurist-b"))
                .isEqualTo(201);
        assertThat(call(post("/api/v1/rules/reload"), "jurist-a")).isEqualTo(200);
        assertThat(active.current("huddinge").version()).isEqualTo(proposed);
    }
}

package se.samverkan.gvi.rules.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.gvi.GviSettings;
import se.samverkan.gvi.decision.Priority;
import se.samverkan.gvi.decision.RuleFolderFixture;
import se.samverkan.gvi.decision.RuleSet;
import se.samverkan.gvi.decision.RuleSetLoader;
import se.samverkan.gvi.security.GviSecuritySettings;

/**
 * The serving rule sets, one per site: built and warmed at start, refused when broken, replaced as a
 * whole and per site.
 */
class ActiveRuleSetTests {

    private static final GviSettings ZONE = new GviSettings(ZoneId.of("Europe/Stockholm"));
    private static final GviSecuritySettings SECURITY = new GviSecuritySettings(
            "demo",
            List.of("huddinge"),
            4,
            true,
            new GviSecuritySettings.Jwt(null, null, "roles", "sub", "site", null),
            "gvi_app",
            new GviSecuritySettings.Oidc(null, null, List.of("openid")),
            true);

    private static ActiveRuleSet start(Path folder) {
        return new ActiveRuleSet(
                new GviRulesSettings(folder, 5, false, ".", Duration.ofSeconds(5)), ZONE, SECURITY, Clock.systemUTC());
    }

    @Test
    void eachSiteOfTheDefaultFolderServesItsOwnPromisesAndVersion() {
        ActiveRuleSet active = start(Path.of("rules"));
        assertThat(active.sites()).containsExactly("huddinge", "malmo");
        RuleSet huddinge = active.current("huddinge");
        RuleSet malmo = active.current("malmo");
        assertThat(huddinge.promises()).containsOnlyKeys("HUDDINGE-2024", "HUDDINGE-2027");
        assertThat(malmo.promises()).containsOnlyKeys("MALMO-2025");
        assertThat(malmo.promises().get("MALMO-2025").deadlines().get(Priority.STANDARD))
                .isNotEqualTo(
                        huddinge.promises().get("HUDDINGE-2024").deadlines().get(Priority.STANDARD));
        assertThat(huddinge.version()).matches("[0-9a-f]{64}").isNotEqualTo(malmo.version());
        // the version is the SHA-256 of exactly the files the site serves: common + the site's own
        assertThat(huddinge.files())
                .containsKey("promises/huddinge-2024.yaml")
                .doesNotContainKey("promises/malmo-2025.yaml")
                .containsKey("levers.yaml")
                .noneSatisfy((path, text) -> assertThat(path).startsWith("sites/"));
        assertThat(new RuleSetLoader(Clock.systemUTC())
                        .load(huddinge.files())
                        .orThrow()
                        .version())
                .isEqualTo(huddinge.version());
    }

    @Test
    void activatingOneSiteReplacesItsSetAtomicallyAndLeavesTheOtherSiteAlone() {
        ActiveRuleSet active = start(Path.of("rules"));
        RuleSet first = active.current("huddinge");
        RuleSet malmo = active.current("malmo");
        RuleSet next = new RuleSetLoader(Clock.systemUTC())
                .load(RuleFolderFixture.defaultRules())
                .orThrow();
        assertThat(active.activate("huddinge", next)).isSameAs(first);
        assertThat(active.current("huddinge")).isSameAs(next);
        assertThat(active.current("malmo")).isSameAs(malmo);
    }

    @Test
    void aSiteWithoutRulesIsRefusedClearly() {
        ActiveRuleSet active = start(Path.of("rules"));
        assertThatThrownBy(() -> active.current("lund"))
                .isInstanceOf(RuleFolderRefused.class)
                .satisfies(e -> assertThat(((RuleFolderRefused) e).problems())
                        .singleElement()
                        .satisfies(p -> assertThat(p.message()).contains("lund").contains("huddinge, malmo")));
    }

    @Test
    void aBrokenFolderRefusesTheStartAndNamesTheProblem(@TempDir Path folder) throws IOException {
        RuleFolderFixture.copy(Path.of("rules"), folder);
        Path rule = folder.resolve("gvi/09-oversight.dslr");
        Files.writeString(rule, "rule \"broken\" when then this is not drl\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> start(folder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(rule.getFileName().toString());
    }

    @Test
    void aBrokenPromiseOfOneSiteRefusesTheStartAndNamesTheSiteFile(@TempDir Path folder) {
        RuleFolderFixture.copy(Path.of("rules"), folder);
        RuleFolderFixture.replace(
                folder.resolve("sites/malmo/promises/malmo-2025.yaml"), "  STANDARD: 10", "  STANDARD: 0");
        assertThatThrownBy(() -> start(folder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("site malmo")
                .hasMessageContaining("sites/malmo/promises/malmo-2025.yaml");
    }

    @Test
    void aFolderWithoutSitesServesTheConfiguredSiteOnly(@TempDir Path temp) {
        ActiveRuleSet active = start(RuleFolderFixture.copyOfDefaultRules(temp));
        assertThat(active.sites()).containsExactly("huddinge");
        assertThat(active.current("huddinge").promises()).containsOnlyKeys("HUDDINGE-2024", "HUDDINGE-2027");
        assertThatThrownBy(() -> active.current("malmo")).isInstanceOf(RuleFolderRefused.class);
    }

    @Test
    void aMissingFolderRefusesTheStart(@TempDir Path folder) {
        assertThatThrownBy(() -> start(folder.resolve("none"))).isInstanceOf(RuntimeException.class);
    }
}

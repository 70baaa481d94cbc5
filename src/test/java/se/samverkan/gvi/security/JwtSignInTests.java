package se.samverkan.gvi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import se.samverkan.gvi.audit.DecisionLog;
import se.samverkan.gvi.group.GroupService;
import se.samverkan.gvi.incident.IncidentService;
import se.samverkan.gvi.national.NationalFigures;
import se.samverkan.gvi.recommendation.Recommendations;
import se.samverkan.gvi.recommendation.SanctionRounds;
import se.samverkan.gvi.rules.governance.RuleGovernance;
import se.samverkan.gvi.web.JsonSettings;

/**
 * The prod profile: only JWTs of the identity provider, signed with its key and not expired, sign
 * a user in; roles come from the configured claim, the user name from the configured claim. Tokens
 * are signed here with a key made for the test; nothing goes over the network.
 */
// The API's controllers only: the pages (se.samverkan.gvi.ui) have sign-in tests of their own.
@WebMvcTest(
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "se\\.samverkan\\.gvi\\.ui\\..*"),
        properties = {
            "gvi.security.jwt.jwk-set-uri=http://127.0.0.1:9/never-called",
            "gvi.security.jwt.roles-claim=realm_access.roles",
            "gvi.security.jwt.user-name-claim=preferred_username",
            "gvi.security.jwt.issuer-uri=" + JwtSignInTests.ISSUER,
            "gvi.security.jwt.audience=" + JwtSignInTests.AUDIENCE,
            // the services are mocked and answer no body: the contract check lets an empty success through
            "gvi.test.api-contract.mocked-services=true"
        })
@ActiveProfiles("prod")
@Import({SecurityConfiguration.class, JsonSettings.class, JwtSignInTests.Keys.class})
class JwtSignInTests {

    static final KeyPair PROVIDER = rsa();
    static final KeyPair STRANGER = rsa();
    static final String ISSUER = "https://idp.example.test/realms/gvi";
    static final String AUDIENCE = "gvi-decision-core";

    @TestConfiguration(proxyBeanMethods = false)
    static class Keys {
        @Bean
        @Primary
        JwtDecoder testDecoder(GviSecuritySettings settings) {
            // the provider's key instead of its JWK set; the same checks of expiry, audience and issuer
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) PROVIDER.getPublic())
                    .build();
            decoder.setJwtValidator(SecurityConfiguration.tokenValidator(settings.jwt()));
            return decoder;
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    GroupService groups;

    @MockitoBean
    IncidentService incidents;

    @MockitoBean
    Recommendations recommendations;

    @MockitoBean
    SanctionRounds sanctionRounds;

    @MockitoBean
    DecisionLog decisionLog;

    @MockitoBean
    RuleGovernance rules;

    @MockitoBean
    NationalFigures nationalFigures;

    @Test
    void aValidTokenWithTheRoleIsLetThroughAndNamesTheUserFromTheConfiguredClaim() throws Exception {
        MockHttpServletResponse response = get(
                "/api/v1/recommendations",
                token(
                        PROVIDER,
                        "anna.k",
                        List.of("COORDINATOR", "some-other-group"),
                        Instant.now().plusSeconds(300)));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        verify(recommendations).list(eq(new Actor("anna.k", "huddinge")), any(), any(), any(), any());
    }

    @Test
    void theSiteComesFromTheSiteClaim() throws Exception {
        MockHttpServletResponse response = get(
                "/api/v1/recommendations",
                token(PROVIDER, "mia.s", List.of("COORDINATOR"), Instant.now().plusSeconds(300), "malmo"));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        verify(recommendations).list(eq(new Actor("mia.s", "malmo")), any(), any(), any(), any());
    }

    @Test
    void aTokenWithoutASiteOfThisServiceGrantsNothing() throws Exception {
        // no site claim, a site this instance does not serve, and a value that is no site name
        for (String site : new String[] {null, "stockholm", "*", "huddinge' or '1'='1"}) {
            assertProblem(
                    get(
                            "/api/v1/recommendations",
                            token(
                                    PROVIDER,
                                    "anna.k",
                                    List.of("COORDINATOR"),
                                    Instant.now().plusSeconds(300),
                                    site)),
                    403);
        }
        verifyNoInteractions(recommendations);
    }

    @Test
    void theNationalAnalystNeedsNoSiteAndReadsOnlyTheFigures() throws Exception {
        String analyst = token(
                PROVIDER, "nils.a", List.of("NATIONAL_ANALYST"), Instant.now().plusSeconds(300), null);
        assertThat(get("/api/v1/national/figures", analyst).getStatus()).isEqualTo(200);
        assertProblem(get("/api/v1/recommendations", analyst), 403);
        // a site in the token gives the analyst no site role
        assertProblem(
                get(
                        "/api/v1/recommendations",
                        token(
                                PROVIDER,
                                "nils.a",
                                List.of("NATIONAL_ANALYST"),
                                Instant.now().plusSeconds(300),
                                "huddinge")),
                403);
    }

    @Test
    void aValidTokenWithoutTheRoleIs403AsProblem() throws Exception {
        MockHttpServletResponse response = get(
                "/api/v1/audit/verify",
                token(PROVIDER, "anna.k", List.of("COORDINATOR"), Instant.now().plusSeconds(300)));
        assertProblem(response, 403);
        // a group the identity provider knows but this service does not grants nothing
        assertProblem(
                get(
                        "/api/v1/recommendations",
                        token(
                                PROVIDER,
                                "bo.l",
                                List.of("GVI_SUPERUSER", "ROLE_X"),
                                Instant.now().plusSeconds(300))),
                403);
    }

    @Test
    void anExpiredTokenIs401AsProblem() throws Exception {
        assertProblem(
                get(
                        "/api/v1/recommendations",
                        token(
                                PROVIDER,
                                "anna.k",
                                List.of("COORDINATOR"),
                                Instant.now().minusSeconds(3600))),
                401);
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401AsProblem() throws Exception {
        assertProblem(
                get(
                        "/api/v1/recommendations",
                        token(
                                STRANGER,
                                "anna.k",
                                List.of("COORDINATOR"),
                                Instant.now().plusSeconds(300))),
                401);
        assertProblem(get("/api/v1/recommendations", "not-a-jwt"), 401);
    }

    @Test
    void aTokenForAnotherApplicationOrFromAnotherIssuerIs401AsProblem() throws Exception {
        Instant expires = Instant.now().plusSeconds(300);
        assertProblem(
                get(
                        "/api/v1/recommendations",
                        token(
                                PROVIDER,
                                "anna.k",
                                List.of("COORDINATOR"),
                                expires,
                                "huddinge",
                                ISSUER,
                                List.of("case-management"))),
                401);
        assertProblem(
                get(
                        "/api/v1/recommendations",
                        token(PROVIDER, "anna.k", List.of("COORDINATOR"), expires, "huddinge", ISSUER, List.of())),
                401);
        assertProblem(
                get(
                        "/api/v1/recommendations",
                        token(
                                PROVIDER,
                                "anna.k",
                                List.of("COORDINATOR"),
                                expires,
                                "huddinge",
                                "https://idp.example.test/realms/other",
                                List.of(AUDIENCE))),
                401);
        verifyNoInteractions(recommendations);
        // several audiences are fine as long as this service is one of them
        assertThat(get(
                                "/api/v1/recommendations",
                                token(
                                        PROVIDER,
                                        "anna.k",
                                        List.of("COORDINATOR"),
                                        expires,
                                        "huddinge",
                                        ISSUER,
                                        List.of("case-management", AUDIENCE)))
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void noTokenOrDemoPasswordsAre401AsProblem() throws Exception {
        assertProblem(
                mvc.perform(MockMvcRequestBuilders.get("/api/v1/recommendations"))
                        .andReturn()
                        .getResponse(),
                401);
        assertProblem(
                mvc.perform(MockMvcRequestBuilders.get("/api/v1/recommendations")
                                .with(httpBasic("coordinator", "demo")))
                        .andReturn()
                        .getResponse(),
                401);
    }

    @Test
    void theProdProfileRefusesToStartWithoutItsAudience() {
        assertThatThrownBy(() -> startProd("prod-audience", "--gvi.security.demo-users=false"))
                .rootCause()
                .hasMessageContaining("needs gvi.security.jwt.audience");
    }

    @Test
    void theProdProfileRefusesToStartWithDemoUsers() {
        assertThatThrownBy(() -> startProd("prod-refusal", "--gvi.security.demo-users=true"))
                .rootCause()
                .hasMessageContaining("refuses to start with demo users");
    }

    @Test
    void theProdProfileRefusesToStartWhenThePagesCouldSignNoOneIn() {
        // no client for the pages at the identity provider
        assertThatThrownBy(() -> startProd(
                        "prod-pages-client",
                        "--gvi.security.demo-users=false",
                        "--gvi.security.jwt.audience=" + AUDIENCE))
                .rootCause()
                .hasMessageContaining("needs the pages' client at the identity provider")
                .hasMessageContaining("gvi.security.oidc.client-id");
        // a client, but only the provider's keys and no issuer whose metadata names its sign-in endpoints
        assertThatThrownBy(() -> startProd(
                        "prod-pages-issuer",
                        "--gvi.security.demo-users=false",
                        "--gvi.security.jwt.audience=" + AUDIENCE,
                        "--gvi.security.oidc.client-id=gvi-pages"))
                .rootCause()
                .hasMessageContaining("needs gvi.security.jwt.issuer-uri");
    }

    /** Starts the service in the prod profile with {@code settings}; closes it again if it started. */
    private static void startProd(String database, String... settings) {
        ProdProfile.start(database, settings).close();
    }

    private MockHttpServletResponse get(String path, String token) throws Exception {
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.get(path).header("Authorization", "Bearer " + token);
        return mvc.perform(request).andReturn().getResponse();
    }

    private static void assertProblem(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":" + status);
    }

    private static String token(KeyPair key, String user, List<String> roles, Instant expires) throws Exception {
        return token(key, user, roles, expires, "huddinge");
    }

    private static String token(KeyPair key, String user, List<String> roles, Instant expires, String site)
            throws Exception {
        return token(key, user, roles, expires, site, ISSUER, List.of(AUDIENCE));
    }

    private static String token(
            KeyPair key,
            String user,
            List<String> roles,
            Instant expires,
            String site,
            String issuer,
            List<String> audience)
            throws Exception {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        if (site != null) {
            builder.claim("site", site);
        }
        JWTClaimsSet claims = builder.issuer(issuer)
                .audience(audience)
                .subject("f3b1c2d4-0000-4000-8000-000000000042")
                .claim("preferred_username", user)
                .claim("realm_access", Map.of("roles", roles))
                .issueTime(Date.from(expires.minusSeconds(600)))
                .expirationTime(Date.from(expires))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(key.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

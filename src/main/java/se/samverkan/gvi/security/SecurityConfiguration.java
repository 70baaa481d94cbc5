package se.samverkan.gvi.security;

import static se.samverkan.gvi.security.Roles.ADMIN;
import static se.samverkan.gvi.security.Roles.AUDITOR;
import static se.samverkan.gvi.security.Roles.COORDINATOR;
import static se.samverkan.gvi.security.Roles.LEGAL_REVIEWER;
import static se.samverkan.gvi.security.Roles.LIAISON;
import static se.samverkan.gvi.security.Roles.NATIONAL_ANALYST;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what (docs/security.md): stateless, the role matrix per endpoint, 401 and 403 as problem
 * details. The embedded default signs the demo users in with HTTP Basic; the {@code prod} profile
 * accepts only JWTs of the agencies' identity provider ({@code gvi.security.jwt.*}) and refuses to
 * start with demo users. The OpenAPI description is open to anyone unless
 * {@code gvi.security.api-docs-public=false} (prod), when it needs a signed-in caller.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GviSecuritySettings.class)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PROD = "prod";
    /** The OpenAPI description and its UI: open in the embedded default, for signed-in callers in prod. */
    static final String[] API_DOCS = {"/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**", "/swagger-ui.html"};

    /**
     * The demo users of one site: one role each, named as the role. The default site's users carry
     * these names, every further site's users the site as prefix ({@code malmo-coordinator}).
     */
    static final Map<String, String> DEMO_USERS = Map.of(
            "liaison", LIAISON,
            "coordinator", COORDINATOR,
            "legal", LEGAL_REVIEWER,
            "auditor", AUDITOR,
            "admin", ADMIN);
    /** The demo national analyst: aggregated figures across sites only, no site of its own. */
    static final String DEMO_ANALYST = "analyst";

    /** Demo user name → (role, site or null), for every site of this instance. */
    static Map<String, String[]> demoUsers(GviSecuritySettings settings) {
        Map<String, String[]> users = new LinkedHashMap<>();
        for (String site : settings.sites()) {
            String prefix = site.equals(settings.defaultSite()) ? "" : site + "-";
            DEMO_USERS.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(u -> users.put(prefix + u.getKey(), new String[] {u.getValue(), site}));
        }
        users.put(DEMO_ANALYST, new String[] {NATIONAL_ANALYST, null});
        return users;
    }

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            Environment environment,
            GviSecuritySettings settings,
            ObjectProvider<JwtDecoder> jwtDecoder)
            throws Exception {
        String[] readers = {LIAISON, COORDINATOR, LEGAL_REVIEWER};
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> problem(
                response,
                HttpStatus.UNAUTHORIZED,
                "urn:gvi:problem:unauthenticated",
                "Authentication required",
                "sign in with a user of this site");
        AccessDeniedHandler forbidden = (request, response, e) -> problem(
                response, HttpStatus.FORBIDDEN, "urn:gvi:problem:forbidden", "Forbidden", "your role may not do this");
        http.addFilterAfter(new AccessLog.UserCapture(), SecurityContextHolderFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(
                        ex -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden));
        if (environment.matchesProfiles(PROD)) {
            // Production: only bearer tokens of the agencies' identity provider; no password ever reaches us.
            http.oauth2ResourceServer(o -> o.jwt(jwt -> jwt.decoder(jwtDecoder.getObject())
                            .jwtAuthenticationConverter(new JwtRoles(settings.jwt(), settings.sites())))
                    .authenticationEntryPoint(unauthenticated)
                    .accessDeniedHandler(forbidden));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated));
        }
        http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.PUT, "/api/v1/persons/*", "/api/v1/groups/*")
                .hasRole(ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/v1/persons/*", "/api/v1/groups/*")
                .hasAnyRole(LIAISON, COORDINATOR, LEGAL_REVIEWER, ADMIN)
                .requestMatchers(HttpMethod.POST, "/api/v1/groups/*/call-ins")
                .hasRole(COORDINATOR)
                .requestMatchers(HttpMethod.POST, "/api/v1/groups/*/sanction-rounds/*/closure")
                .hasRole(COORDINATOR)
                .requestMatchers(HttpMethod.POST, "/api/v1/incidents", "/api/v1/incidents/*/retraction")
                .hasRole(LIAISON)
                .requestMatchers(HttpMethod.PUT, "/api/v1/incidents/*")
                .hasRole(LIAISON)
                .requestMatchers(HttpMethod.GET, "/api/v1/incidents/*")
                .hasAnyRole(readers)
                .requestMatchers(HttpMethod.POST, "/api/v1/evaluations")
                .hasAnyRole(readers)
                .requestMatchers(
                        HttpMethod.GET, "/api/v1/recommendations", "/api/v1/recommendations/*", "/api/v1/actions")
                .hasAnyRole(readers)
                .requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/recommendations/*/decision",
                        "/api/v1/recommendations/*/actions/*/outcome")
                .hasRole(COORDINATOR)
                .requestMatchers(HttpMethod.GET, "/api/v1/audit", "/api/v1/audit/verify")
                .hasRole(AUDITOR)
                .requestMatchers(HttpMethod.GET, "/api/v1/national/figures")
                .hasRole(NATIONAL_ANALYST)
                // Rule governance: reading for those who follow the rules; reload, approvals and
                // impact only for legal reviewers (four eyes on reload).
                .requestMatchers(HttpMethod.GET, "/api/v1/rules", "/api/v1/rules/versions/*")
                .hasAnyRole(COORDINATOR, LEGAL_REVIEWER, AUDITOR)
                .requestMatchers(
                        HttpMethod.POST, "/api/v1/rules/reload", "/api/v1/rules/approvals", "/api/v1/rules/impact")
                .hasRole(LEGAL_REVIEWER)
                .requestMatchers(API_DOCS)
                .access(apiDocsReaders(settings))
                .requestMatchers("/error")
                .permitAll()
                .anyRequest()
                .denyAll());
        return http.build();
    }

    /** Anyone in the embedded default; only a signed-in caller where the description is not public (prod). */
    private static AuthorizationManager<RequestAuthorizationContext> apiDocsReaders(GviSecuritySettings settings) {
        if (settings.apiDocsPublic()) {
            return SingleResultAuthorizationManager.permitAll();
        }
        return AuthenticatedAuthorizationManager.authenticated();
    }

    @Bean
    PasswordEncoder passwordEncoder(GviSecuritySettings settings) {
        return new BCryptPasswordEncoder(settings.passwordHashStrength());
    }

    @Bean
    @Profile("!" + PROD)
    UserDetailsService demoUsers(GviSecuritySettings settings, PasswordEncoder encoder) {
        String hash = encoder.encode(settings.demoPassword());
        List<UserDetails> users = new ArrayList<>();
        Map<String, String[]> demo = demoUsers(settings);
        demo.forEach((name, roleAndSite) -> {
            List<SimpleGrantedAuthority> authorities = new ArrayList<>();
            authorities.add(new SimpleGrantedAuthority("ROLE_" + roleAndSite[0]));
            if (roleAndSite[1] != null) {
                authorities.add(new SimpleGrantedAuthority(SiteScope.SITE_AUTHORITY + roleAndSite[1]));
            }
            users.add(User.withUsername(name)
                    .password(hash)
                    .authorities(authorities)
                    .build());
        });
        log.info(
                "Demo users (HTTP Basic, password from gvi.security.demo-password), sites {}: {}",
                settings.sites(),
                demo.keySet());
        return new InMemoryUserDetailsManager(users);
    }

    /** Production signs users in through the agencies' identity provider; no demo user exists there. */
    @Bean
    @Profile(PROD)
    UserDetailsService noDemoUsers(GviSecuritySettings settings) {
        refuseDemoUsers(settings);
        return new InMemoryUserDetailsManager();
    }

    /**
     * Checks the identity provider's tokens: signature against its published keys (JWK set), expiry,
     * this service as the audience, and the issuer when one is configured.
     */
    @Bean
    @Profile(PROD)
    JwtDecoder jwtDecoder(GviSecuritySettings settings) {
        refuseIncompleteIdentityProvider(settings);
        GviSecuritySettings.Jwt jwt = settings.jwt();
        String issuer = blankToNull(jwt.issuerUri());
        String jwkSet = blankToNull(jwt.jwkSetUri());
        NimbusJwtDecoder decoder = (jwkSet == null
                        ? NimbusJwtDecoder.withIssuerLocation(Objects.requireNonNull(issuer))
                        : NimbusJwtDecoder.withJwkSetUri(jwkSet))
                .build();
        decoder.setJwtValidator(tokenValidator(jwt));
        log.info(
                "Tokens: keys from {}, issuer {}, audience {}, roles from claim '{}', user name from '{}', site from '{}'",
                jwkSet == null ? "the issuer's metadata" : jwkSet,
                issuer == null ? "(any)" : issuer,
                jwt.audience(),
                jwt.rolesClaim(),
                jwt.userNameClaim(),
                jwt.siteClaim());
        return decoder;
    }

    /**
     * What a token must satisfy besides its signature: not expired, listing this service as its
     * audience, and naming the configured issuer when there is one.
     */
    static OAuth2TokenValidator<Jwt> tokenValidator(GviSecuritySettings.Jwt jwt) {
        String audience = blankToNull(jwt.audience());
        if (audience == null) {
            throw new IllegalStateException("the prod profile needs gvi.security.jwt.audience, this service's name "
                    + "at the identity provider: without it a token issued to another application would sign users in");
        }
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtAudienceValidator(audience));
        String issuer = blankToNull(jwt.issuerUri());
        if (issuer != null) {
            validators.add(new JwtIssuerValidator(issuer));
        }
        return JwtValidators.createDefaultWithValidators(validators);
    }

    /**
     * The prod profile's refusals to start, always checked in this order so an operator sees the same
     * first missing setting whichever part of the service starts first: demo users, then the identity
     * provider, then this service's audience at it.
     */
    static void refuseIncompleteIdentityProvider(GviSecuritySettings settings) {
        refuseDemoUsers(settings);
        GviSecuritySettings.Jwt jwt = settings.jwt();
        if (blankToNull(jwt.jwkSetUri()) == null && blankToNull(jwt.issuerUri()) == null) {
            throw new IllegalStateException("the prod profile needs the identity provider: set "
                    + "gvi.security.jwt.jwk-set-uri and/or gvi.security.jwt.issuer-uri");
        }
        tokenValidator(jwt);
    }

    private static void refuseDemoUsers(GviSecuritySettings settings) {
        if (settings.demoUsers()) {
            throw new IllegalStateException(
                    "the prod profile refuses to start with demo users: set "
                            + "gvi.security.demo-users=false and sign users in through the identity provider (gvi.security.jwt.*)");
        }
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static void problem(
            HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter()
                .write(JSON.writeValueAsString(
                        Map.of("type", type, "title", title, "status", status.value(), "detail", detail)));
    }
}

package se.samverkan.gvi.security;

import static se.samverkan.gvi.security.Roles.ADMIN;
import static se.samverkan.gvi.security.Roles.AUDITOR;
import static se.samverkan.gvi.security.Roles.COORDINATOR;
import static se.samverkan.gvi.security.Roles.LEGAL_REVIEWER;
import static se.samverkan.gvi.security.Roles.LIAISON;
import static se.samverkan.gvi.security.Roles.NATIONAL_ANALYST;

import jakarta.servlet.DispatcherType;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.SupplierClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may open which coordinator or reviewer page (docs/security.md, docs/pages.md): the same users and roles as the
 * API, a session, CSRF protection on every form, logout. Everything under {@code /api/**} and the
 * OpenAPI pages stay with the API chain ({@link SecurityConfiguration}): stateless, no CSRF. This
 * chain is ordered first because the API chain matches any request.
 *
 * <p>How people sign in differs by profile. The embedded default has a user name and password form
 * for the demo users. The {@code prod} profile has no passwords at all: a visitor is sent to the
 * agencies' identity provider (OpenID Connect, authorization code with PKCE) and comes back with an
 * ID token whose claims give the name, roles and site exactly as an API token's do; signing out ends
 * the session here and asks the provider to end its own.
 *
 * <p>Liaisons, coordinators and legal reviewers read recommendations, groups and overdue actions;
 * only a coordinator decides; a liaison reports, amends and retracts incidents, which the other
 * readers may open; the rule catalogue is for coordinators, legal reviewers and auditors; an
 * auditor sees the decision log and none of the pages with personal data; the national analyst, who
 * has no site, sees only the national overview of aggregated figures.
 */
@Configuration(proxyBeanMethods = false)
public class WebPageSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WebPageSecurityConfiguration.class);

    /** The identity provider's registration id: the pages' sign-in starts at {@code /oauth2/authorization/idp}. */
    static final String PROVIDER = "idp";

    static final String PROVIDER_SIGN_IN = "/oauth2/authorization/" + PROVIDER;

    /** Requests the API chain answers; everything else is a page. */
    static final RequestMatcher API = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs.yaml"),
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));

    @Bean
    @Order(1)
    SecurityFilterChain pages(
            HttpSecurity http,
            Environment environment,
            GviSecuritySettings settings,
            ObjectProvider<ClientRegistrationRepository> providerClients)
            throws Exception {
        String[] readers = {LIAISON, COORDINATOR, LEGAL_REVIEWER};
        http.securityMatcher(new NegatedRequestMatcher(API))
                .addFilterAfter(new AccessLog.UserCapture(), SecurityContextHolderFilter.class)
                .exceptionHandling(ex -> ex.accessDeniedPage("/forbidden"));
        if (environment.matchesProfiles(SecurityConfiguration.PROD)) {
            ClientRegistrationRepository clients = providerClients.getObject();
            OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(clients);
            signedOut.setPostLogoutRedirectUri("{baseUrl}/login?logout");
            // a provider without an end-session endpoint: signed out here only
            signedOut.setDefaultTargetUrl("/login?logout");
            http.oauth2Login(login -> login.loginPage("/login")
                            .clientRegistrationRepository(clients)
                            // the provider's tokens live in the session and end with it
                            .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                            .userInfoEndpoint(
                                    user -> user.oidcUserService(new OidcPageUsers(settings.jwt(), settings.sites())))
                            .successHandler(startPage())
                            .failureUrl("/login?error")
                            .withObjectPostProcessor(
                                    new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                                        @Override
                                        public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(
                                                O filter) {
                                            filter.setAuthenticationFailureHandler(providerUnreachable());
                                            return filter;
                                        }
                                    })
                            .permitAll())
                    // a page asked for without a session goes straight to the provider, and back to it after sign-in
                    .exceptionHandling(
                            ex -> ex.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(PROVIDER_SIGN_IN)))
                    .logout(logout -> logout.logoutSuccessHandler(signedOut).permitAll());
        } else {
            http.formLogin(form ->
                            form.loginPage("/login").successHandler(startPage()).permitAll())
                    .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
        }
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR)
                .permitAll()
                .requestMatchers("/login", "/forbidden", "/error", "/css/**", "/js/**", "/favicon.ico")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/recommendations/*/decision")
                .hasRole(COORDINATOR)
                .requestMatchers("/groups/new", "/groups/*/audits/new", "/persons/new", "/persons/*/edit")
                .hasRole(ADMIN)
                .requestMatchers(
                        "/groups/*/call-ins/new",
                        "/groups/*/sanction-rounds/*/closure",
                        "/recommendations/*/actions/*/outcome")
                .hasRole(COORDINATOR)
                .requestMatchers(HttpMethod.GET, "/groups")
                .hasAnyRole(LIAISON, COORDINATOR, LEGAL_REVIEWER, ADMIN)
                .requestMatchers("/incidents/new", "/incidents/*/edit")
                .hasRole(LIAISON)
                .requestMatchers(HttpMethod.POST, "/incidents/*/retraction")
                .hasRole(LIAISON)
                .requestMatchers(HttpMethod.GET, "/incidents/*")
                .hasAnyRole(readers)
                .requestMatchers(HttpMethod.GET, "/audit")
                .hasRole(AUDITOR)
                .requestMatchers(
                        HttpMethod.GET, "/", "/inbox/events", "/recommendations/*", "/groups/*", "/actions/overdue")
                .hasAnyRole(readers)
                .requestMatchers(HttpMethod.GET, "/rules", "/rules/catalogue")
                .hasAnyRole(COORDINATOR, LEGAL_REVIEWER, AUDITOR)
                // rule proposals: check, impact, approvals and publishing are the legal reviewers' (as in the API)
                .requestMatchers(HttpMethod.GET, "/rules/proposals")
                .hasRole(LEGAL_REVIEWER)
                .requestMatchers(HttpMethod.POST, "/rules/proposals/approvals", "/rules/proposals/publish")
                .hasRole(LEGAL_REVIEWER)
                .requestMatchers(HttpMethod.GET, "/rules/history")
                .hasAnyRole(COORDINATOR, LEGAL_REVIEWER, AUDITOR)
                // the national overview: aggregated figures of every site, for the national analyst only
                .requestMatchers(HttpMethod.GET, "/national")
                .hasRole(NATIONAL_ANALYST)
                .anyRequest()
                .denyAll());
        return http.build();
    }

    /**
     * What the sign-in page offers: in prod only the way to the identity provider; in the embedded
     * default the form, naming the demo users and their roles when they exist.
     */
    @Bean
    PageSignIn pageSignIn(Environment environment, GviSecuritySettings settings) {
        if (environment.matchesProfiles(SecurityConfiguration.PROD)) {
            return new PageSignIn(PROVIDER_SIGN_IN, java.util.List.of());
        }
        if (!settings.demoUsers()) {
            return PageSignIn.form();
        }
        return new PageSignIn(
                null,
                SecurityConfiguration.demoUsers(settings).entrySet().stream()
                        .map(u -> new PageSignIn.DemoUser(u.getKey(), u.getValue()[0], u.getValue()[1]))
                        .toList());
    }

    /**
     * The pages' client at the identity provider of {@code gvi.security.jwt.issuer-uri}. The provider's
     * endpoints and keys come from its metadata, read at the first sign-in (and again after a failed
     * read), so the service starts, and its API serves, while the provider is briefly unreachable.
     */
    @Bean
    @Profile(SecurityConfiguration.PROD)
    ClientRegistrationRepository providerClients(GviSecuritySettings settings) {
        refuseIncompletePageSignIn(settings);
        GviSecuritySettings.Oidc oidc = settings.oidc();
        // both checked by refuseIncompletePageSignIn above
        String issuer = Objects.requireNonNull(settings.jwt().issuerUri());
        String clientId = Objects.requireNonNull(oidc.clientId());
        String secret = SecurityConfiguration.blankToNull(oidc.clientSecret());
        Set<String> scopes = new LinkedHashSet<>();
        scopes.add(OidcScopes.OPENID);
        scopes.addAll(oidc.scopes());
        log.info(
                "Pages sign in at the identity provider {} as client {} ({}), scopes {}",
                issuer,
                oidc.clientId(),
                secret == null ? "public client, PKCE" : "client secret, PKCE",
                scopes);
        return new SupplierClientRegistrationRepository(() -> {
            ClientRegistration.Builder client = ClientRegistrations.fromIssuerLocation(issuer)
                    .registrationId(PROVIDER)
                    .clientId(clientId)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope(scopes)
                    .clientSettings(ClientRegistration.ClientSettings.builder()
                            .requireProofKey(true)
                            .build());
            if (secret == null) {
                client.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
            } else {
                client.clientSecret(secret);
            }
            return new InMemoryClientRegistrationRepository(client.build());
        });
    }

    /**
     * The prod profile refuses to start when the pages could sign no one in: after the identity
     * provider's own refusals, the pages need their client id and the provider's issuer (its metadata).
     */
    static void refuseIncompletePageSignIn(GviSecuritySettings settings) {
        SecurityConfiguration.refuseIncompleteIdentityProvider(settings);
        if (SecurityConfiguration.blankToNull(settings.oidc().clientId()) == null) {
            throw new IllegalStateException("the prod profile needs the pages' client at the identity provider: set "
                    + "gvi.security.oidc.client-id (and gvi.security.oidc.client-secret unless it is a public client)");
        }
        if (SecurityConfiguration.blankToNull(settings.jwt().issuerUri()) == null) {
            throw new IllegalStateException("the prod profile needs gvi.security.jwt.issuer-uri: the pages sign in "
                    + "at the identity provider found from the issuer's metadata");
        }
    }

    /**
     * A sign-in that cannot start at the identity provider (its metadata unreadable, the provider
     * down) sends the visitor back to the sign-in page with a message, instead of a bare server error.
     */
    private static AuthenticationFailureHandler providerUnreachable() {
        SimpleUrlAuthenticationFailureHandler toSignInPage = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, e) -> {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            log.warn("Sign-in could not start at the identity provider: {}", cause.toString());
            toSignInPage.onAuthenticationFailure(request, response, e);
        };
    }

    /**
     * After login: the page asked for, else the inbox; an auditor, who has no inbox, starts at the
     * decision log, an admin at the groups they map, a national analyst at the national overview.
     */
    static AuthenticationSuccessHandler startPage() {
        SavedRequestAwareAuthenticationSuccessHandler toInbox = new SavedRequestAwareAuthenticationSuccessHandler();
        SavedRequestAwareAuthenticationSuccessHandler toLog = new SavedRequestAwareAuthenticationSuccessHandler();
        SavedRequestAwareAuthenticationSuccessHandler toGroups = new SavedRequestAwareAuthenticationSuccessHandler();
        SavedRequestAwareAuthenticationSuccessHandler toNational = new SavedRequestAwareAuthenticationSuccessHandler();
        toLog.setDefaultTargetUrl("/audit");
        toGroups.setDefaultTargetUrl("/groups");
        toNational.setDefaultTargetUrl("/national");
        return (request, response, authentication) -> {
            // an analyst who also reads a site's cases starts at the inbox like the other readers
            boolean analystOnly = hasAnyRole(authentication, NATIONAL_ANALYST)
                    && !hasAnyRole(authentication, LIAISON, COORDINATOR, LEGAL_REVIEWER);
            (hasAnyRole(authentication, AUDITOR)
                            ? toLog
                            : hasAnyRole(authentication, ADMIN) ? toGroups : analystOnly ? toNational : toInbox)
                    .onAuthenticationSuccess(request, response, authentication);
        };
    }

    private static boolean hasAnyRole(Authentication authentication, String... roles) {
        Set<String> wanted = Arrays.stream(roles).map(r -> "ROLE_" + r).collect(Collectors.toSet());
        return authentication.getAuthorities().stream().anyMatch(a -> wanted.contains(a.getAuthority()));
    }
}

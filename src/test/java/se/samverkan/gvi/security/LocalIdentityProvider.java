package se.samverkan.gvi.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real OpenID Connect provider for the sign-in tests, standing in for the agencies' one: Spring
 * Authorization Server on a random port, reached as {@code localhost} (the service is reached as
 * {@code 127.0.0.1}, so the browser keeps the two sites' cookies apart), with a form login for
 * people, the client-credentials grant for machine callers, and each person's roles and site put
 * into the ID token and the access token as the agencies' provider does.
 *
 * <p>Deliberately not a {@code @Configuration}: the service's own component scan covers this
 * package on the test class path and would pick it up. It reads no property file either.
 */
@ImportAutoConfiguration({
    PropertyPlaceholderAutoConfiguration.class,
    TomcatServletWebServerAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class,
    WebMvcAutoConfiguration.class,
    ErrorMvcAutoConfiguration.class,
    HttpMessageConvertersAutoConfiguration.class,
    JacksonAutoConfiguration.class,
    SecurityAutoConfiguration.class,
    ServletWebSecurityAutoConfiguration.class,
    SecurityFilterAutoConfiguration.class
})
class LocalIdentityProvider {

    /** Somebody the provider knows: a person (form login) or a machine caller (client credentials). */
    record Account(
            String id,
            String password,
            String name,
            List<String> roles,
            @Nullable String site) {}

    /**
     * @param people   who may sign in with the form
     * @param callers  clients that get tokens of their own with the client-credentials grant
     * @param audience the service's name, added to every access token's {@code aud}
     */
    record Directory(List<Account> people, List<Account> callers, String audience) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The running provider. */
    static final class Running implements AutoCloseable {

        private final ConfigurableApplicationContext context;

        private Running(ConfigurableApplicationContext context) {
            this.context = context;
        }

        /** The issuer: its metadata at {@code /.well-known/openid-configuration}, its tokens' {@code iss}. */
        String issuer() {
            return "http://localhost:"
                    + ((WebServerApplicationContext) context).getWebServer().getPort();
        }

        /**
         * Registers the service's pages as a confidential client that must use PKCE, with the
         * service's sign-in return address and its signed-out page as the only addresses it may be
         * sent back to.
         */
        void registerPages(String clientId, String secret, String serviceBaseUrl) {
            context.getBean(InMemoryRegisteredClientRepository.class)
                    .save(RegisteredClient.withId(UUID.randomUUID().toString())
                            .clientId(clientId)
                            .clientSecret("{noop}" + secret)
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                            .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                            .redirectUri(serviceBaseUrl + "/login/oauth2/code/idp")
                            .postLogoutRedirectUri(serviceBaseUrl + "/login?logout")
                            .scope(OidcScopes.OPENID)
                            .scope(OidcScopes.PROFILE)
                            .clientSettings(ClientSettings.builder()
                                    .requireProofKey(true)
                                    .requireAuthorizationConsent(false)
                                    .build())
                            .build());
        }

        /** An access token for a machine caller, from the token endpoint as any client gets one. */
        String clientCredentialsToken(Account caller) throws IOException, InterruptedException {
            String basic = Base64.getEncoder()
                    .encodeToString((caller.id() + ":" + caller.password()).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(issuer() + "/oauth2/token"))
                            .header("Authorization", "Basic " + basic)
                            .header("Content-Type", MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=api"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token for " + caller.id() + ": " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            return body.get("access_token").asString();
        }

        @Override
        public void close() {
            context.close();
        }
    }

    /** Starts the provider on a random port with the directory's people and callers. */
    static Running start(Directory directory) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(LocalIdentityProvider.class)
                .initializers(c -> c.getBeanFactory().registerSingleton("directory", directory))
                .run(
                        "--spring.config.name=local-identity-provider",
                        "--server.port=0",
                        // its own session cookie name, though the browser reaches it under another host name
                        "--server.servlet.session.cookie.name=IDP_SESSION",
                        "--spring.application.name=local-identity-provider");
        return new Running(context);
    }

    /** The provider's endpoints: authorize, token, keys, metadata, user info, end session. */
    @Bean
    @Order(1)
    SecurityFilterChain endpoints(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                // a browser without a session here signs in with the form first
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    /** The people's sign-in form (Spring Security's generated page). */
    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService people(Directory directory) {
        return new InMemoryUserDetailsManager(directory.people().stream()
                .map(p -> User.withUsername(p.id())
                        .password("{noop}" + p.password())
                        .roles("PERSON")
                        .build())
                .toList());
    }

    /** The machine callers; the service's pages are registered once the service's address is known. */
    @Bean
    InMemoryRegisteredClientRepository clients(Directory directory) {
        List<RegisteredClient> clients = new ArrayList<>();
        for (Account caller : directory.callers()) {
            clients.add(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(caller.id())
                    .clientSecret("{noop}" + caller.password())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .scope("api")
                    .build());
        }
        return new InMemoryRegisteredClientRepository(clients);
    }

    @Bean
    JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** Checks the provider's own access tokens where it is asked with one (the user-info endpoint). */
    @Bean
    JwtDecoder ownTokens(JWKSource<SecurityContext> keys) {
        return NimbusJwtDecoder.withJwkSource(keys).build();
    }

    /** No fixed issuer: it is the address the provider is asked at, {@code http://localhost:<port>}. */
    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    /**
     * Each account's name, roles (nested, as {@code realm_access.roles}) and site in its ID token and
     * access token; every access token also names the service as its audience.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> accountClaims(Directory directory) {
        return context -> {
            boolean idToken =
                    OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
            boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
            if (!idToken && !accessToken) {
                return;
            }
            boolean machine = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType());
            String id = machine
                    ? context.getRegisteredClient().getClientId()
                    : context.getPrincipal().getName();
            (machine ? directory.callers() : directory.people())
                    .stream().filter(a -> a.id().equals(id)).findFirst().ifPresent(account -> {
                        context.getClaims()
                                .claim("preferred_username", account.name())
                                .claim("realm_access", Map.of("roles", account.roles()));
                        if (account.site() != null) {
                            context.getClaims().claim("site", account.site());
                        }
                    });
            if (accessToken) {
                context.getClaims()
                        .audience(List.of(context.getRegisteredClient().getClientId(), directory.audience()));
            }
        };
    }
}

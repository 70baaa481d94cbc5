package se.samverkan.gvi.security;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demoPassword password of the embedded demo users; stored only as a bcrypt hash
 * @param sites        the sites (municipalities) this instance serves; the first is the default site:
 *                     its demo users carry the plain names, it keeps the shared rule-set history
 * @param passwordHashStrength bcrypt cost (log2 rounds, 4–31): HTTP Basic checks the hash on every request
 * @param demoUsers    whether the HTTP Basic demo users exist; the prod profile refuses to start with them
 * @param jwt          how the prod profile checks the identity provider's tokens
 * @param appRole      the non-superuser PostgreSQL role every transaction switches to, so row-level
 *                     security applies (blank: no switch, when the service already connects as it)
 * @param oidc         how the prod profile signs people in to the pages at the identity provider
 * @param apiDocsPublic whether anonymous callers may read the OpenAPI description and its UI; off in
 *                     prod, where only a signed-in caller reads them
 */
@ConfigurationProperties("gvi.security")
public record GviSecuritySettings(
        @DefaultValue("demo") String demoPassword,
        @DefaultValue({"huddinge", "malmo"}) List<String> sites,
        @DefaultValue("10") int passwordHashStrength,
        @DefaultValue("true") boolean demoUsers,
        @DefaultValue Jwt jwt,
        @DefaultValue("gvi_app") String appRole,
        @DefaultValue Oidc oidc,
        @DefaultValue("true") boolean apiDocsPublic) {

    public GviSecuritySettings {
        sites = List.copyOf(sites);
        if (sites.isEmpty() || !sites.stream().allMatch(SiteScope::isSite)) {
            throw new IllegalArgumentException("gvi.security.sites must name at least one site, each in lower-case "
                    + "letters, digits and dashes");
        }
    }

    /** The first site: the demo users with plain names, the shared rule-set history. */
    public String defaultSite() {
        return sites.get(0);
    }

    /**
     * @param issuerUri    the identity provider's issuer; tokens must name it ({@code iss}); without a
     *                     JWK set URI its keys are discovered from the issuer's metadata at start
     * @param jwkSetUri    where the provider publishes its signing keys
     * @param rolesClaim   the claim holding the user's roles (a list or a space/comma separated string;
     *                     dots reach into nested claims, e.g. {@code realm_access.roles})
     * @param userNameClaim the claim whose value is the user's name in the decision log
     * @param siteClaim    the claim naming the user's site; a token without a site of this instance grants nothing
     * @param audience     this service's name at the identity provider; a token must list it in {@code aud},
     *                     so a token the provider issued to another application signs no one in here
     */
    public record Jwt(
            @Nullable String issuerUri,
            @Nullable String jwkSetUri,
            @DefaultValue("roles") String rolesClaim,
            @DefaultValue("sub") String userNameClaim,
            @DefaultValue("site") String siteClaim,
            @Nullable String audience) {}

    /**
     * The pages' client at the identity provider (OpenID Connect, authorization code with PKCE). The
     * provider is the one of {@link Jwt#issuerUri()}: its endpoints and keys are read from the issuer's
     * metadata at the first sign-in; roles, name and site come from the same claims as in an API token.
     *
     * @param clientId     the pages' client id at the provider; the prod profile refuses to start without it
     * @param clientSecret the client's secret; blank for a public client, which then relies on PKCE alone
     * @param scopes       the scopes asked for at sign-in ({@code openid} is always among them)
     */
    public record Oidc(
            @Nullable String clientId,
            @Nullable String clientSecret,
            @DefaultValue({"openid", "profile"}) List<String> scopes) {

        public Oidc {
            scopes = List.copyOf(scopes);
        }

        @Override
        public String toString() {
            return "Oidc[clientId=" + clientId + ", clientSecret="
                    + (clientSecret == null || clientSecret.isBlank() ? "(none)" : "(set)") + ", scopes=" + scopes
                    + "]";
        }
    }

    @Override
    public String toString() {
        return "GviSecuritySettings[sites=" + sites + ", demoUsers=" + demoUsers + ", jwt=" + jwt + ", oidc=" + oidc
                + ", apiDocsPublic=" + apiDocsPublic + "]";
    }
}

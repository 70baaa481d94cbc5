package se.samverkan.gvi.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demoPassword password of the embedded demo users; stored only as a bcrypt hash
 * @param site         the site the users of this instance work within
 * @param passwordHashStrength bcrypt cost (log2 rounds, 4–31): HTTP Basic checks the hash on every request
 * @param demoUsers    whether the HTTP Basic demo users exist; the prod profile refuses to start with them
 * @param jwt          how the prod profile checks the identity provider's tokens
 */
@ConfigurationProperties("gvi.security")
public record GviSecuritySettings(@DefaultValue("demo") String demoPassword, @DefaultValue("huddinge") String site,
        @DefaultValue("10") int passwordHashStrength, @DefaultValue("true") boolean demoUsers,
        @DefaultValue Jwt jwt) {

    /**
     * @param issuerUri    the identity provider's issuer; tokens must name it ({@code iss}); without a
     *                     JWK set URI its keys are discovered from the issuer's metadata at start
     * @param jwkSetUri    where the provider publishes its signing keys
     * @param rolesClaim   the claim holding the user's roles (a list or a space/comma separated string;
     *                     dots reach into nested claims, e.g. {@code realm_access.roles})
     * @param userNameClaim the claim whose value is the user's name in the decision log
     */
    public record Jwt(@Nullable String issuerUri, @Nullable String jwkSetUri, @DefaultValue("roles") String rolesClaim,
            @DefaultValue("sub") String userNameClaim) {
    }

    @Override
    public String toString() {
        return "GviSecuritySettings[site=" + site + ", demoUsers=" + demoUsers + ", jwt=" + jwt + "]";
    }
}

package se.samverkan.gvi.security;

import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified bearer token into the signed-in user of an API call: name, roles and site as
 * {@link ProviderClaims} reads them from the token's claims.
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    private final ProviderClaims claims;

    JwtRoles(GviSecuritySettings.Jwt settings, List<String> sites) {
        this.claims = new ProviderClaims(settings, sites);
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        ProviderClaims.SignedIn user = claims.signedIn(jwt.getClaims());
        return new JwtAuthenticationToken(jwt, user.authorities(), user.name());
    }
}

package se.samverkan.gvi.security;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The person who signed in to the pages at the identity provider: the verified ID token's claims,
 * with those of the provider's user-info answer, read by {@link ProviderClaims} exactly as an API
 * token's claims are. So the page's {@link Actor} has the configured name and site, and the same
 * roles decide what the person may open. The provider's scopes grant nothing here.
 */
final class OidcPageUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final ProviderClaims claims;

    OidcPageUsers(GviSecuritySettings.Jwt settings, List<String> sites) {
        this.claims = new ProviderClaims(settings, sites);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser verified = provider.loadUser(request);
        ProviderClaims.SignedIn user = claims.signedIn(verified.getClaims());
        return new SignedInAtProvider(user.name(), user.authorities(), verified.getIdToken(), verified.getUserInfo());
    }

    /**
     * Keeps the ID token (for signing out at the provider too) and names the person by the configured
     * claim rather than by the provider's subject.
     */
    static final class SignedInAtProvider extends DefaultOidcUser {

        private static final long serialVersionUID = 1L;
        private final String name;

        SignedInAtProvider(
                String name,
                Collection<? extends GrantedAuthority> authorities,
                OidcIdToken idToken,
                @Nullable OidcUserInfo userInfo) {
            super(authorities, idToken, userInfo, IdTokenClaimNames.SUB);
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof SignedInAtProvider that && super.equals(that) && name.equals(that.name);
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + name.hashCode();
        }
    }
}

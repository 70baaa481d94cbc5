package se.samverkan.gvi.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified token into the signed-in user: the name from the configured claim, the roles of
 * SPEC §7 from the configured roles claim, the site from the configured site claim. Values that are
 * no role of this service are ignored, so an identity provider's other groups never grant anything
 * here; a token without a site this instance serves grants no site role (403).
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    private static final Set<String> KNOWN = Set.of(Roles.LIAISON, Roles.COORDINATOR, Roles.LEGAL_REVIEWER,
            Roles.AUDITOR, Roles.ADMIN);

    private final String rolesClaim;
    private final String userNameClaim;
    private final String siteClaim;
    private final Set<String> sites;

    JwtRoles(GviSecuritySettings.Jwt settings, List<String> sites) {
        this.rolesClaim = settings.rolesClaim();
        this.userNameClaim = settings.userNameClaim();
        this.siteClaim = settings.siteClaim();
        this.sites = Set.copyOf(sites);
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        boolean analyst = false;
        for (String value : values(claim(jwt.getClaims(), rolesClaim))) {
            String role = value.strip().toUpperCase(Locale.ROOT);
            if (role.startsWith("ROLE_")) {
                role = role.substring("ROLE_".length());
            }
            if (KNOWN.contains(role)) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
            } else if (Roles.NATIONAL_ANALYST.equals(role)) {
                analyst = true;
            }
        }
        // A site role needs the user's site, one this instance serves: a token without it grants
        // none of them. The national analyst works across sites and needs none.
        Object site = claim(jwt.getClaims(), siteClaim);
        if (site instanceof String s && sites.contains(s) && SiteScope.isSite(s)) {
            authorities.add(new SimpleGrantedAuthority(SiteScope.SITE_AUTHORITY + s));
        } else {
            authorities.clear();
        }
        if (analyst) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.NATIONAL_ANALYST));
        }
        Object name = claim(jwt.getClaims(), userNameClaim);
        // Without the configured name claim the subject names the user; a token naming nobody grants nothing.
        String user = name == null || name.toString().isBlank() ? jwt.getSubject() : name.toString();
        if (user == null || user.isBlank()) {
            return new JwtAuthenticationToken(jwt, List.of(), "unknown");
        }
        return new JwtAuthenticationToken(jwt, authorities, user);
    }

    private static @Nullable Object claim(Map<String, Object> claims, String path) {
        Object value = claims.get(path);
        if (value != null || !path.contains(".")) {
            return value;
        }
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map)) {
                return null;
            }
            current = ((Map<?, ?>) current).get(part);
        }
        return current;
    }

    private static List<String> values(@Nullable Object claim) {
        if (claim instanceof Collection) {
            return ((Collection<?>) claim).stream().map(String::valueOf).toList();
        }
        if (claim instanceof String) {
            return List.of(((String) claim).split("[\\s,]+"));
        }
        return List.of();
    }
}

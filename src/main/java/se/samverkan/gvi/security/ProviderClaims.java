package se.samverkan.gvi.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What the agencies' identity provider says about a person, as this service reads it: the name from
 * the configured claim, the service's roles from the configured roles claim, the site from the
 * configured site claim. Both ways in read the same claims the same way: an API call's bearer token
 * ({@link JwtRoles}) and a sign-in to the pages ({@link OidcPageUsers}), so a person has the same
 * name, roles and site on a page as in the API.
 *
 * <p>Values that are no role of this service are ignored, so the provider's other groups never grant
 * anything here; claims without a site this instance serves grant no site role (403), and claims
 * naming nobody grant nothing at all.
 */
final class ProviderClaims {

    private static final Set<String> KNOWN =
            Set.of(Roles.LIAISON, Roles.COORDINATOR, Roles.LEGAL_REVIEWER, Roles.AUDITOR, Roles.ADMIN);
    /** The name of someone the claims do not name: they are granted nothing. */
    static final String UNKNOWN = "unknown";

    /**
     * @param name        the name written in the decision log ({@code reportedBy}, {@code decidedBy})
     * @param authorities {@code ROLE_<role>} per role, and {@code SITE_<site>} when the person has a site
     */
    record SignedIn(String name, List<GrantedAuthority> authorities) {

        SignedIn {
            authorities = List.copyOf(authorities);
        }
    }

    private final String rolesClaim;
    private final String userNameClaim;
    private final String siteClaim;
    private final Set<String> sites;

    ProviderClaims(GviSecuritySettings.Jwt settings, List<String> sites) {
        this.rolesClaim = settings.rolesClaim();
        this.userNameClaim = settings.userNameClaim();
        this.siteClaim = settings.siteClaim();
        this.sites = Set.copyOf(sites);
    }

    /** The person the verified claims name, with the roles and the site they grant here. */
    SignedIn signedIn(Map<String, Object> claims) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        boolean analyst = false;
        for (String value : values(claim(claims, rolesClaim))) {
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
        // A site role needs the user's site, one this instance serves: claims without it grant
        // none of them. The national analyst works across sites and needs none.
        Object site = claim(claims, siteClaim);
        if (site instanceof String s && sites.contains(s) && SiteScope.isSite(s)) {
            authorities.add(new SimpleGrantedAuthority(SiteScope.SITE_AUTHORITY + s));
        } else {
            authorities.clear();
        }
        if (analyst) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.NATIONAL_ANALYST));
        }
        // Without the configured name claim the subject names the user; claims naming nobody grant nothing.
        Object name = claim(claims, userNameClaim);
        Object subject = claims.get("sub");
        String user = name == null || name.toString().isBlank()
                ? (subject == null ? null : subject.toString())
                : name.toString();
        if (user == null || user.isBlank()) {
            return new SignedIn(UNKNOWN, List.of());
        }
        return new SignedIn(user, authorities);
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

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
 * SPEC §7 from the configured roles claim. Values that are no role of this service are ignored, so
 * an identity provider's other groups never grant anything here.
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    private static final Set<String> KNOWN = Set.of(Roles.LIAISON, Roles.COORDINATOR, Roles.LEGAL_REVIEWER,
            Roles.AUDITOR, Roles.ADMIN);

    private final String rolesClaim;
    private final String userNameClaim;

    JwtRoles(GviSecuritySettings.Jwt settings) {
        this.rolesClaim = settings.rolesClaim();
        this.userNameClaim = settings.userNameClaim();
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String value : values(claim(jwt.getClaims(), rolesClaim))) {
            String role = value.strip().toUpperCase(Locale.ROOT);
            if (role.startsWith("ROLE_")) {
                role = role.substring("ROLE_".length());
            }
            if (KNOWN.contains(role)) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
            }
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

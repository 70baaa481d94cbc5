package se.samverkan.gvi.support;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import se.samverkan.gvi.security.SiteScope;

/** Runs test code that calls application services directly (no request) as one site would. */
public final class Sites {

    public static final String HUDDINGE = "huddinge";
    public static final String MALMO = "malmo";

    private Sites() {}

    public static <T> T huddinge(Supplier<T> work) {
        return SiteScope.forSite(HUDDINGE, work);
    }

    public static <T> T malmo(Supplier<T> work) {
        return SiteScope.forSite(MALMO, work);
    }

    /**
     * Signs the test thread in as a user of the site (authority {@code SITE_<site>}, as the real
     * sign-in gives), so direct service calls run in that site's scope; undo with {@link #signOut}.
     */
    public static void signIn(String site) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "test-" + site, null, List.of(new SimpleGrantedAuthority("SITE_" + site))));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}

package se.samverkan.gvi.ui;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signed-in users for the MockMvc page tests: a role and a site, as the demo users carry them (Huddinge's unless
 * named); the national analyst, as the demo user {@code analyst}, with a role and no site.
 */
public final class PageUsers {

    static final RequestPostProcessor LIAISON = siteUser("liaison", "LIAISON");
    public static final RequestPostProcessor COORDINATOR = siteUser("coordinator", "COORDINATOR");
    static final RequestPostProcessor LEGAL = siteUser("legal", "LEGAL_REVIEWER");
    static final RequestPostProcessor AUDITOR = siteUser("auditor", "AUDITOR");
    static final RequestPostProcessor ADMIN = siteUser("admin", "ADMIN");
    static final RequestPostProcessor ANALYST =
            user("analyst").authorities(new SimpleGrantedAuthority("ROLE_NATIONAL_ANALYST"));

    private PageUsers() {}

    /** A user of Huddinge, the demo site. */
    static RequestPostProcessor siteUser(String name, String role) {
        return siteUser(name, role, "huddinge");
    }

    static RequestPostProcessor siteUser(String name, String role, String site) {
        return user(name)
                .authorities(new SimpleGrantedAuthority("ROLE_" + role), new SimpleGrantedAuthority("SITE_" + site));
    }
}

package se.samverkan.gvi.ui;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in users for the MockMvc page tests: a role and a site, as the demo users carry them. */
final class PageUsers {

    private PageUsers() {
    }

    /** A user of Huddinge, the demo site. */
    static RequestPostProcessor siteUser(String name, String role) {
        return siteUser(name, role, "huddinge");
    }

    static RequestPostProcessor siteUser(String name, String role, String site) {
        return user(name).authorities(new SimpleGrantedAuthority("ROLE_" + role), new SimpleGrantedAuthority("SITE_" + site));
    }
}

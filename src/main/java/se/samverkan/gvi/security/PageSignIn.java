package se.samverkan.gvi.security;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the pages sign people in: with the demo users' name and password (embedded default), or at
 * the agencies' identity provider (prod), where the sign-in page only links to it.
 *
 * @param providerPath where a visitor starts signing in at the identity provider; {@code null} when
 *                     the pages sign in with a user name and password form
 * @param demoUsers    the embedded default's demo users, named on the sign-in page so a newcomer
 *                     can start at once; never any in prod
 */
public record PageSignIn(@Nullable String providerPath, List<DemoUser> demoUsers) {

    /** One demo user: the name to sign in with, its one role and its site (none for the analyst). */
    public record DemoUser(
            String name, String role, @Nullable String site) {}

    public PageSignIn {
        demoUsers = List.copyOf(demoUsers);
    }

    /** The user name and password form of the embedded default, without demo users to name. */
    public static PageSignIn form() {
        return new PageSignIn(null, List.of());
    }

    public boolean viaProvider() {
        return providerPath != null;
    }
}

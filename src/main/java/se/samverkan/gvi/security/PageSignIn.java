package se.samverkan.gvi.security;

import org.jspecify.annotations.Nullable;

/**
 * How the pages sign people in: with the demo users' name and password (embedded default), or at
 * the agencies' identity provider (prod), where the sign-in page only links to it.
 *
 * @param providerPath where a visitor starts signing in at the identity provider; {@code null} when
 *                     the pages sign in with a user name and password form
 */
public record PageSignIn(@Nullable String providerPath) {

    /** The user name and password form of the embedded default. */
    public static PageSignIn form() {
        return new PageSignIn(null);
    }

    public boolean viaProvider() {
        return providerPath != null;
    }
}

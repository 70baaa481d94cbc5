package se.samverkan.gvi.security;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which rows a transaction may touch. PostgreSQL row-level security reads it from the settings
 * {@code gvi.site} and {@code gvi.scope}, which {@link SiteTransactionManager} sets at the start of
 * every transaction:
 *
 * <ul>
 *   <li>a <b>site</b>: the signed-in user's site (from the authentication), or one bound explicitly
 *       by code that acts for a site without a request ({@link #forSite});</li>
 *   <li><b>system</b>: every site's rows, for jobs that run without a signed-in user (retention,
 *       rule-version sync). Only {@link #system} grants it, and it refuses on a thread that serves an
 *       HTTP request, so no request can ever obtain it;</li>
 *   <li><b>national</b>: read-only, only the tables the aggregated national figures count, never
 *       persons, groups, call-ins or the log; only {@link #national} grants it.</li>
 * </ul>
 * With none of them the database shows nothing and accepts nothing.
 */
public final class SiteScope {

    /** A site name: lower-case letters, digits and dashes; nothing else can ever be a site. */
    static final Pattern SITE = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    static final String SITE_AUTHORITY = "SITE_";

    /** The scope of one transaction. */
    public enum Kind {
        SITE,
        SYSTEM,
        NATIONAL,
        NONE
    }

    public record Scope(Kind kind, @Nullable String site) {}

    private static final ThreadLocal<@Nullable Scope> BOUND = new ThreadLocal<>();
    /** Set by the outermost filter ({@link AccessLog}) while this thread serves an HTTP request. */
    private static final ThreadLocal<@Nullable Boolean> SERVING = new ThreadLocal<>();

    private SiteScope() {}

    /** Whether the text can be a site name (a token's claim naming anything else grants nothing). */
    public static boolean isSite(@Nullable String site) {
        return site != null && SITE.matcher(site).matches();
    }

    /** Runs code that acts for one site without a signed-in user (demo data, a command-line tool). */
    public static <T> T forSite(String site, Supplier<T> work) {
        if (!isSite(site)) {
            throw new IllegalArgumentException("not a site name");
        }
        return with(new Scope(Kind.SITE, site), work);
    }

    /**
     * Runs a job over every site's rows. Refused on a thread that serves an HTTP request: a
     * request-driven code path can never reach every site.
     */
    public static <T> T system(Supplier<T> work) {
        refuseOnRequestThread("system");
        return with(new Scope(Kind.SYSTEM, null), work);
    }

    /** Runs the read of the aggregated national figures (read-only, non-personal tables only). */
    public static <T> T national(Supplier<T> work) {
        return with(new Scope(Kind.NATIONAL, null), work);
    }

    /** The scope a transaction starting now gets. */
    public static Scope current() {
        Scope bound = BOUND.get();
        if (bound != null) {
            return bound;
        }
        return siteOf(SecurityContextHolder.getContext().getAuthentication())
                .map(site -> new Scope(Kind.SITE, site))
                .orElse(new Scope(Kind.NONE, null));
    }

    /** The site of a signed-in user, carried as an authority {@code SITE_<site>}. */
    public static Optional<String> siteOf(@Nullable Authentication auth) {
        if (auth == null || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith(SITE_AUTHORITY))
                .map(a -> a.substring(SITE_AUTHORITY.length()))
                .filter(SiteScope::isSite)
                .findFirst();
    }

    /** Marks the thread as serving an HTTP request while the work runs (the outermost filter). */
    public static <T> T servingRequest(Supplier<T> work) {
        Boolean previous = SERVING.get();
        SERVING.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                SERVING.remove();
            }
        }
    }

    private static void refuseOnRequestThread(String scope) {
        if (SERVING.get() != null) {
            throw new IllegalStateException("the " + scope + " scope is not available to requests");
        }
    }

    private static <T> T with(Scope scope, Supplier<T> work) {
        Scope previous = BOUND.get();
        BOUND.set(scope);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                BOUND.remove();
            } else {
                BOUND.set(previous);
            }
        }
    }
}

package se.samverkan.gvi.support;

import java.util.function.Supplier;
import se.samverkan.gvi.security.SiteScope;

/** Runs test code that calls application services directly (no request) as one site would. */
public final class Sites {

    public static final String HUDDINGE = "huddinge";
    public static final String MALMO = "malmo";

    private Sites() {
    }

    public static <T> T huddinge(Supplier<T> work) {
        return SiteScope.forSite(HUDDINGE, work);
    }
}

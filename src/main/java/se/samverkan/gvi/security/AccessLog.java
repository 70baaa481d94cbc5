package se.samverkan.gvi.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.samverkan.gvi.input.PersonalIdentityNumbers;

/**
 * One line per request on the logger {@code gvi.access}: method, path, status, duration and the
 * signed-in user. Never a body or a query string (they may carry personal free text), and any
 * identity-number-shaped part of the path is masked. Runs outside everything else, so refusals by
 * the size limit and by security are logged too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AccessLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("gvi.access");
    static final String USER = AccessLog.class.getName() + ".user";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            // marks the thread for SiteScope: no code a request drives may take the system scope
            SiteScope.servingRequest(() -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException e) {
                    throw new FilterFailure(e);
                }
                return null;
            });
        } catch (FilterFailure e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) e.getCause();
        } finally {
            Object user = request.getAttribute(USER);
            log.info(
                    "{} {} {} {}ms user={}",
                    request.getMethod(),
                    PersonalIdentityNumbers.masked(request.getRequestURI()),
                    response.getStatus(),
                    (System.nanoTime() - start) / 1_000_000,
                    user == null ? "-" : user);
        }
    }

    /** Carries a checked exception of the chain through {@link SiteScope#servingRequest}. */
    private static final class FilterFailure extends RuntimeException {
        FilterFailure(Exception cause) {
            super(cause);
        }
    }

    /**
     * Inside the security chain, where the signed-in user is known: remembers the user's name for the
     * access line written outside it.
     */
    static final class UserCapture extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } finally {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                if (auth != null && auth.isAuthenticated()) {
                    request.setAttribute(USER, auth.getName());
                }
            }
        }
    }
}

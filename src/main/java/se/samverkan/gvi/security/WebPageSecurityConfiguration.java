package se.samverkan.gvi.security;

import static se.samverkan.gvi.security.Roles.AUDITOR;
import static se.samverkan.gvi.security.Roles.COORDINATOR;
import static se.samverkan.gvi.security.Roles.LEGAL_REVIEWER;
import static se.samverkan.gvi.security.Roles.LIAISON;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may open which coordinator or reviewer page (SPEC §7, §8): form login with the same users
 * and roles as the API, a session, CSRF protection on every form, logout. Everything under
 * {@code /api/**} and the OpenAPI pages stay with the API chain ({@link SecurityConfiguration}):
 * stateless HTTP Basic, no CSRF. This chain is ordered first because the API chain matches any
 * request.
 *
 * <p>Liaisons, coordinators and legal reviewers read recommendations, groups and overdue actions;
 * only a coordinator decides; the rule catalogue is for coordinators, legal reviewers and
 * auditors; an auditor sees none of the pages with personal data.
 */
@Configuration(proxyBeanMethods = false)
public class WebPageSecurityConfiguration {

    /** Requests the API chain answers; everything else is a page. */
    static final RequestMatcher API = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));

    @Bean
    @Order(1)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        String[] readers = {LIAISON, COORDINATOR, LEGAL_REVIEWER};
        http.securityMatcher(new NegatedRequestMatcher(API))
                .addFilterAfter(new AccessLog.UserCapture(), SecurityContextHolderFilter.class)
                .formLogin(form -> form.loginPage("/login").successHandler(startPage()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .exceptionHandling(ex -> ex.accessDeniedPage("/forbidden"))
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/login", "/forbidden", "/error", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .requestMatchers(HttpMethod.POST, "/recommendations/*/decision").hasRole(COORDINATOR)
                        .requestMatchers(HttpMethod.GET, "/", "/inbox/events", "/recommendations/*", "/groups/*",
                                "/actions/overdue").hasAnyRole(readers)
                        .requestMatchers(HttpMethod.GET, "/rules", "/rules/catalogue").hasAnyRole(COORDINATOR, LEGAL_REVIEWER, AUDITOR)
                        .anyRequest().denyAll());
        return http.build();
    }

    /** After login: the page asked for, else the inbox; an auditor, who has no inbox, starts at the rules. */
    private static AuthenticationSuccessHandler startPage() {
        SavedRequestAwareAuthenticationSuccessHandler toInbox = new SavedRequestAwareAuthenticationSuccessHandler();
        SavedRequestAwareAuthenticationSuccessHandler toRules = new SavedRequestAwareAuthenticationSuccessHandler();
        toRules.setDefaultTargetUrl("/rules");
        return (request, response, authentication) -> {
            boolean auditor = authentication.getAuthorities().stream()
                    .anyMatch(a -> ("ROLE_" + AUDITOR).equals(a.getAuthority()));
            (auditor ? toRules : toInbox).onAuthenticationSuccess(request, response, authentication);
        };
    }
}

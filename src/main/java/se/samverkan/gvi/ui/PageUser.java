package se.samverkan.gvi.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.samverkan.gvi.security.Roles;

/** Who is signed in, for the page header and for what each page offers (docs/security.md). */
@ControllerAdvice(basePackageClasses = PageUser.class)
class PageUser {

    /**
     * @param readsCases may read recommendations, groups and actions (liaison, coordinator, legal reviewer)
     * @param decides    may decide recommendations (coordinator)
     * @param readsRules may read the rule catalogue (coordinator, legal reviewer, auditor)
     * @param reportsIncidents may report, amend and retract incidents (liaison)
     * @param readsLog may read and verify the decision log (auditor)
     * @param readsNationalFigures may read the aggregated figures of every site (national analyst, who has no site)
     */
    public record User(
            @Nullable String name,
            boolean readsCases,
            boolean decides,
            boolean readsRules,
            boolean reportsIncidents,
            boolean readsLog,
            boolean readsNationalFigures) {}

    /** The page's own address, for the language switch; a page that answers a form sets its own. */
    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("user")
    User user(HttpServletRequest request) {
        boolean coordinator = request.isUserInRole(Roles.COORDINATOR);
        boolean legal = request.isUserInRole(Roles.LEGAL_REVIEWER);
        return new User(
                request.getRemoteUser(),
                coordinator || legal || request.isUserInRole(Roles.LIAISON),
                coordinator,
                coordinator || legal || request.isUserInRole(Roles.AUDITOR),
                request.isUserInRole(Roles.LIAISON),
                request.isUserInRole(Roles.AUDITOR),
                request.isUserInRole(Roles.NATIONAL_ANALYST));
    }
}

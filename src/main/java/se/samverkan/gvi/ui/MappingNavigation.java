package se.samverkan.gvi.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.samverkan.gvi.security.Roles;

/** What the page header offers for mapping (docs/security.md): the groups list to those who may read groups, the forms to an admin. */
@ControllerAdvice(basePackageClasses = MappingNavigation.class)
class MappingNavigation {

    /** May map groups and register persons (admin). */
    @ModelAttribute("mapsGroups")
    boolean mapsGroups(HttpServletRequest request) {
        return request.isUserInRole(Roles.ADMIN);
    }

    /** May read the list of groups (everyone who may read groups: liaison, coordinator, legal reviewer, admin). */
    @ModelAttribute("readsGroups")
    boolean readsGroups(HttpServletRequest request) {
        return request.isUserInRole(Roles.ADMIN)
                || request.isUserInRole(Roles.COORDINATOR)
                || request.isUserInRole(Roles.LIAISON)
                || request.isUserInRole(Roles.LEGAL_REVIEWER);
    }
}

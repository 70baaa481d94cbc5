package se.samverkan.gvi.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.samverkan.gvi.security.Roles;

/** Whether the signed-in user reviews rule proposals (a legal reviewer), for the navigation and the forms. */
@ControllerAdvice(basePackageClasses = RuleReviewNavigation.class)
class RuleReviewNavigation {

    @ModelAttribute("reviewsRules")
    boolean reviewsRules(HttpServletRequest request) {
        return request.isUserInRole(Roles.LEGAL_REVIEWER);
    }
}

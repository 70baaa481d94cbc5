package se.samverkan.gvi.ui;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The sign-in page and the page a user sees when their role may not open a page. */
@Controller
class SignInController {

    @GetMapping("/login")
    String login() {
        return "ui/login";
    }

    @RequestMapping("/forbidden")
    String forbidden(jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(403);
        return "ui/forbidden";
    }
}

package se.samverkan.gvi.ui;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.samverkan.gvi.security.PageSignIn;

/** The sign-in page and the page a user sees when their role may not open a page. */
@Controller
class SignInController {

    private final PageSignIn signIn;

    SignInController(ObjectProvider<PageSignIn> signIn) {
        // a slice test without the page security has the form
        this.signIn = signIn.getIfAvailable(PageSignIn::form);
    }

    /** The demo users' form, or in prod only the way to the identity provider. */
    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("signIn", signIn);
        return "ui/login";
    }

    @RequestMapping("/forbidden")
    String forbidden(jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(403);
        return "ui/forbidden";
    }
}

package se.samverkan.gvi.ui;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.ui.Model;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RedirectAttributesMethodArgumentResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverkan.gvi.web.ArgumentResolver;

/**
 * What answering a page's form post takes besides the form itself: the API's checks of the request
 * the form makes, the model a refused form is shown again in, the status of that answer (the API's
 * 400, 422 or 409), and the message the page a saved form redirects to shows once.
 * A page controller's method takes it as a parameter, as it would take a {@link Model}.
 */
record FormPost(Model model, RedirectAttributes redirect, HttpServletResponse response, Validator validator) {

    /** The request, its own constraints and the input policy's checked as the API checks a body, each refusal noted. */
    <R> @Nullable R checked(FormRefusals refusals, @Nullable R request) {
        return refusals.checked(validator, request);
    }

    /** The request's own constraints and the input policy's that it breaks, as the API checks them. */
    <R> Set<ConstraintViolation<R>> violations(R request) {
        return validator.validate(request);
    }

    /** The status the form shown again is answered with. */
    void status(int status) {
        response.setStatus(status);
    }

    /** A message the page redirected to shows once, under {@code name}. */
    FormPost flash(String name, @Nullable Object value) {
        redirect.addFlashAttribute(name, value);
        return this;
    }

    /** A redirect to a path of the site. */
    String redirect(String path) {
        return "redirect:" + path;
    }

    /** A redirect to a path whose one variable ({@code /incidents/{reference}}) is filled in, encoded. */
    String redirect(String template, String variable, Object value) {
        redirect.addAttribute(variable, value);
        return "redirect:" + template;
    }

    /**
     * Lets a page controller's method take a {@link FormPost}: its redirect attributes are made as
     * Spring makes a {@link RedirectAttributes} parameter, and are the model when the answer redirects.
     */
    @Configuration(proxyBeanMethods = false)
    static class Resolver extends ArgumentResolver<FormPost> {

        private final RedirectAttributesMethodArgumentResolver redirectAttributes =
                new RedirectAttributesMethodArgumentResolver();
        private final Validator validator;

        Resolver(Validator validator) {
            super(FormPost.class);
            this.validator = validator;
        }

        @Override
        public FormPost resolveArgument(
                MethodParameter parameter,
                @Nullable ModelAndViewContainer container,
                NativeWebRequest request,
                @Nullable WebDataBinderFactory binders)
                throws Exception {
            RedirectAttributes redirect =
                    (RedirectAttributes) redirectAttributes.resolveArgument(parameter, container, request, binders);
            return new FormPost(
                    (Model) Objects.requireNonNull(container, "a page's form post has a model")
                            .getModel(),
                    redirect,
                    Objects.requireNonNull(request.getNativeResponse(HttpServletResponse.class)),
                    validator);
        }
    }
}

package se.samverkan.gvi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import se.samverkan.gvi.input.PersonalIdentityNumbers;
import se.samverkan.gvi.input.Pseudonymous;
import se.samverkan.gvi.refusal.UnprocessableException;

/**
 * Refuses a personnummer or samordningsnummer in a path variable or query parameter of any API
 * call or page (422 naming the parameter) before a controller runs. Bodies and page forms are
 * checked by the input policy on their request types ({@link Pseudonymous}), which every way in
 * validates.
 */
@Component
public class PseudonymousOnly implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map) {
            map.forEach((name, value) -> check(String.valueOf(value), String.valueOf(name)));
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            request.getParameterMap().forEach((name, values) -> {
                for (String value : values) {
                    check(value, name);
                }
            });
        } else if (request.getQueryString() != null) {
            // A page's form fields are checked on the form's request type, beside the field, in
            // Swedish; here only what the address itself carries.
            UriComponentsBuilder.newInstance()
                    .query(request.getQueryString())
                    .build()
                    .getQueryParams()
                    .forEach((name, values) -> values.forEach(
                            value -> check(value == null ? "" : UriUtils.decode(value, StandardCharsets.UTF_8), name)));
        }
        return true;
    }

    private static void check(String value, String field) {
        if (!Pseudonymous.Check.isPseudonymous(value)) {
            throw new UnprocessableException(field, PersonalIdentityNumbers.MESSAGE);
        }
    }
}

package se.samverkan.gvi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses, for every endpoint at once, a personnummer or samordningsnummer in any string of a
 * request body, path variable or query parameter (422 naming the field), before any controller
 * runs, so nothing of such a request is stored. Bodies are walked after parsing (records, lists,
 * maps), so a new request type is covered without code of its own.
 */
@ControllerAdvice
public class PseudonymousOnly extends RequestBodyAdviceAdapter implements HandlerInterceptor {

    private static final int MAX_DEPTH = 16;
    /**
     * Ids are UUIDs and rule-set versions are SHA-256 digests (64 hex digits); their digit runs are
     * not identities, and about one version in a hundred would otherwise look like one.
     */
    private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-f]{64}");

    @Override
    public boolean supports(MethodParameter methodParameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        check(body, "", 0);
        return body;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map) {
            ((Map<?, ?>) variables).forEach((name, value) -> check(value, String.valueOf(name), 0));
        }
        request.getParameterMap().forEach((name, values) -> {
            for (String value : values) {
                check(value, name, 0);
            }
        });
        return true;
    }

    private static void check(@Nullable Object value, String field, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof CharSequence) {
            if (!UUID.matcher((CharSequence) value).matches() && PersonalIdentityNumbers.contains((CharSequence) value)) {
                throw new UnprocessableException(field.isEmpty() ? "body" : field, PersonalIdentityNumbers.MESSAGE);
            }
        } else if (value instanceof Collection) {
            int i = 0;
            for (Object item : (Collection<?>) value) {
                check(item, field + "[" + i++ + "]", depth + 1);
            }
        } else if (value instanceof Map) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                String key = String.valueOf(e.getKey());
                check(key, join(field, key), depth + 1);
                check(e.getValue(), join(field, key), depth + 1);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                try {
                    check(c.getAccessor().invoke(value), join(field, c.getName()), depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c, e);
                }
            }
        }
    }

    private static String join(String field, String name) {
        return field.isEmpty() ? name : field + "." + name;
    }
}

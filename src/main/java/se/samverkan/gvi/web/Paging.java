package se.samverkan.gvi.web;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.ModelAndViewContainer;
import se.samverkan.gvi.refusal.InvalidRequestException;

/**
 * Which page of a list is asked for: {@code page} from 0, {@code size} default 50, at most 500.
 * A controller method of a list takes it as a parameter, read from the query parameters
 * {@code page} and {@code size}.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public static Paging of(@Nullable Integer page, @Nullable Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw new InvalidRequestException("page", "page must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidRequestException("size", "size must be between 1 and " + MAX_SIZE);
        }
        return new Paging(p, s);
    }

    public long offset() {
        return (long) page * size;
    }

    /**
     * Lets a controller method take the {@link Paging} its request asks for: {@code page} and
     * {@code size} are read as a {@code @RequestParam Integer} is, so a value that is no whole number
     * is refused as that parameter's wrong format, and one out of range as {@link #of} refuses it.
     */
    @Configuration(proxyBeanMethods = false)
    static class Resolver extends ArgumentResolver<Paging> {

        Resolver() {
            super(Paging.class);
        }

        @Override
        public Paging resolveArgument(
                MethodParameter parameter,
                @Nullable ModelAndViewContainer container,
                NativeWebRequest request,
                @Nullable WebDataBinderFactory binders)
                throws Exception {
            WebDataBinderFactory converters = Objects.requireNonNull(binders, "a list's request has binders");
            return of(number("page", parameter, request, converters), number("size", parameter, request, converters));
        }

        private static @Nullable Integer number(
                String name, MethodParameter parameter, NativeWebRequest request, WebDataBinderFactory binders)
                throws Exception {
            String[] values = request.getParameterValues(name);
            if (values == null) {
                return null;
            }
            Object value = values.length == 1 ? values[0] : values;
            try {
                return binders.createBinder(request, null, name).convertIfNecessary(value, Integer.class);
            } catch (TypeMismatchException e) {
                throw new MethodArgumentTypeMismatchException(value, Integer.class, name, parameter, e.getCause());
            }
        }
    }
}

package se.samverkan.gvi.web;

import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets a controller method take a parameter of one type, as it takes a {@code Model}: a subclass,
 * a {@code @Configuration}, makes the value from the request in {@code resolveArgument}, and adds
 * itself to Spring MVC's resolvers.
 */
public abstract class ArgumentResolver<T> implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private final Class<T> type;

    protected ArgumentResolver(Class<T> type) {
        this.type = type;
    }

    @Override
    public final void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public final boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(type);
    }
}

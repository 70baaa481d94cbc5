package se.samverkan.gvi.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Checks every request's path variables and query parameters for identity numbers, pages included. */
@Configuration(proxyBeanMethods = false)
class ApiInterceptors implements WebMvcConfigurer {

    private final PseudonymousOnly pseudonymousOnly;

    ApiInterceptors(PseudonymousOnly pseudonymousOnly) {
        this.pseudonymousOnly = pseudonymousOnly;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(pseudonymousOnly).addPathPatterns("/**").excludePathPatterns("/css/**", "/js/**");
    }
}

package se.samverkan.gvi.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * Swagger UI at {@code /swagger-ui.html}, showing the contract {@link ApiDescription} serves: the
 * swagger-ui web jar's page and scripts under {@code /swagger-ui/}, with this service's own
 * {@code swagger-initializer.js} (in {@code resources/swagger-ui/}) in place of the jar's, which
 * would show an example API.
 */
@Configuration(proxyBeanMethods = false)
class SwaggerUi implements WebMvcConfigurer {

    private static final String WEBJAR = "swagger-ui";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/swagger-ui.html", "/swagger-ui/index.html");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version(WEBJAR);
        if (version == null) {
            throw new IllegalStateException("the " + WEBJAR + " web jar is not on the class path");
        }
        registry.addResourceHandler("/swagger-ui/**")
                .addResourceLocations(
                        "classpath:/swagger-ui/",
                        "classpath:/META-INF/resources/webjars/" + WEBJAR + "/" + version + "/");
    }
}

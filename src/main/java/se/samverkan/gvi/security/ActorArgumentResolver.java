package se.samverkan.gvi.security;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.ModelAndViewContainer;
import se.samverkan.gvi.web.ArgumentResolver;

/** Lets a controller method take the signed-in {@link Actor} as a parameter. */
@Configuration(proxyBeanMethods = false)
public class ActorArgumentResolver extends ArgumentResolver<Actor> {

    ActorArgumentResolver() {
        super(Actor.class);
    }

    @Override
    public Actor resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            @Nullable WebDataBinderFactory binderFactory) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("not signed in");
        }
        // The site comes from the signed-in user only (demo user or token claim); a user without
        // one may not act on any site's data.
        String site = SiteScope.siteOf(auth).orElseThrow(() -> new AccessDeniedException("no site"));
        return new Actor(auth.getName(), site);
    }
}

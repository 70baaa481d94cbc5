package se.samverkan.gvi.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverkan.gvi.security.Actor;

/**
 * The OpenAPI description agencies generate their clients from: only the JSON API (the pages stay
 * out, see {@code springdoc.paths-to-match}), grouped by resource, with the two ways to sign in
 * (HTTP Basic for the embedded default's demo users, a bearer JWT of the agencies' identity
 * provider in production). The signed-in user is resolved on the server and is no parameter.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerJwt";

    @Bean
    OpenAPI gviApi() {
        return new OpenAPI()
                .info(new Info().title("GVI decision engine API").version("v1")
                        .description("Reported violent incidents in, group-wide sanction recommendations out, each "
                                + "action with its individual legal ground; nothing is executed without a "
                                + "coordinator's decision."))
                .addServersItem(new Server().url("/").description("this service"))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("the embedded default's demo users"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("a token of the agencies' identity provider (prod)")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** The signed-in user ({@link Actor}) comes from the authentication, never from the request. */
    @Bean
    OperationCustomizer withoutSignedInUser() {
        return (operation, handler) -> {
            if (operation.getParameters() != null) {
                Arrays.stream(handler.getMethodParameters())
                        .filter(p -> Actor.class.equals(p.getParameterType()))
                        .forEach(p -> operation.getParameters().removeIf(o -> o.getName().equals(p.getParameterName())));
            }
            return operation;
        };
    }
}

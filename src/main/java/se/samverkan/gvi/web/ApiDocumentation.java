package se.samverkan.gvi.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverkan.gvi.security.Actor;

/**
 * The OpenAPI description agencies generate their clients from (committed as {@code
 * docs/openapi.yaml}): only the JSON API (the pages stay out, see {@code springdoc.paths-to-match}),
 * grouped by resource, with the two ways to sign in (HTTP Basic for the embedded default's demo
 * users, a bearer JWT of the agencies' identity provider in production). The signed-in user is
 * resolved on the server and is no parameter. Every refusal is the one {@code Problem} schema of
 * {@link ApiProblems}; the refusals every operation of a kind can give are added here, once.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerJwt";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_ITEM = "ProblemItem";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Bean
    OpenAPI gviApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("GVI decision engine API")
                        .version("1.0.0")
                        .description("Reported violent incidents in, group-wide sanction recommendations out, each "
                                + "action with its individual legal ground; nothing is executed without a "
                                + "coordinator's decision. Refusals are RFC 9457 problem details whose `type` is "
                                + "explained in docs/problems.md; who may call what is in docs/security.md.")
                        .contact(new Contact()
                                .name("GVI decision engine maintainers")
                                .email("gvi-api@example.org"))
                        .license(new License().name("Proprietary: for the participating municipalities and agencies")))
                .addServersItem(new Server().url("/").description("this service"))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("the embedded default's demo users"))
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("a token of the agencies' identity provider (prod)"))
                        .addSchemas(PROBLEM, problemSchema())
                        .addSchemas(PROBLEM_ITEM, problemItemSchema()))
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
                        .forEach(p -> operation
                                .getParameters()
                                .removeIf(o -> o.getName().equals(p.getParameterName())));
                if (operation.getParameters().isEmpty()) {
                    operation.setParameters(null);
                }
            }
            return operation;
        };
    }

    /** Who may call an operation and what it logs ({@link Access}), as the last paragraphs of its description. */
    @Bean
    OperationCustomizer accessParagraphs() {
        return (operation, handler) -> {
            Access access = handler.getMethodAnnotation(Access.class);
            if (access != null) {
                operation.setDescription(operation.getDescription() + "\n\n**Who may call:** "
                        + String.join(", ", access.roles()) + ".\n\n**Decision log:** " + access.log() + ".");
            }
            return operation;
        };
    }

    /**
     * The refusals an operation can give by its kind (documented in docs/problems.md), each as the
     * shared {@code Problem}; an operation's own {@code @ApiResponse} keeps its description.
     */
    @Bean
    OperationCustomizer sharedProblemResponses() {
        return (operation, handler) -> {
            ApiResponses responses = operation.getResponses();
            boolean body = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
            boolean pathVariables = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> p.hasParameterAnnotation(PathVariable.class));
            boolean checkedInput =
                    body || Arrays.stream(handler.getMethodParameters()).anyMatch(ApiDocumentation::isChecked);
            if (checkedInput) {
                responses.computeIfAbsent(
                        "400",
                        c -> new ApiResponse()
                                .description(
                                        "Malformed request: unknown or duplicate field, malformed JSON or value, a value outside its "
                                                + "enumeration or limits (`urn:gvi:problem:validation`, with `errors`)."));
            }
            responses.computeIfAbsent(
                    "401", c -> new ApiResponse().description("Not signed in (`urn:gvi:problem:unauthenticated`)."));
            responses.computeIfAbsent(
                    "403",
                    c -> new ApiResponse()
                            .description(
                                    "Signed in with a role that may not call this operation (`urn:gvi:problem:forbidden`)."));
            if (pathVariables) {
                responses.computeIfAbsent(
                        "404",
                        c -> new ApiResponse()
                                .description(
                                        "Nothing of that name in the signed-in user's site (`urn:gvi:problem:not-found`)."));
            }
            if (body) {
                responses.computeIfAbsent(
                        "409",
                        c -> new ApiResponse()
                                .description("A concurrent change came first; read the current state and try again "
                                        + "(`urn:gvi:problem:conflict`)."));
                responses.computeIfAbsent(
                        "413",
                        c -> new ApiResponse()
                                .description(
                                        "The body is larger than `gvi.http.max-request-bytes` (`urn:gvi:problem:too-large`)."));
            }
            // path variables and query strings are screened for identity numbers too (PseudonymousOnly)
            boolean anyInput = checkedInput
                    || pathVariables
                    || Arrays.stream(handler.getMethodParameters())
                            .anyMatch(p -> p.hasParameterAnnotation(RequestParam.class));
            if (anyInput) {
                responses.computeIfAbsent(
                        "422",
                        c -> new ApiResponse()
                                .description(
                                        "Well-formed but not acceptable: a personnummer or samordningsnummer in any field, a date "
                                                + "that cannot be true (`urn:gvi:problem:unprocessable`, with `errors`)."));
            }
            responses.computeIfAbsent(
                    "500",
                    c -> new ApiResponse()
                            .description(
                                    "An unforeseen failure; nothing of the request was stored (`urn:gvi:problem:internal`)."));
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    response.setContent(new Content()
                            .addMediaType(
                                    PROBLEM_JSON,
                                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
                }
            });
            sortByStatus(operation);
            return operation;
        };
    }

    /** Request parameters and path variables that are typed or constrained can be refused with 400. */
    private static boolean isChecked(MethodParameter p) {
        if (p.hasParameterAnnotation(RequestParam.class)) {
            return true;
        }
        return p.hasParameterAnnotation(PathVariable.class)
                && (!String.class.equals(p.getParameterType()) || p.getParameterAnnotations().length > 1);
    }

    private static void sortByStatus(Operation operation) {
        ApiResponses sorted = new ApiResponses();
        operation.getResponses().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> sorted.addApiResponse(e.getKey(), e.getValue()));
        operation.setResponses(sorted);
    }

    /**
     * Record components annotated with JSpecify's {@code @Nullable} are declared {@code nullable}:
     * the service writes them as {@code null} when they have no value.
     */
    @Bean
    ModelConverter nullableRecordComponents() {
        return new ModelConverter() {
            @Override
            public @Nullable Schema resolve(
                    AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
                Class<?> raw = type.getType() == null
                        ? null
                        : Json.mapper().constructType(type.getType()).getRawClass();
                Schema<?> shown = raw == null ? null : shownAs(raw);
                if (shown != null) {
                    return shown;
                }
                Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
                if (schema == null || raw == null) {
                    return schema;
                }
                if (!raw.isRecord()) {
                    return schema;
                }
                Schema<?> model = schema.get$ref() == null
                        ? schema
                        : context.getDefinedModels()
                                .get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
                if (model == null || model.getProperties() == null) {
                    return schema;
                }
                for (RecordComponent component : raw.getRecordComponents()) {
                    Schema<?> property = model.getProperties().get(component.getName());
                    if (property != null && component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                        nullable(property, context);
                    }
                }
                return schema;
            }
        };
    }

    /**
     * A value written through a {@code @JsonValue} method that returns one of several types (e.g. a
     * count shown as a number or as {@code "<3"}): its {@code @Schema(oneOf)} names them, which
     * swagger-core does not read from such a method.
     */
    private static @Nullable Schema<?> shownAs(Class<?> raw) {
        for (java.lang.reflect.Method method : raw.getDeclaredMethods()) {
            io.swagger.v3.oas.annotations.media.Schema documented =
                    method.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
            if (method.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonValue.class)
                    && documented != null
                    && documented.oneOf().length > 0) {
                Schema<Object> schema =
                        new Schema<>().description(documented.description()).example(documented.example());
                for (Class<?> one : documented.oneOf()) {
                    schema.addOneOfItem(
                            Number.class.isAssignableFrom(one)
                                    ? new IntegerSchema().format("int64")
                                    : new StringSchema());
                }
                return schema;
            }
        }
        return null;
    }

    /**
     * A reference cannot carry {@code nullable} beside it in OpenAPI 3.0, and validators do not let
     * {@code null} through an {@code allOf} wrapper: the referenced schema itself is declared
     * nullable (such schemas are only ever referenced where the value may be null).
     */
    private static void nullable(Schema<?> property, ModelConverterContext context) {
        if (property.get$ref() == null) {
            property.nullable(true);
            return;
        }
        String name = property.get$ref().substring(property.get$ref().lastIndexOf('/') + 1);
        Schema<?> referenced = context.getDefinedModels().get(name);
        if (referenced == null) {
            throw new IllegalStateException("no schema " + property.get$ref() + " to declare nullable");
        }
        referenced.nullable(true);
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("A refusal as RFC 9457 problem details; every `type` is explained in docs/problems.md.")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri")
                                .example("urn:gvi:problem:validation")
                                .description(
                                        "what kind of problem, `urn:gvi:problem:…` (or `about:blank` for a refusal of "
                                                + "the HTTP layer, e.g. 405 or 415)"))
                .addProperty(
                        "title",
                        new StringSchema().example("Invalid request").description("a short, fixed summary of the type"))
                .addProperty(
                        "status",
                        new IntegerSchema().format("int32").example(400).description("the HTTP status"))
                .addProperty(
                        "detail",
                        new StringSchema()
                                .example("1 field(s) are invalid")
                                .description("this occurrence in words; never echoes free text of the request"))
                .addProperty(
                        "instance",
                        new StringSchema()
                                .nullable(true)
                                .example("/api/v1/incidents")
                                .description("the request path, identity numbers masked"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new Schema<>().$ref("#/components/schemas/" + PROBLEM_ITEM))
                                .description("for `validation` and `unprocessable`: each refused field; for "
                                        + "`rules-refused`: each problem of the rule folder"))
                .required(List.of("type", "title", "status", "detail"));
    }

    private static Schema<?> problemItemSchema() {
        return new ObjectSchema()
                .description("One reason of a refusal: a request field with its message, or a rule folder's problem "
                        + "with its file and line.")
                .addProperty(
                        "field",
                        new StringSchema()
                                .example("occurredAt")
                                .description("the refused field as a path, e.g. `attributions[0].role`"))
                .addProperty("message", new StringSchema().example("must not be in the future"))
                .addProperty("file", new StringSchema().nullable(true).description("rule folder problems: the file"))
                .addProperty(
                        "line",
                        new IntegerSchema()
                                .format("int32")
                                .nullable(true)
                                .description("rule folder problems: the line, when known"))
                .required(List.of("message"));
    }
}

package se.samverkan.gvi.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodParameter;
import se.samverkan.gvi.security.Actor;

/**
 * What springdoc needs to read the code's skeleton of the API the way the service answers
 * (ApiContractTests): the signed-in user is no parameter, a list's paging is two query parameters, record components annotated
 * {@code @Nullable} are {@code nullable}, and a value written through a {@code @JsonValue} method of
 * several types is a {@code oneOf} of them.
 */
@TestConfiguration(proxyBeanMethods = false)
class CodeSkeleton {

    /**
     * The signed-in user ({@link Actor}) comes from the authentication, never from the request; a
     * list's {@link Paging} comes from the optional query parameters {@code page} and {@code size}.
     */
    @Bean
    OperationCustomizer asTheRequestGivesThem() {
        return (operation, handler) -> {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                Class<?> type = parameter.getParameterType();
                if ((Actor.class.equals(type) || Paging.class.equals(type)) && operation.getParameters() != null) {
                    operation.getParameters().removeIf(p -> p.getName().equals(parameter.getParameterName()));
                }
                if (Paging.class.equals(type)) {
                    for (RecordComponent component : Paging.class.getRecordComponents()) {
                        operation.addParametersItem(new QueryParameter()
                                .name(component.getName())
                                .required(false)
                                .schema(new IntegerSchema()));
                    }
                }
            }
            if (operation.getParameters() != null && operation.getParameters().isEmpty()) {
                operation.setParameters(null);
            }
            return operation;
        };
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
                if (schema == null || raw == null || !raw.isRecord()) {
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
     * A value written through a {@code @JsonValue} method that returns one of several types (a
     * count shown as a number or as {@code "<3"}): its {@code @Schema(oneOf)} names them, which
     * swagger-core does not read from such a method.
     */
    private static @Nullable Schema<?> shownAs(Class<?> raw) {
        for (Method method : raw.getDeclaredMethods()) {
            io.swagger.v3.oas.annotations.media.Schema documented =
                    method.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
            if (method.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonValue.class)
                    && documented != null
                    && documented.oneOf().length > 0) {
                Schema<Object> schema = new Schema<>();
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
     * A reference cannot carry {@code nullable} beside it in OpenAPI 3.0: the referenced schema
     * itself is declared nullable (such schemas are only ever referenced where the value may be
     * null).
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
}

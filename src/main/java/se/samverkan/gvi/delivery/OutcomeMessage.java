package se.samverkan.gvi.delivery;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.recommendation.ActionOutcome;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * An agency's outcome report as it arrives on {@code gvi.outcomes}, bound by the strict
 * {@link #JSON} mapper and the Bean Validation constraints below. Together they are the checks of
 * docs/schemas/action-outcome.schema.json: every field but {@code note} present and not null, no
 * other field, no coercion between strings, numbers and booleans, the patterns of the schema.
 */
record OutcomeMessage(
        @Required @Min(value = 1, message = "must be 1") @Max(value = 1, message = "must be 1")
        int schemaVersion,

        @Required @Pattern(regexp = UUID_TEXT, message = "has the wrong form")
        String actionId,

        @Required @Pattern(regexp = UUID_TEXT, message = "has the wrong form")
        String recommendationId,

        @Required @Pattern(regexp = CODE, message = "has the wrong form")
        String site,

        @Required @Pattern(regexp = CODE, message = "has the wrong form")
        String agency,

        @Required @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}", message = "must be a date (YYYY-MM-DD)")
        String executedOn,

        @Required ActionOutcome outcome,

        @Nullable String note) {

    /** A field of the schema's {@code required}: present, and not null. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @JacksonAnnotationsInside
    @JsonProperty(required = true)
    @JsonSetter(nulls = Nulls.FAIL)
    @interface Required {}

    static final String UUID_TEXT = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    static final String CODE = "[a-z0-9][a-z0-9-]{0,63}";

    /** Binds a report only as the schema allows it: nothing guessed, nothing converted. */
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(
                    DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                    DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(
                    LogicalType.Textual,
                    config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();
}

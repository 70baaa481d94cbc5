package se.samverkan.gvi.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Strict JSON: unknown fields, values outside an enumeration, an object with the same key twice
 * and a number where a date or date-time belongs are refused (400), not ignored or guessed at (a
 * number would be read as seconds since 1970); an {@code occurredAt} keeps the offset it was
 * reported with.
 */
@Configuration(proxyBeanMethods = false)
public class JsonSettings {

    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .addModule(new SimpleModule("gvi-strict-date-times")
                        .addDeserializer(
                                OffsetDateTime.class,
                                new IsoText<>(
                                        OffsetDateTime.class,
                                        text -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)))
                        .addDeserializer(
                                LocalDate.class,
                                new IsoText<>(
                                        LocalDate.class,
                                        text -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE))));
    }

    /**
     * Reads a date or date-time from ISO-8601 text only. The standard readers also take a number
     * (as days or seconds since 1970) or an array of numbers; those are refused instead.
     */
    static final class IsoText<T> extends StdScalarDeserializer<T> {

        private final Class<T> type;
        private final Function<String, T> parse;

        IsoText(Class<T> type, Function<String, T> parse) {
            super(type);
            this.type = type;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return type.cast(context.handleUnexpectedToken(type, parser));
            }
            String text = parser.getString().strip();
            try {
                return parse.apply(text);
            } catch (DateTimeParseException e) {
                return type.cast(context.handleWeirdStringValue(type, text, "not an ISO-8601 value"));
            }
        }
    }
}

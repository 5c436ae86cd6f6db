package vn.lienket.support.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Request bodies say what they mean. Text is a JSON string, never a number, object or array taken
 * for one (so {@code {"$gt": ""}} where a name belongs is refused), without control characters
 * other than tab and line breaks. Dates and times are ISO strings ({@code 2026-12-31},
 * {@code 22:00}), never numbers that would be read as days since 1970. Anything else is a 400
 * naming the field.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JacksonModule strictScalars() {
        return new SimpleModule("lienket-strict-scalars")
                .addDeserializer(String.class, new Text())
                .addDeserializer(LocalDate.class, new Iso<>(LocalDate.class, LocalDate::parse))
                .addDeserializer(LocalTime.class, new Iso<>(LocalTime.class, LocalTime::parse));
    }

    /** A date or time given as an ISO string and nothing else. */
    static final class Iso<T> extends StdScalarDeserializer<T> {

        private final Class<T> type;
        private final Function<String, T> parse;

        Iso(Class<T> type, Function<String, T> parse) {
            super(type);
            this.type = type;
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(type, parser);
            }
            String text = parser.getString().strip();
            try {
                return parse.apply(text);
            } catch (DateTimeParseException e) {
                throw context.weirdStringException(text, type, "not an ISO " + type.getSimpleName());
            }
        }
    }

    static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                    throw context.weirdStringException(text, String.class,
                            "control character U+" + String.format("%04X", (int) c) + " is not allowed");
                }
            }
            return text;
        }
    }
}

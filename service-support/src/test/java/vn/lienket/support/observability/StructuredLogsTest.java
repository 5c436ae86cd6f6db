package vn.lienket.support.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The services' log lines as a log collector reads them: one JSON object a line, joined by trace id. */
class StructuredLogsTest {

    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String SPAN_ID = "00f067aa0ba902b7";

    @Test
    void byDefaultALogLineIsOneJsonObjectWithTheTraceIdSpanIdAndRequestId() throws IOException {
        Environment environment = environmentWith("lienket-logging-json.yml");

        String line = encode(environment, Map.of("traceId", TRACE_ID, "spanId", SPAN_ID, "requestId", "console-1234-abcd"),
                "Sent delivery e-1|kien-giang.so-du-lich|EMAIL to so-du-lich@kien-giang.lienket.example");

        assertThat(line).endsWith("\n").doesNotContain("\n\n");
        JsonNode json = JsonMapper.builder().build().readTree(line);
        assertThat(json.get("traceId").asString()).isEqualTo(TRACE_ID);
        assertThat(json.get("spanId").asString()).isEqualTo(SPAN_ID);
        assertThat(json.get("requestId").asString()).isEqualTo("console-1234-abcd");
        assertThat(json.get("message").asString()).startsWith("Sent delivery e-1");
        assertThat(json.get("log").get("level").asString()).isEqualTo("INFO");
        assertThat(json.get("service").get("name").asString()).isEqualTo("notification-service");
    }

    @Test
    void withTheTextFormatNoStructuredFormatIsSetAndBootWritesItsReadableLines() throws IOException {
        Environment environment = environmentWith("lienket-logging-text.yml");

        assertThat(environment.getProperty("logging.structured.format.console")).isEmpty();
    }

    private static Environment environmentWith(String logging) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load(logging, new ClassPathResource(logging))
                .forEach(source -> environment.getPropertySources().addLast(source));
        environment.getPropertySources().addFirst(new MapPropertySource("service",
                Map.of("spring.application.name", "notification-service")));
        return environment;
    }

    private static String encode(Environment environment, Map<String, String> mdc, String message) {
        LoggerContext context = new LoggerContext();
        context.putObject(Environment.class.getName(), environment);
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(environment.getProperty("logging.structured.format.console"));
        encoder.start();
        LoggingEvent event = new LoggingEvent(StructuredLogsTest.class.getName(),
                context.getLogger("vn.lienket.notification.delivery.DeliveryDispatcher"), Level.INFO, message, null, null);
        event.setMDCPropertyMap(mdc);
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }
}

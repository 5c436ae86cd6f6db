package vn.lienket.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The access log's line is JSON whatever the path holds. */
class AccessLogTest {

    @Test
    void aLineIsJsonWithEveryFieldEvenForAHostilePath() {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/x%22y").build());
        exchange.getAttributes().put(RequestIds.ATTRIBUTE, "id-1234-abcd");
        exchange.getAttributes().put(RequestIds.TRACE_ATTRIBUTE, "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        exchange.getAttributes().put(Callers.CLIENT, "kien\"giang");
        exchange.getAttributes().put(Callers.TENANT, "back\\slash\nand a line");

        JsonNode line = JsonMapper.builder().build().readTree(AccessLog.line(exchange, System.nanoTime()));

        assertThat(line.get("requestId").asString()).isEqualTo("id-1234-abcd");
        assertThat(line.get("traceId").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(line.get("client").asString()).isEqualTo("kien\"giang");
        assertThat(line.get("tenant").asString()).isEqualTo("back\\slash\nand a line");
        assertThat(line.get("method").asString()).isEqualTo("GET");
        assertThat(line.get("path").asString()).isEqualTo(exchange.getRequest().getPath().value());
        assertThat(line.get("route").isNull()).isTrue();
        assertThat(line.get("latencyMs").isNumber()).isTrue();
    }
}

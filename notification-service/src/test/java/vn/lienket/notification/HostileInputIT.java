package vn.lienket.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.HostileInput;
import vn.lienket.support.testing.HostileInput.Endpoint;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestTokens;

/** Every notification-service write endpoint against hostile input: 4xx problems, the directory as it was. */
@ServiceTest
@TestPropertySource(properties = "lienket.seed.enabled=true")
class HostileInputIT {

    static final String UNITS = "/api/notifications/authorities/kien-giang/units";

    @LocalServerPort
    int port;

    @Test
    void everyWriteEndpointRefusesHostileInputAndChangesNothing() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String planner = TestTokens.token("kien-giang", "planner");
        String unit = "{\"name\":\"Báo Kiên Giang\",\"kind\":\"NEWSPAPER\",\"email\":\"toasoan@baokiengiang.example\","
                + "\"channels\":[\"EMAIL\"]}";

        String etag = api.get(UNITS + "/kien-giang.bao-kien-giang", planner).header("ETag");

        HostileInput.check(api, List.of(
                new Endpoint("POST", "/api/notifications/authorities/{id}/units", "kien-giang",
                        unit.replace("Báo Kiên Giang", "Báo Mới"), planner),
                new Endpoint("PUT", UNITS + "/{id}", "kien-giang.bao-kien-giang", unit, planner, "If-Match", etag),
                new Endpoint("DELETE", UNITS + "/{id}", "kien-giang.bao-kien-giang", null, planner, "If-Match", etag),
                new Endpoint("POST", "/api/notifications/deliveries/{id}/resend", "no-such-delivery", null,
                        TestTokens.token("ho-chi-minh-city", "coordinator"))),
                () -> api.get(UNITS, planner).body());
    }

    @Test
    void aNameInNfdIsTheSameUnitAsInNfcAndIsNotAddedTwice() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String planner = TestTokens.token("kien-giang", "planner");
        String before = api.get(UNITS, planner).body();
        String nfd = Normalizer.normalize("Báo Kiên Giang", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Báo Kiên Giang");

        ApiClient.Response again = api.post(UNITS, planner, "{\"name\":\"" + nfd + "\",\"kind\":\"NEWSPAPER\","
                + "\"email\":\"khac@baokiengiang.example\",\"channels\":[\"EMAIL\"]}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(api.get(UNITS, planner).body()).isEqualTo(before);
    }
}

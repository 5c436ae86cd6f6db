package vn.lienket.plan.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.HostileInput;
import vn.lienket.support.testing.HostileInput.Endpoint;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestTokens;

/** The programme writes against hostile input: 4xx problems, and the programmes and their trail as they were. */
@ServiceTest
@TestPropertySource(properties = "lienket.seed.enabled=true") // the context the other seeded tests share
class ProgrammeHostileInputIT {

    static final String ADMIN = TestTokens.token("platform", "platform-admin");

    @LocalServerPort
    int port;

    @Test
    void everyProgrammeWriteRefusesHostileInputAndChangesNothing() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String id = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post("/api/programmes", ADMIN, "{\"id\":\"" + id + "\",\"name\":\"Chương trình thử\","
                + "\"sectors\":[\"tourism\"],\"leadAuthority\":\"ho-chi-minh-city\",\"members\":[\"kien-giang\"],"
                + "\"period\":{\"from\":\"2024-01-01\"}}").status()).isEqualTo(201);
        String fresh = "fresh-" + UUID.randomUUID().toString().substring(0, 8);

        HostileInput.check(api, List.of(
                // the new programme's id is in its body: "{id}" here only gives the id cases unserved paths
                new Endpoint("POST", "/api/programmes{id}", "", "{\"id\":\"" + fresh + "\",\"name\":\"Chương trình mới\","
                        + "\"sectors\":[\"tourism\"],\"leadAuthority\":\"ca-mau\",\"members\":[\"bac-lieu\"],"
                        + "\"period\":{\"from\":\"2024-01-01\",\"to\":\"2025-12-31\"}}", ADMIN),
                new Endpoint("POST", "/api/programmes/{id}/members", id, "{\"authorityId\":\"soc-trang\",\"joinedOn\":\"2025-01-01\"}",
                        ADMIN)),
                () -> api.get("/api/programmes?limit=200", ADMIN).body() + " "
                        + api.get("/api/programmes/" + id + "/audit", ADMIN).body());
    }
}

package vn.lienket.notification.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.lienket.support.testing.ApiClient;
import vn.lienket.support.testing.ServiceTest;
import vn.lienket.support.testing.TestTokens;

/**
 * The short links of SMS alerts in the store and through {@code GET /api/notifications/links/{code}}:
 * a path keeps its code, a code another path holds makes the next one longer, any token reads a
 * link, an unknown code is 404 and a malformed one 400 naming {@code code}.
 */
@ServiceTest
@TestPropertySource(properties = "lienket.seed.enabled=true") // the context the other seeded tests share
class ShortLinkApiIT {

    static final String LINKS = "/api/notifications/links/";

    @LocalServerPort
    int port;

    @Autowired
    ShortLinks links;

    ApiClient api() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    @Test
    void aPathKeepsItsCodeAndAnyTokenReadsIt() {
        String path = "/provinces/kien-giang/plans/" + UUID.randomUUID();
        String code = links.codeFor(path);

        assertThat(code).isEqualTo(ShortCode.of(path, ShortCode.LENGTH)).isEqualTo(links.codeFor(path));
        for (String token : new String[] {TestTokens.token("kien-giang", "viewer"),
                TestTokens.token("ho-chi-minh-city", "coordinator"), TestTokens.token("platform", "platform-admin")}) {
            ApiClient.Response read = api().get(LINKS + code, token);
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            JsonNode link = read.json();
            assertThat(link.get("code").asString()).isEqualTo(code);
            assertThat(link.get("path").asString()).isEqualTo(path);
        }
        assertThat(api().get(LINKS + code, null).status()).isEqualTo(401);
    }

    @Test
    void aCodeAnotherPathHoldsMakesTheNewOneLonger() {
        String path = "/plans/" + UUID.randomUUID() + "/board";
        String other = "/plans/" + UUID.randomUUID() + "/board";
        assertThat(links.claim(other, ShortCode.of(path, ShortCode.LENGTH))).isTrue();

        String code = links.codeFor(path);

        assertThat(code).hasSize(ShortCode.LENGTH + 1).isEqualTo(ShortCode.of(path, ShortCode.LENGTH + 1));
        assertThat(links.codeFor(path)).isEqualTo(code);
        String viewer = TestTokens.token("kien-giang", "viewer");
        assertThat(api().get(LINKS + code, viewer).json().get("path").asString()).isEqualTo(path);
        assertThat(api().get(LINKS + ShortCode.of(path, ShortCode.LENGTH), viewer).json().get("path").asString())
                .isEqualTo(other);
    }

    @Test
    void anUnknownCodeIsNotFoundAndAMalformedOneNamesTheField() {
        String viewer = TestTokens.token("kien-giang", "viewer");

        ApiClient.Response unknown = api().get(LINKS + "zzzzzzzzzz", viewer);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("type").asString()).endsWith("not-found");

        for (String malformed : new String[] {"abc", "abc-1234", "x".repeat(44), "%C3%A1bcdefgh"}) {
            ApiClient.Response refused = api().get(LINKS + malformed, viewer);
            assertThat(refused.status()).as(malformed).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("field").asString()).isEqualTo("code");
        }
    }
}

package vn.lienket.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.JsonNode;

/**
 * A platform admin rotates the signing key while tokens are in use: new tokens name the new key,
 * the JWKS serves both, and a token signed before the rotation still verifies.
 */
class SigningKeyRotationIT extends IdentityProviderTest {


    @Test
    void oldAndNewTokensBothVerifyAfterARotation() {
        var identity = new IdentityClient(port);
        String admin = IdentityClient.accessToken(identity.clientCredentials("platform-admin", "platform-admin-local-secret"));
        String before = IdentityClient.accessToken(identity.clientCredentials("kien-giang", "kien-giang-local-secret"));

        HttpResponse<String> rotated = identity.postWithToken("/signing-keys/rotate", admin);

        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        JsonNode ring = IdentityClient.JSON.readTree(rotated.body());
        assertThat(ring.size()).isGreaterThanOrEqualTo(2);
        assertThat(ring.get(0).get("signing").asBoolean()).isTrue();
        assertThat(ring.get(1).get("signing").asBoolean()).isFalse();
        assertThat(ring.get(1).get("expiresAt").isNull()).isFalse();
        String after = IdentityClient.accessToken(identity.clientCredentials("kien-giang", "kien-giang-local-secret"));
        assertThat(IdentityClient.header(after).get("kid").asString()).isEqualTo(ring.get(0).get("kid").asString());
        assertThat(IdentityClient.header(before).get("kid").asString()).isEqualTo(ring.get(1).get("kid").asString());

        JwtDecoder service = NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:" + port + "/oauth2/jwks").build();
        assertThat(service.decode(before).getClaimAsString("tenant")).isEqualTo("kien-giang");
        assertThat(service.decode(after).getClaimAsString("tenant")).isEqualTo("kien-giang");
    }

    @Test
    void onlyAPlatformAdminMayRotate() {
        var identity = new IdentityClient(port);
        String planner = IdentityClient.accessToken(identity.clientCredentials("kien-giang", "kien-giang-local-secret"));

        assertThat(identity.postWithToken("/signing-keys/rotate", planner).statusCode()).isEqualTo(403);
        assertThat(identity.postWithToken("/signing-keys/rotate", "not-a-token").statusCode()).isEqualTo(401);
        assertThat(identity.get("/signing-keys").statusCode()).isEqualTo(401);
    }
}

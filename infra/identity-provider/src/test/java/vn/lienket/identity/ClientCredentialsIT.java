package vn.lienket.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Each authority's system gets a JWT naming its tenant and roles, signed by a key that survives restarts. */
class ClientCredentialsIT extends IdentityProviderTest {


    HttpResponse<String> token(String client, String secret) {
        return new IdentityClient(port).clientCredentials(client, secret);
    }

    @Test
    void aProvinceSystemGetsATokenForItsTenantAndRoles() throws Exception {
        HttpResponse<String> response = token("kien-giang", "kien-giang-local-secret");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode claims = claims(response);
        assertThat(claims.get("tenant").asString()).isEqualTo("kien-giang");
        assertThat(claims.get("roles").get(0).asString()).isEqualTo("planner");
        assertThat(claims.get("aud").toString()).contains("lienket");
        assertThat(Files.readString(KEY)).contains("\"d\"");
    }

    @Test
    void aReadOnlySystemActsForItsAuthorityAsAViewer() {
        HttpResponse<String> response = token("kien-giang-viewer", "kien-giang-viewer-local-secret");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode claims = claims(response);
        assertThat(claims.get("tenant").asString()).isEqualTo("kien-giang");
        assertThat(claims.get("roles").valueStream().map(JsonNode::asString)).containsExactly("viewer");
    }

    @Test
    void aWrongSecretGetsNoToken() {
        assertThat(token("kien-giang", "soc-trang-local-secret").statusCode()).isEqualTo(401);
        assertThat(token("nobody", "x").statusCode()).isEqualTo(401);
    }

    private static JsonNode claims(HttpResponse<String> response) {
        return IdentityClient.claims(IdentityClient.accessToken(response));
    }
}

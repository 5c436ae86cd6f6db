package vn.lienket.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each authority's system gets a JWT naming its tenant and roles, signed by a key that survives restarts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClientCredentialsIT {

    static final Path KEY = tempKeyFile();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void keyFile(DynamicPropertyRegistry registry) {
        registry.add("lienket.identity.key-file", KEY::toString);
    }

    HttpResponse<String> token(String client, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
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
    void aReadOnlySystemActsForItsAuthorityAsAViewer() throws Exception {
        HttpResponse<String> response = token("kien-giang-viewer", "kien-giang-viewer-local-secret");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode claims = claims(response);
        assertThat(claims.get("tenant").asString()).isEqualTo("kien-giang");
        assertThat(claims.get("roles").valueStream().map(JsonNode::asString)).containsExactly("viewer");
    }

    @Test
    void aWrongSecretGetsNoToken() throws Exception {
        assertThat(token("kien-giang", "soc-trang-local-secret").statusCode()).isEqualTo(401);
        assertThat(token("nobody", "x").statusCode()).isEqualTo(401);
    }

    /** The claims of the access token in a token response. */
    private static JsonNode claims(HttpResponse<String> response) {
        JsonMapper json = JsonMapper.builder().build();
        String jwt = json.readTree(response.body()).get("access_token").asString();
        return json.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static Path tempKeyFile() {
        try {
            return Files.createTempDirectory("identity").resolve("signing-key.json");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.lienket.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.JsonNode;
import vn.lienket.security.DisabledPrincipals;

/**
 * A platform admin registers an authority's system through the API: the secret is answered once
 * and gets a token with the tenant and roles; a second registration of the id is a conflict; a
 * rotated secret replaces the old one; a disabled client gets no token, and a token it got before
 * is refused by a service once its disabled list has refreshed.
 */
class ClientRegistrationIT extends IdentityProviderTest {

    IdentityClient identity() {
        return new IdentityClient(port);
    }

    String admin() {
        return identity().tokenFor("platform-admin", "platform-admin-local-secret");
    }

    static String newId() {
        return "dong-nai-" + UUID.randomUUID().toString().substring(0, 8);
    }

    HttpResponse<String> register(String token, String clientId, String tenant, String roles) {
        return identity().postJson("/api/identity/clients", token,
                "{\"clientId\":\"" + clientId + "\",\"tenant\":\"" + tenant + "\",\"roles\":" + roles + "}");
    }

    @Test
    void aRegisteredClientGetsATokenForItsTenantAndRolesWithTheSecretShownOnce() {
        String clientId = newId();

        HttpResponse<String> registered = register(admin(), clientId, "dong-nai", "[\"planner\"]");

        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(registered.headers().firstValue("Location")).hasValue("/api/identity/clients/" + clientId);
        String secret = IdentityClient.json(registered).get("clientSecret").asString();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
        JsonNode claims = IdentityClient.claims(identity().tokenFor(clientId, secret));
        assertThat(claims.get("sub").asString()).isEqualTo(clientId);
        assertThat(claims.get("tenant").asString()).isEqualTo("dong-nai");
        assertThat(claims.get("roles").valueStream().map(JsonNode::asString)).containsExactly("planner");
        assertThat(claims.get("aud").toString()).contains("lienket");

        HttpResponse<String> read = identity().getJson("/api/identity/clients/" + clientId, admin());
        HttpResponse<String> list = identity().getJson("/api/identity/clients", admin());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(IdentityClient.json(read).get("tenant").asString()).isEqualTo("dong-nai");
        assertThat(read.body()).doesNotContain(secret).doesNotContain("clientSecret").doesNotContain("credential");
        assertThat(list.body()).contains(clientId).doesNotContain(secret).doesNotContain("$2a$");
    }

    @Test
    void theSameClientIdTwiceIsAConflictNamingIt() {
        String clientId = newId();
        assertThat(register(admin(), clientId, "dong-nai", "[\"planner\"]").statusCode()).isEqualTo(201);

        HttpResponse<String> again = register(admin(), clientId, "binh-duong", "[\"viewer\"]");
        HttpResponse<String> aPersonsName = register(admin(), "minh.tran", "kien-giang", "[\"planner\"]");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(IdentityClient.json(again).get("field").asString()).isEqualTo("clientId");
        assertThat(aPersonsName.statusCode()).isEqualTo(409);
        JsonNode kept = IdentityClient.json(identity().getJson("/api/identity/clients/" + clientId, admin()));
        assertThat(kept.get("tenant").asString()).as("the first registration stands").isEqualTo("dong-nai");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        String clientId = newId();
        String admin = admin();

        HttpResponse<String> unknown = identity().postJson("/api/identity/clients", admin,
                "{\"clientId\":\"" + clientId + "\",\"tenant\":\"dong-nai\",\"roles\":[\"planner\"],\"secret\":\"mine\"}");
        HttpResponse<String> blank = register(admin, " ", "dong-nai", "[\"planner\"]");
        HttpResponse<String> noTenant = identity().postJson("/api/identity/clients", admin,
                "{\"clientId\":\"" + clientId + "\",\"roles\":[\"planner\"]}");
        HttpResponse<String> badRole = register(admin, clientId, "dong-nai", "[\"planner\",\"owner\"]");
        HttpResponse<String> noRoles = register(admin, clientId, "dong-nai", "[]");

        assertThat(field(unknown)).isEqualTo("secret");
        assertThat(field(blank)).isEqualTo("clientId");
        assertThat(field(noTenant)).isEqualTo("tenant");
        assertThat(field(badRole)).isEqualTo("roles");
        assertThat(field(noRoles)).isEqualTo("roles");
        assertThat(List.of(unknown, blank, noTenant, badRole, noRoles)).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(400));
        assertThat(identity().getJson("/api/identity/clients/" + clientId, admin).statusCode()).isEqualTo(404);
        assertThat(identity().clientCredentials(clientId, "mine").statusCode()).isEqualTo(401);
    }

    @Test
    void onlyAPlatformAdminManagesClients() {
        String planner = identity().tokenFor("kien-giang", "kien-giang-local-secret");
        String clientId = newId();

        assertThat(register(planner, clientId, "kien-giang", "[\"coordinator\"]").statusCode()).isEqualTo(403);
        assertThat(identity().getJson("/api/identity/clients", planner).statusCode()).isEqualTo(403);
        assertThat(identity().postJson("/api/identity/clients/kien-giang/secret", planner, "").statusCode()).isEqualTo(403);
        assertThat(identity().getJson("/api/identity/clients", "not-a-token").statusCode()).isEqualTo(401);
        assertThat(identity().get("/api/identity/clients").statusCode()).isEqualTo(401);
        assertThat(identity().getJson("/api/identity/clients/" + clientId, admin()).statusCode()).isEqualTo(404);
    }

    @Test
    void aRotatedSecretReplacesTheOldOne() {
        String clientId = newId();
        String old = IdentityClient.json(register(admin(), clientId, "dong-nai", "[\"planner\"]")).get("clientSecret").asString();

        HttpResponse<String> rotated = identity().postJson("/api/identity/clients/" + clientId + "/secret", admin(), "");

        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        String fresh = IdentityClient.json(rotated).get("clientSecret").asString();
        assertThat(fresh).isNotEqualTo(old);
        assertThat(identity().clientCredentials(clientId, old).statusCode()).isEqualTo(401);
        assertThat(identity().clientCredentials(clientId, fresh).statusCode()).isEqualTo(200);
    }

    @Test
    void aDisabledClientGetsNoTokenAndItsEarlierTokenIsRefusedByAServiceOnceItsListRefreshes() {
        String clientId = newId();
        String secret = IdentityClient.json(register(admin(), clientId, "dong-nai", "[\"planner\"]")).get("clientSecret").asString();
        String before = identity().tokenFor(clientId, secret);
        String base = "http://127.0.0.1:" + port;
        try (DisabledPrincipals disabled = new DisabledPrincipals(URI.create(base + "/oauth2/disabled"),
                Duration.ofMillis(200), Clock.systemUTC()).start()) {
            NimbusJwtDecoder service = serviceDecoder(base, disabled);
            assertThat(service.decode(before).getSubject()).isEqualTo(clientId);

            HttpResponse<String> done = identity().postJson("/api/identity/clients/" + clientId + "/disable", admin(), "");

            assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
            assertThat(IdentityClient.json(done).get("disabled").asBoolean()).isTrue();
            assertThat(identity().clientCredentials(clientId, secret).statusCode()).isEqualTo(401);
            assertThat(identity().get("/oauth2/disabled").body()).contains("\"" + clientId + "\"");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThatThrownBy(() -> service.decode(before))
                    .isInstanceOf(JwtValidationException.class).hasMessageContaining(clientId + " is disabled"));
            assertThat(identity().getJson("/api/identity/clients", before).statusCode())
                    .as("the identity API refuses it at once").isEqualTo(401);
            HttpResponse<String> rotate = identity().postJson("/api/identity/clients/" + clientId + "/secret", admin(), "");
            assertThat(rotate.statusCode()).isEqualTo(409);
            assertThat(field(rotate)).isEqualTo("clientId");
        }
    }

    /** A service's decoder, as Spring Boot builds it from the JWKS with the audience and the extra validator. */
    static NimbusJwtDecoder serviceDecoder(String base, DisabledPrincipals disabled) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(base + "/oauth2/jwks").build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(List.of(
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains("lienket")),
                disabled)));
        return decoder;
    }

    static String field(HttpResponse<String> problem) {
        JsonNode body = IdentityClient.json(problem);
        return body.has("field") ? body.get("field").asString() : "(none: " + problem.body() + ")";
    }
}

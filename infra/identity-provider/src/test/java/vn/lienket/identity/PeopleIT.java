package vn.lienket.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An authority's admin creates the people of its own tenant and no other's, sets their roles under
 * If-Match, disables them; a person changes their own password and signs in with it.
 */
class PeopleIT extends IdentityProviderTest {

    IdentityClient identity() {
        return new IdentityClient(port);
    }

    String platformAdmin() {
        return identity().tokenFor("platform-admin", "platform-admin-local-secret");
    }

    /** The token of an authority admin's system for the tenant, registered for the test by the platform admin. */
    String authorityAdmin(String tenant) {
        String clientId = tenant + "-admin-" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> registered = identity().postJson("/api/identity/clients", platformAdmin(),
                "{\"clientId\":\"" + clientId + "\",\"tenant\":\"" + tenant + "\",\"roles\":[\"authority-admin\"]}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return identity().tokenFor(clientId, IdentityClient.json(registered).get("clientSecret").asString());
    }

    static String newUsername() {
        return "thu.vo." + UUID.randomUUID().toString().substring(0, 6);
    }

    HttpResponse<String> create(String token, String username, String tenantOrNull, String roles) {
        String tenant = tenantOrNull == null ? "" : ",\"tenant\":\"" + tenantOrNull + "\"";
        return identity().postJson("/api/identity/people", token,
                "{\"username\":\"" + username + "\"" + tenant + ",\"roles\":" + roles + "}");
    }

    String initialPassword(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return IdentityClient.json(created).get("initialPassword").asString();
    }

    @Test
    void anAuthorityAdminCreatesAPersonOfItsTenantWhoSignsInWithTheFirstPassword() {
        String username = newUsername();

        HttpResponse<String> created = create(authorityAdmin("kien-giang"), username, null, "[\"planner\"]");

        String password = initialPassword(created);
        assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(IdentityClient.json(created).get("person").get("tenant").asString()).isEqualTo("kien-giang");
        JsonNode claims = IdentityClient.claims(ConsoleBrowser.token(port, username, password));
        assertThat(claims.get("sub").asString()).isEqualTo(username);
        assertThat(claims.get("tenant").asString()).isEqualTo("kien-giang");
        assertThat(claims.get("roles").valueStream().map(JsonNode::asString)).containsExactly("planner");
    }

    @Test
    void anAuthorityAdminManagesNoOtherTenantsPeopleAndGrantsNoPlatformAdmin() {
        String kienGiangAdmin = authorityAdmin("kien-giang");
        String username = newUsername();

        assertThat(create(kienGiangAdmin, username, "soc-trang", "[\"planner\"]").statusCode()).isEqualTo(403);
        assertThat(create(kienGiangAdmin, username, null, "[\"platform-admin\"]").statusCode()).isEqualTo(403);
        assertThat(identity().getJson("/api/identity/people/lan.nguyen", kienGiangAdmin).statusCode()).isEqualTo(403);
        assertThat(identity().postJson("/api/identity/people/lan.nguyen/disable", kienGiangAdmin, "").statusCode()).isEqualTo(403);
        assertThat(identity().getJson("/api/identity/people?tenant=ho-chi-minh-city", kienGiangAdmin).statusCode()).isEqualTo(403);
        String planner = identity().tokenFor("kien-giang", "kien-giang-local-secret");
        assertThat(create(planner, username, null, "[\"viewer\"]").statusCode()).as("a planner is no admin").isEqualTo(403);
        assertThat(identity().getJson("/api/identity/people/" + username, platformAdmin()).statusCode())
                .as("nothing was written").isEqualTo(404);
        assertThat(ConsoleBrowser.refusedAtSignIn(port, "lan.nguyen", "lan.nguyen-local-password")).isFalse();

        HttpResponse<String> byPlatformAdmin = create(platformAdmin(), username, "soc-trang", "[\"authority-admin\"]");
        assertThat(byPlatformAdmin.statusCode()).as("a platform admin may, for any tenant").isEqualTo(201);
        HttpResponse<String> ownList = identity().getJson("/api/identity/people", kienGiangAdmin);
        assertThat(ownList.body()).contains("minh.tran").doesNotContain(username).doesNotContain("lan.nguyen");
    }

    @Test
    void aUsernameIsTakenOnceByAPersonOrAClient() {
        String admin = authorityAdmin("kien-giang");
        String username = newUsername();
        initialPassword(create(admin, username, null, "[\"viewer\"]"));

        HttpResponse<String> again = create(admin, username, null, "[\"planner\"]");
        HttpResponse<String> aClientsId = create(admin, "kien-giang-viewer", null, "[\"viewer\"]");
        HttpResponse<String> unknownField = identity().postJson("/api/identity/people", admin,
                "{\"username\":\"" + newUsername() + "\",\"roles\":[\"viewer\"],\"password\":\"mine\"}");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(ClientRegistrationIT.field(again)).isEqualTo("username");
        assertThat(aClientsId.statusCode()).isEqualTo(409);
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(ClientRegistrationIT.field(unknownField)).isEqualTo("password");
    }

    @Test
    void rolesAreSetUnderIfMatchAndTheNextTokenCarriesThem() {
        String admin = authorityAdmin("kien-giang");
        String username = newUsername();
        String password = initialPassword(create(admin, username, null, "[\"viewer\"]"));
        String path = "/api/identity/people/" + username + "/roles";

        HttpResponse<String> withoutTag = identity().putJson(path, admin, "{\"roles\":[\"planner\"]}");
        HttpResponse<String> stale = identity().putJson(path, admin, "{\"roles\":[\"planner\"]}", "If-Match", "\"7\"");
        HttpResponse<String> unknownRole = identity().putJson(path, admin, "{\"roles\":[\"mayor\"]}", "If-Match", "\"1\"");
        HttpResponse<String> set = identity().putJson(path, admin, "{\"roles\":[\"planner\",\"coordinator\"]}", "If-Match", "\"1\"");

        assertThat(withoutTag.statusCode()).isEqualTo(428);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(unknownRole.statusCode()).isEqualTo(400);
        assertThat(ClientRegistrationIT.field(unknownRole)).isEqualTo("roles");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(set.headers().firstValue("ETag")).hasValue("\"2\"");
        JsonNode claims = IdentityClient.claims(ConsoleBrowser.token(port, username, password));
        assertThat(claims.get("roles").valueStream().map(JsonNode::asString)).containsExactly("planner", "coordinator");
    }

    @Test
    void aDisabledPersonCannotSignInAndTheTokenTheyHoldIsRefused() {
        String admin = authorityAdmin("kien-giang");
        String username = newUsername();
        String password = initialPassword(create(admin, username, null, "[\"planner\"]"));
        String token = ConsoleBrowser.token(port, username, password);

        HttpResponse<String> disabled = identity().postJson("/api/identity/people/" + username + "/disable", admin, "");

        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(IdentityClient.json(disabled).get("disabled").asBoolean()).isTrue();
        assertThat(ConsoleBrowser.refusedAtSignIn(port, username, password)).isTrue();
        assertThat(identity().get("/oauth2/disabled").body()).contains("\"" + username + "\"");
        assertThat(identity().postJson("/api/identity/people/me/password", token,
                "{\"currentPassword\":\"" + password + "\",\"newPassword\":\"a-new-long-password\"}").statusCode()).isEqualTo(401);
    }

    @Test
    void aPersonChangesTheirOwnPasswordWithTheCurrentOne() {
        String username = newUsername();
        String first = initialPassword(create(authorityAdmin("kien-giang"), username, null, "[\"planner\"]"));
        String token = ConsoleBrowser.token(port, username, first);
        String path = "/api/identity/people/me/password";

        HttpResponse<String> wrong = identity().postJson(path, token,
                "{\"currentPassword\":\"not-it\",\"newPassword\":\"mùa-nước-nổi-2026\"}");
        HttpResponse<String> tooShort = identity().postJson(path, token,
                "{\"currentPassword\":\"" + first + "\",\"newPassword\":\"short\"}");
        HttpResponse<String> changed = identity().postJson(path, token,
                "{\"currentPassword\":\"" + first + "\",\"newPassword\":\"mùa-nước-nổi-2026\"}");

        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(ClientRegistrationIT.field(wrong)).isEqualTo("currentPassword");
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(ClientRegistrationIT.field(tooShort)).isEqualTo("newPassword");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertThat(ConsoleBrowser.refusedAtSignIn(port, username, first)).isTrue();
        assertThat(IdentityClient.claims(ConsoleBrowser.token(port, username, "mùa-nước-nổi-2026")).get("sub").asString())
                .isEqualTo(username);
        String aSystem = identity().tokenFor("kien-giang", "kien-giang-local-secret");
        assertThat(identity().postJson(path, aSystem, "{\"currentPassword\":\"x\",\"newPassword\":\"a-new-long-password\"}")
                .statusCode()).as("a client has no password").isEqualTo(403);
    }
}

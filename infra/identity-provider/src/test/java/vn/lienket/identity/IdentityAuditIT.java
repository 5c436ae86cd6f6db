package vn.lienket.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every change to clients and people is in the audit: who, when, what, about whom, never a secret;
 * a platform admin reads all of it, an authority's admin its own tenant's, paged newest first.
 */
class IdentityAuditIT extends IdentityProviderTest {

    IdentityClient identity() {
        return new IdentityClient(port);
    }

    @Test
    void theChangesAreAuditedWithoutTheirSecretsAndEachAdminReadsItsShare() {
        IdentityClient identity = identity();
        String admin = identity.tokenFor("platform-admin", "platform-admin-local-secret");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String clientId = "ca-mau-admin-" + suffix;
        HttpResponse<String> registered = identity.postJson("/api/identity/clients", admin,
                "{\"clientId\":\"" + clientId + "\",\"tenant\":\"ca-mau\",\"roles\":[\"authority-admin\"]}");
        String secret = IdentityClient.json(registered).get("clientSecret").asString();
        String rotated = IdentityClient.json(identity.postJson("/api/identity/clients/" + clientId + "/secret", admin, ""))
                .get("clientSecret").asString();
        String caMauAdmin = identity.tokenFor(clientId, rotated);
        String username = "hai.ly." + suffix;
        HttpResponse<String> created = identity.postJson("/api/identity/people", caMauAdmin,
                "{\"username\":\"" + username + "\",\"roles\":[\"viewer\"]}");
        String password = IdentityClient.json(created).get("initialPassword").asString();
        identity.putJson("/api/identity/people/" + username + "/roles", caMauAdmin, "{\"roles\":[\"planner\"]}", "If-Match", "\"1\"");
        identity.postJson("/api/identity/people/" + username + "/disable", caMauAdmin, "");

        HttpResponse<String> all = identity.getJson("/api/identity/audit?limit=200", admin);
        HttpResponse<String> caMau = identity.getJson("/api/identity/audit", caMauAdmin);

        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        List<JsonNode> caMauEntries = IdentityClient.json(caMau).valueStream().toList();
        assertThat(caMauEntries).allSatisfy(e -> assertThat(e.get("subjectTenant").asString()).isEqualTo("ca-mau"));
        assertThat(caMauEntries).extracting(e -> e.get("subject").asString()).contains("ca-mau").doesNotContain("minh.tran");
        List<JsonNode> mine = caMauEntries.stream()
                .filter(e -> List.of(clientId, username).contains(e.get("subject").asString())).toList();
        assertThat(mine).extracting(e -> e.get("action").asString()).containsExactly(
                "person-disabled", "person-roles-set", "person-created", "client-secret-rotated", "client-registered");
        JsonNode registration = mine.get(4);
        assertThat(registration.get("by").asString()).isEqualTo("platform-admin");
        assertThat(registration.get("subject").asString()).isEqualTo(clientId);
        assertThat(registration.get("at").asString()).isNotBlank();
        assertThat(mine.get(2).get("by").asString()).isEqualTo(clientId);
        assertThat(mine.get(2).get("byTenant").asString()).isEqualTo("ca-mau");
        assertThat(all.body()).contains(clientId, username, "client-registered")
                .doesNotContain(secret).doesNotContain(rotated).doesNotContain(password).doesNotContain("$2a$");
        String planner = identity.tokenFor("kien-giang", "kien-giang-local-secret");
        assertThat(identity.getJson("/api/identity/audit", planner).statusCode()).isEqualTo(403);
    }

    @Test
    void theAuditIsPagedNewestFirstWithTheNextPageInLink() {
        String admin = identity().tokenFor("platform-admin", "platform-admin-local-secret");

        HttpResponse<String> first = identity().getJson("/api/identity/audit?limit=2", admin);

        assertThat(first.statusCode()).isEqualTo(200);
        List<JsonNode> firstItems = IdentityClient.json(first).valueStream().toList();
        assertThat(firstItems).hasSize(2);
        String link = first.headers().firstValue("Link").orElseThrow();
        Matcher next = Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(link);
        assertThat(next.find()).as(link).isTrue();
        List<JsonNode> secondItems = IdentityClient.json(identity().getJson(next.group(1), admin)).valueStream().toList();
        assertThat(secondItems).hasSize(2);
        assertThat(firstItems.get(1).get("at").asString()).isGreaterThanOrEqualTo(secondItems.get(0).get("at").asString());
        assertThat(secondItems).doesNotContainAnyElementsOf(firstItems);
        assertThat(identity().getJson("/api/identity/audit?limit=0", admin).statusCode()).isEqualTo(400);
    }
}

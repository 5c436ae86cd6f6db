package vn.lienket.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.access.NotificationServiceAccess;
import vn.lienket.access.ProvinceServiceAccess;
import vn.lienket.contracts.AuthorityRef;
import vn.lienket.contracts.AuthoritySucceeded;
import vn.lienket.security.SuccessionMap;
import vn.lienket.support.testing.EmbeddedStore;
import vn.lienket.support.web.PageRequest;

/**
 * A service's check with the succession map: a write by an archive's token, or to an archive's
 * path, is the 403 {@code authority-merged} problem naming the successor and the day, on the
 * denied-requests trail too; the successor reads the archive's path as its own.
 */
class ArchivedWriteProblemTest {

    static final String PLAN = "/api/provinces/kien-giang/derived-plans/350-kh-ubnd-2024";
    final SuccessionMap map = new SuccessionMap(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));
    final PolicyCheck province = new PolicyCheck(ProvinceServiceAccess.POLICY, ResourceRelations.NONE_KNOWN, map);
    final DeniedRequests denied = new DeniedRequests(MongoClients.create(EmbeddedStore.uri())
            .getDatabase("archived-write-problem-test"), Clock.systemUTC());

    ArchivedWriteProblemTest() {
        map.record(new AuthoritySucceeded("e-1", Instant.parse("2025-06-20T00:00:00Z"), "platform", "an-giang@2025-07-01",
                new AuthorityRef("an-giang", "91", "Tỉnh An Giang", "PROVINCE", null),
                List.of(new AuthorityRef("kien-giang", "91", "Tỉnh Kiên Giang", "PROVINCE", null)),
                LocalDate.of(2025, 7, 1), "Nghị quyết số 202/2025/QH15"));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    static JwtAuthenticationToken token(String tenant, String role) {
        return new JwtAuthenticationToken(Jwt.withTokenValue("t").header("alg", "RS256").subject(tenant + "-client")
                .claim("tenant", tenant).claim("roles", List.of(role)).build());
    }

    AuthorizationResult decide(PolicyCheck check, JwtAuthenticationToken token, MockHttpServletRequest request) {
        SecurityContextHolder.getContext().setAuthentication(token);
        return check.authorize(() -> token, new RequestAuthorizationContext(request));
    }

    @Test
    void aWriteByAnArchivesTokenIsTheMergedProblemAndOnTheTrail() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", PLAN + "/activities/2.3");
        AuthorizationResult result = decide(province, token("kien-giang", "planner"), request);
        assertThat(result.isGranted()).isFalse();

        MockHttpServletResponse response = new MockHttpServletResponse();
        SecurityConfiguration.forbidden(denied, request, response, new AuthorizationDeniedException("Access Denied", result));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(response.getContentAsString());
        assertThat(problem.path("type").asString()).isEqualTo("urn:lienket:problem:authority-merged");
        assertThat(problem.path("successor").asString()).isEqualTo("an-giang");
        assertThat(problem.path("effectiveOn").asString()).isEqualTo("2025-07-01");
        assertThat(problem.path("detail").asString())
                .startsWith("Tỉnh Kiên Giang (kien-giang) merged into Tỉnh An Giang (an-giang) from 01/07/2025");
        assertThat(denied.latest(new Caller("x", "kien-giang", java.util.Set.of()), PageRequest.of(null, null)).items())
                .anySatisfy(d -> assertThat(d.reason()).contains("merged into Tỉnh An Giang").isEqualTo(problem.path("detail").asString()));
    }

    @Test
    void nobodyWritesTheArchivesPathsTheSuccessorReadsThemAndOthersGetThePlainRefusal() throws Exception {
        AuthorizationResult successorWrites = decide(province, token("an-giang", "planner"),
                new MockHttpServletRequest("POST", PLAN + "/versions"));
        assertThat(successorWrites).isInstanceOfSatisfying(PolicyCheck.Refusal.class,
                r -> assertThat(r.archived()).hasValueSatisfying(a -> assertThat(a.callersOwn()).isFalse()));
        PolicyCheck notifications = new PolicyCheck(NotificationServiceAccess.POLICY, ResourceRelations.NONE_KNOWN, map);
        assertThat(decide(notifications, token("platform", "platform-admin"),
                new MockHttpServletRequest("DELETE", "/api/notifications/authorities/kien-giang/units/u1")).isGranted())
                .isFalse();

        assertThat(decide(province, token("an-giang", "viewer"), new MockHttpServletRequest("GET", PLAN)).isGranted()).isTrue();
        assertThat(decide(notifications, token("an-giang", "viewer"),
                new MockHttpServletRequest("GET", "/api/notifications/authorities/kien-giang/units")).isGranted()).isTrue();
        assertThat(decide(province, token("kien-giang", "viewer"), new MockHttpServletRequest("GET", PLAN)).isGranted())
                .as("it reads what it read before").isTrue();
        assertThat(decide(province, token("kien-giang", "planner"), new MockHttpServletRequest("POST", "/api/no-such-route"))
                .isGranted()).as("no write at all, whatever the path").isFalse();

        MockHttpServletRequest other = new MockHttpServletRequest("GET", PLAN);
        AuthorizationResult canTho = decide(province, token("can-tho", "viewer"), other);
        MockHttpServletResponse response = new MockHttpServletResponse();
        SecurityConfiguration.forbidden(denied, other, response, new AuthorizationDeniedException("Access Denied", canTho));
        assertThat(response.getContentAsString()).contains("urn:lienket:problem:forbidden").doesNotContain("successor");
    }

    @Test
    void withoutAMapNothingIsArchived() {
        PolicyCheck check = new PolicyCheck(ProvinceServiceAccess.POLICY, ResourceRelations.NONE_KNOWN,
                vn.lienket.access.Archives.NONE);
        assertThat(decide(check, token("kien-giang", "planner"), new MockHttpServletRequest("PUT", PLAN + "/activities/2.3"))
                .isGranted()).isTrue();
        assertThat(decide(check, token("an-giang", "viewer"), new MockHttpServletRequest("GET", PLAN)).isGranted()).isFalse();
    }
}

package vn.lienket.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import vn.lienket.contracts.AuthorityRef;
import vn.lienket.contracts.AuthoritySucceeded;
import vn.lienket.security.SuccessionMap;

/** The gateway applies each service's own rules, without the data: the roles decide what needs a relation. */
class EdgeAccessTest {

    static Jwt token(String tenant, String... roles) {
        return Jwt.withTokenValue("t").header("alg", "RS256").claim("tenant", tenant).claim("roles", List.of(roles))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
    }

    static final String KIEN_GIANG_PLAN = "/api/provinces/kien-giang/derived-plans/350-kh-ubnd-2024";

    @Test
    void aProvinceReachesOnlyItsOwnData() {
        Jwt kienGiang = token("kien-giang", "planner");

        assertThat(EdgeAccess.admits(kienGiang, "PUT", KIEN_GIANG_PLAN + "/activities/2.3")).isTrue();
        assertThat(EdgeAccess.admits(kienGiang, "GET", "/api/provinces/soc-trang/derived-plans")).isFalse();
    }

    @Test
    void aCoordinatorMayReadAnotherProvinceForTheServiceToDecideButNeverWritesIt() {
        Jwt hcmc = token("ho-chi-minh-city", "coordinator");

        assertThat(EdgeAccess.admits(hcmc, "GET", KIEN_GIANG_PLAN)).isTrue();
        assertThat(EdgeAccess.admits(hcmc, "PUT", KIEN_GIANG_PLAN + "/activities/2.3")).isFalse();
        assertThat(EdgeAccess.admits(hcmc, "POST", KIEN_GIANG_PLAN + "/versions")).isFalse();
    }

    @Test
    void aUnitDirectoryIsItsAuthoritysAloneAndAViewerOnlyReadsIt() {
        String units = "/api/notifications/authorities/kien-giang/units";
        assertThat(EdgeAccess.admits(token("kien-giang", "planner"), "POST", units)).isTrue();
        assertThat(EdgeAccess.admits(token("kien-giang", "viewer"), "GET", units)).isTrue();
        assertThat(EdgeAccess.admits(token("kien-giang", "viewer"), "PUT", units + "/kien-giang.bao")).isFalse();
        assertThat(EdgeAccess.admits(token("ho-chi-minh-city", "coordinator"), "GET", units)).as("not even the lead")
                .isFalse();
    }

    @Test
    void fromTheMergerKienGiangReadsAndNeverWritesAndAnGiangReadsItsPathsAsItsOwn() {
        SuccessionMap map = new SuccessionMap(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));
        map.record(new AuthoritySucceeded("e-1", Instant.parse("2025-06-20T00:00:00Z"), "platform", "an-giang@2025-07-01",
                new AuthorityRef("an-giang", "91", "Tỉnh An Giang", "PROVINCE", null),
                List.of(new AuthorityRef("kien-giang", "91", "Tỉnh Kiên Giang", "PROVINCE", null)),
                LocalDate.of(2025, 7, 1), "Nghị quyết số 202/2025/QH15"));
        Jwt kienGiang = token("kien-giang", "planner");
        Jwt anGiang = token("an-giang", "planner");

        assertThat(EdgeAccess.admits(kienGiang, "GET", KIEN_GIANG_PLAN, map)).isTrue();
        assertThat(EdgeAccess.admits(kienGiang, "PUT", KIEN_GIANG_PLAN + "/activities/2.3", map)).isFalse();
        assertThat(EdgeAccess.archivedWrite(kienGiang, "POST", "/api/identity/people", map))
                .hasValueSatisfying(w -> assertThat(w.successor()).isEqualTo("an-giang"));
        assertThat(EdgeAccess.admits(anGiang, "GET", KIEN_GIANG_PLAN, map)).isTrue();
        assertThat(EdgeAccess.admits(anGiang, "PUT", KIEN_GIANG_PLAN + "/activities/2.3", map)).isFalse();
        assertThat(EdgeAccess.archivedWrite(anGiang, "PUT", KIEN_GIANG_PLAN + "/activities/2.3", map)).isPresent();
        assertThat(EdgeAccess.admits(token("can-tho", "planner"), "GET", KIEN_GIANG_PLAN, map)).isFalse();
        assertThat(EdgeAccess.admits(anGiang, "GET", KIEN_GIANG_PLAN)).as("without the map").isFalse();
        assertThat(EdgeAccess.admits(kienGiang, "PUT", KIEN_GIANG_PLAN + "/activities/2.3")).isTrue();
    }

    @Test
    void operatorsRoutesAreThePlatformAdminsAndUnknownPathsGoOnToTheirService() {
        assertThat(EdgeAccess.admits(token("platform", "platform-admin"), "GET",
                "/api/operations/plan-service/dead-letters")).isTrue();
        assertThat(EdgeAccess.admits(token("ho-chi-minh-city", "coordinator"), "POST",
                "/api/operations/plan-service/dead-letters/redrive")).isFalse();
        assertThat(EdgeAccess.admits(token("kien-giang", "planner"), "GET", "/api/no-such-thing"))
                .as("the service answers its 404").isTrue();
        Jwt noTenant = Jwt.withTokenValue("t").header("alg", "RS256").claim("sub", "x").build();
        assertThat(EdgeAccess.admits(noTenant, "GET", "/api/no-such-thing")).isFalse();
        assertThat(EdgeAccess.isPlatformAdmin(noTenant)).isFalse();
    }
}

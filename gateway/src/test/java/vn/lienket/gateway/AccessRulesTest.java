package vn.lienket.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.jwt.Jwt;

class AccessRulesTest {

    static Jwt token(String tenant, String... roles) {
        return Jwt.withTokenValue("t").header("alg", "RS256").claim("tenant", tenant).claim("roles", List.of(roles))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
    }

    @Test
    void aProvinceReachesOnlyItsOwnData() {
        Jwt kienGiang = token("kien-giang", "planner");

        assertThat(AccessRules.mayReachProvince(kienGiang, "kien-giang", HttpMethod.POST)).isTrue();
        assertThat(AccessRules.mayReachProvince(kienGiang, "soc-trang", HttpMethod.GET)).isFalse();
        assertThat(AccessRules.mayReachProvince(kienGiang, null, HttpMethod.GET)).isFalse();
    }

    @Test
    void aCoordinatorReadsAnotherProvinceButNeverWritesIt() {
        Jwt hcmc = token("ho-chi-minh-city", "coordinator");

        assertThat(AccessRules.mayReachProvince(hcmc, "soc-trang", HttpMethod.GET)).isTrue();
        assertThat(AccessRules.mayReachProvince(hcmc, "soc-trang", HttpMethod.POST)).isFalse();
        assertThat(AccessRules.mayReachProvince(hcmc, "soc-trang", HttpMethod.PUT)).isFalse();
    }

    @Test
    void anAuthorityManagesOnlyItsOwnUnitsAndAViewerOnlyReadsThem() {
        assertThat(AccessRules.mayManageUnits(token("kien-giang", "planner"), "kien-giang", HttpMethod.POST)).isTrue();
        assertThat(AccessRules.mayManageUnits(token("kien-giang", "viewer"), "kien-giang", HttpMethod.GET)).isTrue();
        assertThat(AccessRules.mayManageUnits(token("kien-giang", "viewer"), "kien-giang", HttpMethod.PUT)).isFalse();
        assertThat(AccessRules.mayManageUnits(token("ho-chi-minh-city", "coordinator"), "kien-giang", HttpMethod.GET))
                .as("not even the lead authority").isFalse();
        assertThat(AccessRules.mayManageUnits(token("ho-chi-minh-city", "coordinator"), "ho-chi-minh-city", HttpMethod.DELETE))
                .isTrue();
    }

    @Test
    void rolesAndTenantComeFromTheirClaims() {
        assertThat(AccessRules.hasRole(token("ho-chi-minh-city", "coordinator"), "coordinator")).isTrue();
        assertThat(AccessRules.hasRole(token("kien-giang", "planner"), "coordinator")).isFalse();
        assertThat(AccessRules.hasTenant(token(" "))).isFalse();
        Jwt noClaims = Jwt.withTokenValue("t").header("alg", "RS256").claim("sub", "x").build();
        assertThat(AccessRules.hasRole(noClaims, "coordinator")).isFalse();
        assertThat(AccessRules.hasTenant(noClaims)).isFalse();
    }
}

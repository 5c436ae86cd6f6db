package vn.lienket.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import vn.lienket.access.Roles;
import vn.lienket.support.web.ApiException;

class CallerTest {

    static Caller caller(String tenant, String... roles) {
        return Caller.of(Jwt.withTokenValue("t").header("alg", "RS256").subject(tenant).claim("tenant", tenant)
                .claim("roles", List.of(roles)).issuedAt(Instant.now()).build());
    }

    @Test
    void aTokenActsForItsOwnTenantOnly() {
        Caller kienGiang = caller("kien-giang", Roles.PLANNER);

        kienGiang.requireTenantRole("kien-giang", Roles.PLANNER);
        assertThatThrownBy(() -> kienGiang.requireTenant("soc-trang"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(403));
    }

    @Test
    void theRightTenantWithoutTheRoleIsRefused() {
        assertThatThrownBy(() -> caller("ho-chi-minh-city", Roles.VIEWER).requireTenantRole("ho-chi-minh-city", Roles.COORDINATOR))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).contains("coordinator"));
    }

    @Test
    void aTokenWithoutTenantActsForNobody() {
        Caller anonymous = Caller.of(Jwt.withTokenValue("t").header("alg", "RS256").subject("x").build());

        assertThat(anonymous.actsFor("kien-giang")).isFalse();
        assertThat(anonymous.roles()).isEmpty();
    }
}

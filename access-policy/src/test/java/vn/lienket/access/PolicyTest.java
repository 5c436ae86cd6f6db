package vn.lienket.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PolicyTest {

    @Test
    void aRequestFindsItsRouteAndTheAuthorityItsPathNames() {
        Policy.Match match = ProvinceServiceAccess.POLICY
                .match("PUT", "/api/provinces/kien-giang/derived-plans/350-kh-ubnd-2024/activities/2.3").orElseThrow();

        assertThat(match.route().audience()).isEqualTo(Audience.OWN_PLANNER);
        assertThat(match.pathAuthority()).isEqualTo("kien-giang");
        assertThat(match.variables()).containsEntry("masterPlanId", "350-kh-ubnd-2024").containsEntry("code", "2.3");
    }

    @Test
    void variablesArePercentDecodedAsAPathIsNotAForm() {
        Policy.Match match = NotificationServiceAccess.POLICY
                .match("GET", "/api/notifications/deliveries/e1%7Ckien-giang.so-du-lich%7CEMAIL").orElseThrow();

        assertThat(match.variables().get("id")).isEqualTo("e1|kien-giang.so-du-lich|EMAIL");
        assertThat(Route.decode("a+b%20c%C4%91")).isEqualTo("a+b cđ");
        assertThat(Route.decode("100%")).isEqualTo("100%");
    }

    @Test
    void aPathIsMatchedAsTheControllersMatchItWithItsFixedSegmentsDecodedToo() {
        assertThat(ProvinceServiceAccess.POLICY.match("PUT",
                "/api/provinces/kien-giang/derived%2Dplans/350-kh-ubnd-2024/activities/2.3"))
                .hasValueSatisfying(m -> assertThat(m.route().audience()).isEqualTo(Audience.OWN_PLANNER));
        assertThat(PlanServiceAccess.POLICY.match("GET", "/api/master-plans/350-kh-ubnd-2024/%63ompliance"))
                .hasValueSatisfying(m -> assertThat(m.route().audience()).isEqualTo(Audience.LEAD_COORDINATOR));
        assertThat(GatewayAccess.POLICY.match("POST", "/api/operations/plan-service/dead-letters/redriv%65"))
                .hasValueSatisfying(m -> assertThat(m.route().audience()).isEqualTo(Audience.PLATFORM_ADMIN));
    }

    @Test
    void aHeadIsAGetAndOtherMethodsOrPathsFindNothing() {
        assertThat(PlanServiceAccess.POLICY.match("HEAD", "/api/master-plans/350-kh-ubnd-2024")).isPresent();
        assertThat(PlanServiceAccess.POLICY.match("POST", "/api/master-plans/350-kh-ubnd-2024")).isEmpty();
        assertThat(PlanServiceAccess.POLICY.match("GET", "/api/master-plans/350-kh-ubnd-2024/")).isEmpty();
        assertThat(PlanServiceAccess.POLICY.match("GET", "/api/master-plans//audit")).isEmpty();
    }

    @Test
    void noTwoRoutesOfThePlatformShareAMethodAndAShape() {
        Set<String> seen = new HashSet<>();
        List<String> repeated = Policies.ALL.stream()
                .flatMap(p -> p.routes().stream().filter(r -> !CommonRoutes.ROUTES.contains(r) || p == PlanServiceAccess.POLICY))
                .map(r -> r.method() + " " + r.shape()).filter(r -> !seen.add(r)).toList();

        assertThat(repeated).isEmpty();
        assertThat(Policies.of("notification-service")).isSameAs(NotificationServiceAccess.POLICY);
    }
}

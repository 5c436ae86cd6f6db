package vn.lienket.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * What must hold of every policy whatever routes are added: the matrices check that each service
 * enforces its policy, these that the policy says what the platform promises.
 */
class PolicyInvariantsTest {

    static final Set<Audience> WRITERS = Set.of(Audience.LEAD_COORDINATOR, Audience.LEAD_COORDINATOR_OR_PLATFORM_ADMIN,
            Audience.OWN_PLANNER, Audience.OWN_EDITORS, Audience.PLATFORM_ADMIN);

    @Test
    void everyWriteNeedsAWritersRoleNeverJustAToken() {
        List<String> open = Policies.ALL.stream().flatMap(p -> p.routes().stream())
                .filter(r -> !r.method().equals("GET") && !WRITERS.contains(r.audience())).map(Route::toString).toList();

        assertThat(open).isEmpty();
    }

    @Test
    void aPlatformAdminReadsNoPlanDataAndNoOneElseReadsTheOperatorsRoutes() {
        for (Policy policy : Policies.ALL) {
            for (Route route : policy.routes()) {
                boolean planData = route.pattern().startsWith("/api/master-plans") || route.pattern().startsWith("/api/provinces")
                        || route.pattern().startsWith("/api/notifications/deliveries");
                if (planData) {
                    assertThat(route.audience().allows("platform", Set.of(Roles.PLATFORM_ADMIN), null, () -> Relation.UNKNOWN))
                            .as(route.toString()).isFalse();
                }
                if (route.pattern().startsWith("/api/operations")) {
                    assertThat(route.audience()).as(route.toString()).isEqualTo(Audience.PLATFORM_ADMIN);
                }
            }
        }
    }

    @Test
    void aProvincesPlanIsChangedByItsOwnPlannersAlone() {
        assertThat(ProvinceServiceAccess.POLICY.routes().stream()
                .filter(r -> !r.method().equals("GET") && r.pattern().startsWith("/api/provinces"))
                .map(Route::audience)).containsOnly(Audience.OWN_PLANNER);
    }

    @Test
    void nobodyWritesAnArchivesPathAndAnArchivesTokenWritesNothing() {
        Archives mekong = TestArchives.mekong();
        for (Policy policy : Policies.ALL) {
            for (Route route : policy.routes()) {
                if (route.method().equals("GET")) {
                    continue;
                }
                Policy.Match archived = new Policy.Match(route, java.util.Map.of("provinceId", "kien-giang",
                        "authority", "kien-giang"));
                Policy.Match successors = new Policy.Match(route, java.util.Map.of("provinceId", "an-giang",
                        "authority", "an-giang"));
                for (String tenant : List.of("kien-giang", "an-giang", "platform")) {
                    for (String role : List.of(Roles.COORDINATOR, Roles.PLANNER, Roles.PLATFORM_ADMIN)) {
                        if (route.pattern().contains("{provinceId}") || route.pattern().contains("{authority}")) {
                            assertThat(archived.allows(tenant, Set.of(role), () -> Relation.LEAD, mekong))
                                    .as(route + " by " + tenant + " " + role).isFalse();
                        }
                        assertThat(successors.allows("kien-giang", Set.of(role), () -> Relation.LEAD, mekong))
                                .as(route + " by kien-giang " + role).isFalse();
                    }
                }
            }
        }
    }
}

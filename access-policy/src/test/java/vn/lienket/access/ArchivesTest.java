package vn.lienket.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The succession rules, as every service, the gateway and the matrices decide them: (a) an
 * archive's tokens read and never write; (b) nobody writes an archive's paths; (c) the successor
 * reads them as its own.
 */
class ArchivesTest {

    static final String KIEN_GIANG_PLAN = "/api/provinces/kien-giang/derived-plans/350-kh-ubnd-2024";
    static final String KIEN_GIANG_UNITS = "/api/notifications/authorities/kien-giang/units";
    final Archives mekong = TestArchives.mekong();

    static Policy.Match match(String method, String path) {
        return Policies.match(method, path).orElseThrow();
    }

    boolean allows(String method, String path, String tenant, String role, Relation relation) {
        return match(method, path).allows(tenant, Set.of(role), () -> relation, mekong);
    }

    @Test
    void anArchivesTokenReadsWhatItReadBeforeAndWritesNothing() {
        assertThat(allows("GET", KIEN_GIANG_PLAN, "kien-giang", "planner", Relation.PARTY)).isTrue();
        assertThat(allows("GET", KIEN_GIANG_UNITS, "kien-giang", "viewer", Relation.NONE)).isTrue();
        assertThat(allows("PUT", KIEN_GIANG_PLAN + "/activities/2.3", "kien-giang", "planner", Relation.PARTY)).isFalse();
        assertThat(allows("POST", KIEN_GIANG_UNITS, "kien-giang", "coordinator", Relation.NONE)).isFalse();

        assertThat(match("POST", KIEN_GIANG_PLAN + "/versions").archivedWrite("kien-giang", mekong))
                .hasValueSatisfying(refused -> {
                    assertThat(refused.callersOwn()).isTrue();
                    assertThat(refused.successor()).isEqualTo("an-giang");
                    assertThat(refused.effectiveOn()).isEqualTo("2025-07-01");
                    assertThat(refused.detail()).startsWith("Tỉnh Kiên Giang (kien-giang) merged into Tỉnh An Giang (an-giang) "
                            + "from 01/07/2025 (Nghị quyết số 202/2025/QH15").contains("writes nothing");
                });
        assertThat(ArchivedWrite.of("POST", "kien-giang", null, mekong)).as("a write no policy names: the identity provider's")
                .isPresent();
        assertThat(ArchivedWrite.of("HEAD", "kien-giang", null, mekong)).isEmpty();
        assertThat(ArchivedWrite.of("OPTIONS", "kien-giang", "kien-giang", mekong)).isEmpty();
    }

    @Test
    void nobodyWritesAnArchivesPathNotItsSuccessorNorAPlatformAdmin() {
        assertThat(allows("PUT", KIEN_GIANG_PLAN + "/activities/2.3", "an-giang", "planner", Relation.PARTY)).isFalse();
        assertThat(match("DELETE", KIEN_GIANG_UNITS + "/kien-giang.so-du-lich").archivedWrite("platform", mekong))
                .hasValueSatisfying(refused -> {
                    assertThat(refused.callersOwn()).isFalse();
                    assertThat(refused.successor()).isEqualTo("an-giang");
                    assertThat(refused.detail()).contains("write as an-giang");
                });
        assertThat(match("PUT", "/api/provinces/an-giang/derived-plans/350-kh-ubnd-2024/activities/2.3")
                .archivedWrite("an-giang", mekong)).as("the successor writes its own").isEmpty();
        assertThat(allows("PUT", "/api/provinces/an-giang/derived-plans/350-kh-ubnd-2024/activities/2.3", "an-giang",
                "planner", Relation.PARTY)).isTrue();
    }

    @Test
    void theSuccessorReadsItsArchivesAsItsOwnAndNobodyElseDoes() {
        assertThat(allows("GET", KIEN_GIANG_PLAN, "an-giang", "viewer", Relation.NONE)).isTrue();
        assertThat(allows("GET", KIEN_GIANG_UNITS, "an-giang", "planner", Relation.NONE)).isTrue();
        assertThat(allows("GET", "/api/provinces/soc-trang/derived-plans", "can-tho", "viewer", Relation.NONE)).isTrue();
        assertThat(allows("GET", KIEN_GIANG_PLAN, "can-tho", "viewer", Relation.NONE)).as("another successor").isFalse();
        assertThat(allows("GET", "/api/provinces/an-giang/derived-plans", "kien-giang", "viewer", Relation.NONE))
                .as("a predecessor does not read its successor").isFalse();
        assertThat(match("GET", KIEN_GIANG_UNITS).allows("an-giang", Set.of("viewer"), () -> Relation.NONE))
                .as("without the map, nothing changes").isFalse();
    }

    @Test
    void aChainOfSuccessionsIsFollowedToWhereItEndsToday() {
        Archives chain = TestArchives.mekong().merged("an-giang", "Tỉnh An Giang", "mekong", "Vùng Mê Kông",
                LocalDate.of(2030, 1, 1));

        assertThat(chain.archived("kien-giang")).hasValueSatisfying(a -> {
            assertThat(a.succeededBy()).isEqualTo("an-giang");
            assertThat(a.successor()).isEqualTo("mekong");
            assertThat(a.effectiveOn()).isEqualTo(TestArchives.MERGER);
        });
        assertThat(chain.readsArchiveOf("mekong", "kien-giang")).isTrue();
        assertThat(chain.readsArchiveOf("an-giang", "kien-giang")).as("what it read before").isTrue();
        assertThat(chain.readsArchiveOf("can-tho", "kien-giang")).isFalse();
        assertThat(Archives.NONE.readsArchiveOf("an-giang", "kien-giang")).isFalse();
    }

    @Test
    void withNoArchivesEveryCellOfEveryPolicyIsAsBefore() {
        for (Policy policy : Policies.ALL) {
            for (Route route : policy.routes()) {
                Policy.Match match = new Policy.Match(route, java.util.Map.of("provinceId", "kien-giang",
                        "authority", "kien-giang"));
                for (String tenant : new String[] {"kien-giang", "an-giang", "platform", null}) {
                    for (String role : new String[] {Roles.COORDINATOR, Roles.PLANNER, Roles.VIEWER, Roles.PLATFORM_ADMIN}) {
                        for (Relation relation : Relation.values()) {
                            assertThat(match.allows(tenant, Set.of(role), () -> relation, Archives.NONE))
                                    .as(route + " " + tenant + " " + role + " " + relation)
                                    .isEqualTo(route.audience().allows(tenant, Set.of(role), "kien-giang", () -> relation));
                        }
                    }
                }
            }
        }
    }
}

package vn.lienket.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** What each audience means, cell by cell: the rules every check and every access matrix read. */
class AudienceTest {

    static boolean allows(Audience audience, String tenant, String role, String pathAuthority, Relation relation) {
        return audience.allows(tenant, Set.of(role), pathAuthority, () -> relation);
    }

    @Test
    void theLeadsCoordinatorAloneRunsAPlanAndTheGatewayDecidesByRole() {
        assertThat(allows(Audience.LEAD_COORDINATOR, "ho-chi-minh-city", "coordinator", null, Relation.LEAD)).isTrue();
        assertThat(allows(Audience.LEAD_COORDINATOR, "ha-giang", "coordinator", null, Relation.NONE))
                .as("another programme's lead").isFalse();
        assertThat(allows(Audience.LEAD_COORDINATOR, "ho-chi-minh-city", "planner", null, Relation.LEAD))
                .as("the lead's planner").isFalse();
        assertThat(allows(Audience.LEAD_COORDINATOR, "kien-giang", "coordinator", null, Relation.PARTY))
                .as("a member's coordinator").isFalse();
        assertThat(allows(Audience.LEAD_COORDINATOR, "ha-giang", "coordinator", null, Relation.UNKNOWN))
                .as("without the data, a coordinator may be the lead").isTrue();
        assertThat(allows(Audience.LEAD_COORDINATOR, "kien-giang", "planner", null, Relation.UNKNOWN)).isFalse();
    }

    @Test
    void partiesAreTheStaffOfTheLeadAndTheMembersNeverAPlatformAdmin() {
        assertThat(allows(Audience.PARTIES, "kien-giang", "viewer", null, Relation.PARTY)).isTrue();
        assertThat(allows(Audience.PARTIES, "ho-chi-minh-city", "planner", null, Relation.LEAD)).isTrue();
        assertThat(allows(Audience.PARTIES, "lao-cai", "planner", null, Relation.NONE)).isFalse();
        assertThat(allows(Audience.PARTIES, "platform", "platform-admin", null, Relation.PARTY))
                .as("a platform admin reads no plan data").isFalse();
        assertThat(allows(Audience.PARTIES, "lao-cai", "planner", null, Relation.UNKNOWN)).isTrue();
    }

    @Test
    void anAuthoritysOwnDataIsItsOwnAndItsPlannersAloneChangeIt() {
        assertThat(allows(Audience.OWN_AUTHORITY, "kien-giang", "viewer", "kien-giang", Relation.NONE)).isTrue();
        assertThat(allows(Audience.OWN_AUTHORITY, "soc-trang", "coordinator", "kien-giang", Relation.LEAD))
                .as("not even a lead reads another's unit directory").isFalse();
        assertThat(allows(Audience.OWN_EDITORS, "kien-giang", "coordinator", "kien-giang", Relation.NONE)).isTrue();
        assertThat(allows(Audience.OWN_EDITORS, "kien-giang", "viewer", "kien-giang", Relation.NONE)).isFalse();
        assertThat(allows(Audience.OWN_PLANNER, "kien-giang", "planner", "kien-giang", Relation.PARTY)).isTrue();
        assertThat(allows(Audience.OWN_PLANNER, "ho-chi-minh-city", "coordinator", "kien-giang", Relation.LEAD))
                .as("the lead reads a member's plan, never changes it").isFalse();
        assertThat(allows(Audience.OWN_AUTHORITY_OR_LEAD_COORDINATOR, "ho-chi-minh-city", "coordinator", "kien-giang",
                Relation.LEAD)).isTrue();
        assertThat(allows(Audience.OWN_AUTHORITY_OR_LEAD_COORDINATOR, "ha-giang", "coordinator", "kien-giang",
                Relation.NONE)).isFalse();
        assertThat(allows(Audience.OWN_AUTHORITY_OR_LEAD_COORDINATOR, "soc-trang", "planner", "kien-giang",
                Relation.PARTY)).as("a fellow member").isFalse();
    }

    @Test
    void theSuccessorIsOfItsArchivesAuthorityAndNoOneElseBecomesSo() {
        Archives mekong = TestArchives.mekong();
        assertThat(Audience.OWN_AUTHORITY.allows("an-giang", Set.of("viewer"), "kien-giang", () -> Relation.NONE, mekong))
                .isTrue();
        assertThat(Audience.OWN_AUTHORITY_OR_LEAD_COORDINATOR.allows("can-tho", Set.of("planner"), "hau-giang",
                () -> Relation.NONE, mekong)).isTrue();
        assertThat(Audience.OWN_AUTHORITY.allows("can-tho", Set.of("viewer"), "kien-giang", () -> Relation.NONE, mekong))
                .isFalse();
        assertThat(Audience.OWN_AUTHORITY.allows("an-giang", Set.of("viewer"), null, () -> Relation.NONE, mekong)).isFalse();
        assertThat(Audience.OWN_AUTHORITY.allows("an-giang", Set.of("viewer"), "kien-giang", () -> Relation.NONE))
                .as("no map, no archive").isFalse();
    }

    @Test
    void operatorsAndEveryone() {
        assertThat(allows(Audience.PLATFORM_ADMIN, "platform", "platform-admin", null, Relation.NONE)).isTrue();
        assertThat(allows(Audience.PLATFORM_ADMIN, "ho-chi-minh-city", "coordinator", null, Relation.LEAD)).isFalse();
        assertThat(allows(Audience.LEAD_COORDINATOR_OR_PLATFORM_ADMIN, "platform", "platform-admin", null, Relation.NONE))
                .isTrue();
        assertThat(allows(Audience.ANY_CALLER, null, "viewer", null, Relation.NONE)).isTrue();
        assertThat(allows(Audience.AUTHORITY_STAFF, "platform", "platform-admin", null, Relation.NONE)).isFalse();
    }

    @Test
    void theRelationIsAskedOnlyWhenTheAnswerDependsOnIt() {
        assertThat(Audience.OWN_PLANNER.allows("kien-giang", Set.of("planner"), "kien-giang", () -> {
            throw new AssertionError("asked");
        })).isTrue();
        assertThat(Audience.LEAD_COORDINATOR.allows("kien-giang", Set.of("planner"), null, () -> {
            throw new AssertionError("asked for a caller without the role");
        })).isFalse();
    }
}

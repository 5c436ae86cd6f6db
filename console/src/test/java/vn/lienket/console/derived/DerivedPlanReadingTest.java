package vn.lienket.console.derived;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class DerivedPlanReadingTest {

    static final JsonNode PLAN = JsonMapper.builder().build().readTree("""
            {"provinceId":"kien-giang","masterPlanId":"350-kh-ubnd-2024","masterPlanNumber":"350/KH-UBND",
             "masterPlanTitle":"Kế hoạch","programmeId":"hcmc-mekong-tourism","leadAuthority":"ho-chi-minh-city",
             "status":"REVISION_REQUIRED","derivedVersion":1,"basedOnVersion":1,"latestMasterVersion":2,
             "revisionDueDate":"2024-03-31","unpublishedEdits":false,"closedAt":null,"archivedInto":null,
             "baseMaster":[{"code":"1","title":"Quản lý nhà nước","activities":[
                 {"code":"1.1","title":"Diễn đàn","theme":"Du lịch xanh","timeframe":"Tháng 4/2024","location":"Tỉnh Bến Tre"}]},
               {"code":"2","title":"Xúc tiến","activities":[
                 {"code":"2.3","title":"Famtrip","timeframe":"Quý II/2024","location":"Tỉnh Đồng Tháp"},
                 {"code":"2.4","title":"Hội chợ","timeframe":"Quý III/2024","location":"Tỉnh Cà Mau"}]}],
             "latestMaster":[{"code":"1","title":"Quản lý nhà nước","activities":[]},{"code":"2","title":"Xúc tiến","activities":[]},
               {"code":"3","title":"Đào tạo","activities":[]}],
             "pendingChanges":[
               {"changeId":"3.1@v2","activityCode":"3.1","kind":"ADDED","title":"Tập huấn","fields":[{"field":"title","oldValue":null,"newValue":"Tập huấn"}]},
               {"changeId":"2.3@v2","activityCode":"2.3","kind":"CHANGED","title":"Famtrip","fields":[{"field":"location","oldValue":"Tỉnh Đồng Tháp","newValue":"Tỉnh Vĩnh Long"}]},
               {"changeId":"2.4@v2","activityCode":"2.4","kind":"REMOVED","title":"Hội chợ","fields":[]}],
             "activities":[
               {"code":"1.1","masterCode":"1.1","title":"Diễn đàn","theme":"Du lịch xanh","timeframe":"Tháng 5/2024","location":"Tỉnh Bến Tre",
                "leadUnit":"Sở Du lịch tỉnh Kiên Giang","coordinatingUnits":["Hiệp hội Du lịch"],"notes":null,"justification":null,"origin":null},
               {"code":"2.3","masterCode":"2.3","title":"Famtrip","timeframe":"Quý II/2024","location":"Tỉnh Đồng Tháp",
                "leadUnit":"Sở Du lịch tỉnh Kiên Giang","coordinatingUnits":[],"justification":null},
               {"code":"2.4","masterCode":"2.4","title":"Hội chợ","timeframe":"Quý III/2024","location":"Tỉnh Cà Mau","leadUnit":"Sở","coordinatingUnits":[]},
               {"code":"9.1","masterCode":null,"title":"Lễ hội Nghinh Ông","leadUnit":"UBND huyện","coordinatingUnits":[]}],
             "deviations":[{"activityCode":"1.1","field":"timeframe","masterValue":"Tháng 4/2024","localValue":"Tháng 5/2024","justified":false}],
             "progressByActivity":[{"activityCode":"1.1","current":{"status":"IN_PROGRESS"},"history":[
               {"activityCode":"1.1","status":"IN_PROGRESS","asOf":"2024-05-02","note":"Đã mời","reportedAt":"2024-05-02T03:00:00Z","reportedBy":"minh.tran"},
               {"activityCode":"1.1","status":"NOT_STARTED","asOf":"2024-04-01","note":null,"reportedAt":"2024-04-01T03:00:00Z","reportedBy":"minh.tran"}]}],
             "consolidation":[]}
            """);

    @Test
    void pendingChangesAreGroupedBySectionInTheMastersOrder() {
        DerivedPlanView plan = DerivedPlanReading.read(PLAN, "\"7\"");

        assertThat(plan.changeGroups()).extracting(DerivedPlanView.ChangeGroup::sectionCode).containsExactly("2", "3");
        assertThat(plan.changeGroups().get(0).sectionTitle()).isEqualTo("Xúc tiến");
        assertThat(plan.changeGroups().get(0).changes()).extracting(DerivedPlanView.PendingChange::changeId)
                .containsExactly("2.3@v2", "2.4@v2");
        assertThat(plan.changeGroups().get(1).sectionTitle()).isEqualTo("Đào tạo");
        assertThat(plan.pendingChanges().get(0).fields().get(0))
                .isEqualTo(new DerivedPlanView.FieldChange("location", "Tỉnh Đồng Tháp", "Tỉnh Vĩnh Long"));
        assertThat(plan.etag()).isEqualTo("\"7\"");
        assertThat(plan.revising()).isTrue();
        assertThat(plan.publishedVersions()).as("numbered up to the plan's own").containsExactly(1);
    }

    @Test
    void dropIsOfferedOnlyForAnActivityTheMasterRemoved() {
        DerivedPlanView plan = DerivedPlanReading.read(PLAN, null);

        assertThat(plan.pendingChanges()).filteredOn(c -> c.kind().equals("REMOVED"))
                .allSatisfy(c -> assertThat(c.decisions()).containsExactly("ADOPT", "ADAPT", "DROP"));
        assertThat(plan.pendingChanges()).filteredOn(c -> !c.kind().equals("REMOVED"))
                .allSatisfy(c -> assertThat(c.decisions()).containsExactly("ADOPT", "ADAPT"));
    }

    @Test
    void activitiesCarryTheirDeviationsTheMasterTheyFollowAndTheirProgress() {
        DerivedPlanView plan = DerivedPlanReading.read(PLAN, null);
        DerivedPlanView.Activity forum = plan.activities().get(0);

        assertThat(forum.deviates()).isTrue();
        assertThat(forum.unjustified()).isTrue();
        assertThat(forum.deviatesIn("timeframe")).isTrue();
        assertThat(forum.deviatesIn("location")).isFalse();
        assertThat(forum.master().timeframe()).isEqualTo("Tháng 4/2024");
        assertThat(forum.coordinatingUnitsText()).isEqualTo("Hiệp hội Du lịch");
        assertThat(forum.notes()).isNull();
        assertThat(forum.progress().current().status()).isEqualTo("IN_PROGRESS");
        assertThat(forum.progress().history()).hasSize(2);
        assertThat(plan.activities().get(1).deviates()).isFalse();
        assertThat(plan.activities().get(1).progress().current()).isNull();
        assertThat(plan.deviationCount()).isEqualTo(1);
        assertThat(plan.unjustifiedCount()).isEqualTo(1);
    }

    @Test
    void anActivityOfTheProvincesOwnUnderNoMasterSectionIsGroupedAsLocal() {
        DerivedPlanView plan = DerivedPlanReading.read(PLAN, null);

        List<DerivedPlanView.ActivityGroup> groups = plan.activityGroups();
        assertThat(groups).extracting(DerivedPlanView.ActivityGroup::sectionCode).containsExactly("1", "2", "");
        DerivedPlanView.ActivityGroup local = groups.get(2);
        assertThat(local.sectionTitle()).isEqualTo(DerivedPlanReading.LOCAL_SECTION);
        assertThat(local.activities()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo("9.1");
            assertThat(a.local()).isTrue();
            assertThat(a.master()).isNull();
        });
    }

    @Test
    void aSectionIsTheCodeBeforeItsFirstDot() {
        assertThat(DerivedPlanReading.sectionOf("2.3")).isEqualTo("2");
        assertThat(DerivedPlanReading.sectionOf("12.3.1")).isEqualTo("12");
        assertThat(DerivedPlanReading.sectionOf("7")).isEqualTo("7");
        assertThat(DerivedPlanReading.sectionOf(null)).isEmpty();
    }
}

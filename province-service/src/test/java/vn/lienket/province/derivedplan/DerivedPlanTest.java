package vn.lienket.province.derivedplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienket.province.derivedplan.MasterVersions.next;
import static vn.lienket.province.derivedplan.MasterVersions.plan350v1;
import static vn.lienket.province.derivedplan.MasterVersions.with;
import static vn.lienket.province.derivedplan.MasterVersions.withLocation;
import static vn.lienket.province.derivedplan.MasterVersions.without;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.lienket.contracts.ActivitySnapshot;
import vn.lienket.contracts.ChangeKind;
import vn.lienket.contracts.DerivedPlanCreated;
import vn.lienket.contracts.DerivedPlanRevised;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.contracts.FieldChange;
import vn.lienket.contracts.MasterPlanVersionPublished;
import vn.lienket.contracts.PendingChange;
import vn.lienket.support.web.ApiException;

class DerivedPlanTest {

    static final String KIEN_GIANG_UNIT = "Sở Du lịch tỉnh Kiên Giang";
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    final MasterPlanVersionPublished v1 = plan350v1();
    final MasterPlanVersionPublished v2 = next(v1, withLocation(v1.sections(), "2.3", "Tỉnh Vĩnh Long"));

    static DerivedPlan derived(MasterPlanVersionPublished version) {
        return DerivedPlan.derive(version, "kien-giang", KIEN_GIANG_UNIT, NOW).plan();
    }

    @Test
    void theFirstVersionAProvinceReceivesBecomesItsPlanLedByItsTourismUnit() {
        DerivedPlanChange change = DerivedPlan.derive(v1, "kien-giang", KIEN_GIANG_UNIT, NOW);

        assertThat(change.plan().status()).isEqualTo(DerivedPlanStatus.UP_TO_DATE);
        assertThat(change.plan().activities()).hasSize(13)
                .allSatisfy(a -> assertThat(a.leadUnit()).isEqualTo(KIEN_GIANG_UNIT));
        assertThat(change.events()).singleElement().isInstanceOf(DerivedPlanCreated.class);
    }

    @Test
    void aNewVersionRequiresRevisionWithTheChangeAndTheDueDate() {
        DerivedPlanChange change = derived(v1).receive(v2, NOW);

        assertThat(change.plan().status()).isEqualTo(DerivedPlanStatus.REVISION_REQUIRED);
        assertThat(change.plan().revisionDueDate()).isEqualTo(MasterVersions.DUE);
        assertThat(change.plan().pendingChanges()).containsExactly(new PendingChange("2.3@v2", "2.3", ChangeKind.CHANGED,
                v1.sections().get(1).activities().get(2).title(),
                List.of(new FieldChange("location", "Tỉnh Tiền Giang", "Tỉnh Vĩnh Long"))));
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(DerivedPlanRevisionRequired.class,
                e -> assertThat(e.masterVersion()).isEqualTo(2));
    }

    @Test
    void theRevisionRequiredNamesTheUnitsOfTheAffectedActivitiesOnly() {
        DerivedPlan plan = derived(v1).editActivity("2.3", new LocalFields(KIEN_GIANG_UNIT,
                List.of("Báo Kiên Giang", "Đài Phát thanh và Truyền hình Kiên Giang"), null, null, null, null, null), NOW)
                .editActivity("1.1", new LocalFields(KIEN_GIANG_UNIT, List.of("Sở Tài chính"), null, null, null, null, null), NOW);

        DerivedPlanChange change = plan.receive(v2, NOW);

        assertThat(change.events()).singleElement().isInstanceOfSatisfying(DerivedPlanRevisionRequired.class,
                e -> assertThat(e.affectedUnits()).containsExactly(KIEN_GIANG_UNIT, "Báo Kiên Giang",
                        "Đài Phát thanh và Truyền hình Kiên Giang"));
    }

    @Test
    void aVersionAlreadySeenIsNotNews() {
        DerivedPlan plan = derived(v1).receive(v2, NOW).plan();

        assertThat(plan.isNew(v2)).isFalse();
        assertThat(plan.isNew(v1)).isFalse();
    }

    @Test
    void pendingChangesAreTheNetChangesSinceTheBasedOnVersion() {
        ActivitySnapshot extra = new ActivitySnapshot("2.4", "Famtrip Đồng bằng", null, "Quý IV/2024", "Tỉnh Cà Mau");
        MasterPlanVersionPublished v3 = next(v2, with(withLocation(v2.sections(), "2.3", "Tỉnh Bến Tre"), extra));
        MasterPlanVersionPublished v4 = next(v3, without(v3.sections(), "2.4"));

        DerivedPlan plan = derived(v1).receive(v2, NOW).plan().receive(v3, NOW).plan().receive(v4, NOW).plan();

        assertThat(plan.pendingChanges()).singleElement().satisfies(c -> {
            assertThat(c.changeId()).isEqualTo("2.3@v4");
            assertThat(c.fields()).containsExactly(new FieldChange("location", "Tỉnh Tiền Giang", "Tỉnh Bến Tre"));
        });
    }

    @Test
    void adoptingTheChangeTakesTheMastersValueAndKeepsLocalFields() {
        DerivedPlanChange revised = derived(v1).receive(v2, NOW).plan()
                .publish(List.of(new Resolution("2.3@v2", Decision.ADOPT, null)), "kien-giang", TODAY, NOW);

        DerivedPlan plan = revised.plan();
        assertThat(plan.status()).isEqualTo(DerivedPlanStatus.UP_TO_DATE);
        assertThat(plan.basedOnVersion()).isEqualTo(2);
        assertThat(plan.derivedVersion()).isEqualTo(2);
        assertThat(plan.history()).hasSize(2);
        assertThat(plan.activities()).filteredOn(a -> a.code().equals("2.3")).singleElement().satisfies(a -> {
            assertThat(a.location()).isEqualTo("Tỉnh Vĩnh Long");
            assertThat(a.leadUnit()).isEqualTo(KIEN_GIANG_UNIT);
        });
        assertThat(revised.events()).singleElement().isInstanceOfSatisfying(DerivedPlanRevised.class, e -> {
            assertThat(e.basedOnVersion()).isEqualTo(2);
            assertThat(e.onTime()).isTrue();
        });
    }

    @Test
    void aRevisionAfterTheDueDateIsLate() {
        DerivedPlanChange revised = derived(v1).receive(v2, NOW).plan()
                .publish(List.of(new Resolution("2.3@v2", Decision.ADOPT, null)), "kien-giang",
                        MasterVersions.DUE.plusDays(1), NOW);

        assertThat(((DerivedPlanRevised) revised.events().get(0)).onTime()).isFalse();
    }

    @Test
    void droppingARemovedActivityRemovesIt() {
        MasterPlanVersionPublished removed = next(v1, without(v1.sections(), "6.1"));
        DerivedPlan plan = derived(v1).receive(removed, NOW).plan()
                .publish(List.of(new Resolution("6.1@v2", Decision.DROP, null)), "kien-giang", TODAY, NOW).plan();

        assertThat(plan.activities()).extracting(DerivedActivity::code).doesNotContain("6.1").hasSize(12);
    }

    @Test
    void anUnresolvedChangeIsRefusedWith422ListingIt() {
        DerivedPlan plan = derived(v1).receive(v2, NOW).plan();

        assertThatThrownBy(() -> plan.publish(List.of(), "kien-giang", TODAY, NOW))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(422);
                    assertThat(e.getMessage()).contains("2.3@v2");
                });
    }

    @Test
    void anUnknownChangeOrAnAdaptWithoutJustificationIs400NamingTheField() {
        DerivedPlan plan = derived(v1).receive(v2, NOW).plan();

        assertThatThrownBy(() -> plan.publish(List.of(new Resolution("9.9@v2", Decision.ADOPT, null)), "kien-giang", TODAY, NOW))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.field()).isEqualTo("resolutions[0].changeId"));
        assertThatThrownBy(() -> plan.publish(List.of(new Resolution("2.3@v2", Decision.ADAPT, " ")), "kien-giang", TODAY, NOW))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.field()).isEqualTo("resolutions[0].note"));
        assertThatThrownBy(() -> plan.publish(List.of(new Resolution("2.3@v2", Decision.DROP, null)), "kien-giang", TODAY, NOW))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.field()).isEqualTo("resolutions[0].decision"));
    }

    @Test
    void aPlanThatIsUpToDateHasNothingToRevise() {
        assertThatThrownBy(() -> derived(v1).publish(List.of(), "kien-giang", TODAY, NOW))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(409));
    }

    static LocalFields local(String timeframe, String location, String justification) {
        return new LocalFields("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", List.of("Hiệp hội Du lịch tỉnh Kiên Giang"),
                "Du lịch xanh - Phát triển bền vững", timeframe, location, null, justification);
    }

    @Test
    void aNarrowerTimeframeAndALocalPlaceInAManyPlaceActivityConform() {
        DerivedPlan plan = derived(v1).editActivity("2.2", new LocalFields("Sở Du lịch", List.of(), "Nâng tầm điểm đến - Kết nối hành trình",
                "Tháng 6/2024", "Thành phố Phú Quốc", null, null), NOW);

        assertThat(plan.deviations()).isEmpty();
        assertThat(plan.hasUnpublishedEdits()).isTrue();
        DerivedPlanChange published = plan.publish(List.of(), "kien-giang", TODAY, NOW);
        assertThat(published.plan().derivedVersion()).isEqualTo(2);
        assertThat(published.plan().basedOnVersion()).isEqualTo(1);
        assertThat(published.events()).as("a local edit tells nobody").isEmpty();
    }

    @Test
    void aTimeframeOutsideTheMastersOrAnotherPlaceIsADeviationThatNeedsAJustification() {
        DerivedPlan late = derived(v1).editActivity("1.1", local("Tháng 5/2024", "Tỉnh Bến Tre", null), NOW);
        DerivedPlan moved = derived(v1).editActivity("1.1", local("Tháng 4/2024", "Tỉnh Kiên Giang", null), NOW);

        assertThat(late.deviations()).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo("timeframe");
            assertThat(d.masterValue()).isEqualTo("Tháng 4/2024");
            assertThat(d.justified()).isFalse();
        });
        assertThat(moved.deviations()).extracting(Deviation::field).containsExactly("location");
        assertThatThrownBy(() -> late.publish(List.of(), "kien-giang", TODAY, NOW))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(422);
                    assertThat(e.getMessage()).contains("1.1");
                });

        DerivedPlan justified = late.editActivity("1.1", local("Tháng 5/2024", "Tỉnh Bến Tre", "Diễn đàn dời sang tháng 5"), NOW);
        assertThat(justified.deviations()).singleElement().satisfies(d -> assertThat(d.justified()).isTrue());
        assertThat(justified.publish(List.of(), "kien-giang", TODAY, NOW).plan().history()).hasSize(2);
    }

    @Test
    void aProvincesOwnActivityIsNotADeviationAndCannotTakeAMasterNumber() {
        DerivedPlan plan = derived(v1).addActivity(new LocalActivity("7.1", "Lễ hội Nghinh Ông Phú Quốc",
                local("Tháng 8/2024", "Thành phố Phú Quốc", null)), NOW);

        assertThat(plan.activities()).extracting(DerivedActivity::code).endsWith("7.1");
        assertThat(plan.deviations()).isEmpty();
        assertThatThrownBy(() -> plan.addActivity(new LocalActivity("2.3", "x", local(null, null, null)), NOW))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(409));
    }

    @Test
    void adaptingAChangeKeepsTheLocalVariantJustifiedByTheNote() {
        DerivedPlan plan = derived(v1).receive(v2, NOW).plan()
                .publish(List.of(new Resolution("2.3@v2", Decision.ADAPT, "Giữ tại Tiền Giang theo thỏa thuận")),
                        "kien-giang", TODAY, NOW).plan();

        assertThat(plan.activities()).filteredOn(a -> a.code().equals("2.3")).singleElement()
                .satisfies(a -> assertThat(a.location()).isEqualTo("Tỉnh Tiền Giang"));
        assertThat(plan.deviations()).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo("location");
            assertThat(d.justified()).isTrue();
        });
    }

    @Test
    void aProgressReportIsKeptAndToldToTheLeadAuthorityTracedToTheMasterActivity() {
        DerivedPlanChange reported = derived(v1).reportProgress("5.1",
                new ProgressReport(null, ProgressStatus.IN_PROGRESS, null, "Đã phát động cuộc thi", null, null, null),
                "kien-giang", TODAY, NOW);

        assertThat(reported.plan().progress()).singleElement().satisfies(r -> {
            assertThat(r.activityCode()).isEqualTo("5.1");
            assertThat(r.asOf()).as("defaults to today").isEqualTo(TODAY);
        });
        assertThat(reported.events()).singleElement().isInstanceOfSatisfying(
                vn.lienket.contracts.ActivityProgressReported.class, e -> {
                    assertThat(e.masterActivityCode()).isEqualTo("5.1");
                    assertThat(e.status()).isEqualTo("IN_PROGRESS");
                });
        assertThatThrownBy(() -> derived(v1).reportProgress("9.9",
                new ProgressReport(null, ProgressStatus.DONE, null, null, null, null, null), "kien-giang", TODAY, NOW))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(404));
    }
}

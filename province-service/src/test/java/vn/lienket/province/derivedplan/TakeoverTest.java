package vn.lienket.province.derivedplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienket.province.derivedplan.MasterVersions.next;
import static vn.lienket.province.derivedplan.MasterVersions.plan350v1;
import static vn.lienket.province.derivedplan.MasterVersions.withLocation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import vn.lienket.contracts.DerivedPlanRevised;
import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.contracts.DerivedPlanTakenOver;
import vn.lienket.contracts.MasterPlanVersionPublished;
import vn.lienket.support.web.ApiException;

/** The rules of a takeover: one source carries over as it was; several are consolidated, activity by activity. */
class TakeoverTest {

    static final Instant T0 = Instant.parse("2025-03-01T02:00:00Z");
    static final Instant T1 = Instant.parse("2025-04-01T02:00:00Z");
    static final Instant T2 = Instant.parse("2025-05-01T02:00:00Z");
    static final Instant NOW = Instant.parse("2025-07-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2025, 7, 1);
    static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

    final MasterPlanVersionPublished v1 = plan350v1();
    final MasterPlanVersionPublished v2 = next(v1, withLocation(v1.sections(), "2.3", "Tỉnh Vĩnh Long"));

    static DerivedPlan derived(MasterPlanVersionPublished version, String province, Instant at) {
        return DerivedPlan.derive(version, province, "Sở Du lịch " + province, at).plan();
    }

    static Takeover.Succession into(String successor) {
        return new Takeover.Succession(successor + "@2025-07-01", successor, EFFECTIVE, "ho-chi-minh-city");
    }

    static LocalFields fields(String lead) {
        return new LocalFields(lead, List.of(), null, null, null, null, null);
    }

    static LocalActivity local(String code, String title, String lead) {
        return new LocalActivity(code, title, fields(lead));
    }

    @Test
    void oneSourceIsTheSuccessorsPlanAsItWasEveryVersionAndReportMarkedWithItsOrigin() {
        DerivedPlan kienGiang = derived(v1, "kien-giang", T0).receive(v2, T1).plan()
                .publish(List.of(new Resolution("2.3@v2", Decision.ADOPT, "theo kế hoạch")), "kien-giang-planner",
                        TODAY, T1).plan()
                .reportProgress("2.3", new ProgressReport(null, ProgressStatus.IN_PROGRESS, null, "đang làm", null, null,
                        null), "kien-giang-planner", TODAY, T2).plan();

        DerivedPlanChange change = Takeover.of(into("an-giang"), null,
                List.of(new Takeover.Source("kien-giang", kienGiang)), NOW);

        DerivedPlan plan = change.plan();
        assertThat(plan.provinceId()).isEqualTo("an-giang");
        assertThat(plan.status()).isEqualTo(DerivedPlanStatus.UP_TO_DATE);
        assertThat(plan.derivedVersion()).isEqualTo(2);
        assertThat(plan.basedOnVersion()).isEqualTo(2);
        assertThat(plan.consolidation()).isEmpty();
        assertThat(plan.history()).extracting(DerivedVersion::number, DerivedVersion::origin, DerivedVersion::originNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "kien-giang", 1),
                        org.assertj.core.groups.Tuple.tuple(2, "kien-giang", 2));
        assertThat(plan.history().get(1).resolutions()).extracting(Resolution::changeId).containsExactly("2.3@v2");
        assertThat(plan.progress()).singleElement().satisfies(r -> {
            assertThat(r.origin()).isEqualTo("kien-giang");
            assertThat(r.note()).isEqualTo("đang làm");
        });
        assertThat(plan.activities()).allSatisfy(a -> assertThat(a.origin()).isEqualTo("kien-giang"));
        assertThat(plan.hasUnpublishedEdits()).isFalse();
        assertThat(plan.takenOver()).singleElement().satisfies(t -> {
            assertThat(t.from()).isEqualTo("kien-giang");
            assertThat(t.successionId()).isEqualTo("an-giang@2025-07-01");
        });
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(DerivedPlanTakenOver.class, e -> {
            assertThat(e.provinceId()).isEqualTo("an-giang");
            assertThat(e.predecessors()).containsExactly("kien-giang");
            assertThat(e.status()).isEqualTo(DerivedPlanTakenOver.UP_TO_DATE);
            assertThat(e.basedOnVersion()).isEqualTo(2);
            assertThat(e.activitiesToConsolidate()).isZero();
        });
        // the predecessor's plan itself is left as it was
        assertThat(kienGiang.provinceId()).isEqualTo("kien-giang");
    }

    @Test
    void anOpenRevisionCarriesOverWithItsDueDateAndPendingChanges() {
        DerivedPlan kienGiang = derived(v1, "kien-giang", T0).receive(v2, T1).plan();

        DerivedPlanChange change = Takeover.of(into("an-giang"), null,
                List.of(new Takeover.Source("kien-giang", kienGiang)), NOW);

        assertThat(change.plan().status()).isEqualTo(DerivedPlanStatus.REVISION_REQUIRED);
        assertThat(change.plan().revisionDueDate()).isEqualTo(MasterVersions.DUE);
        assertThat(change.plan().pendingChanges()).extracting(c -> c.changeId()).containsExactly("2.3@v2");
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(DerivedPlanTakenOver.class, e -> {
            assertThat(e.status()).isEqualTo(DerivedPlanTakenOver.REVISION_REQUIRED);
            assertThat(e.revisionDueDate()).isEqualTo(MasterVersions.DUE);
            assertThat(e.pendingChanges()).isEqualTo(1);
            assertThat(e.latestMasterVersion()).isEqualTo(2);
        });
        // and the successor resolves it as its predecessor would have
        DerivedPlanChange revised = change.plan().publish(List.of(new Resolution("2.3@v2", Decision.ADOPT, null)),
                "an-giang-planner", TODAY, NOW);
        assertThat(revised.plan().history()).extracting(DerivedVersion::origin).containsExactly("kien-giang", null);
    }

    /** Cần Thơ with Hậu Giang and Sóc Trăng: three plans of plan 350, one in consolidation. */
    DerivedPlanChange canThoTakesOver() {
        DerivedPlan canTho = derived(v1, "can-tho", T0).addActivity(local("9.1", "Lễ hội Bánh dân gian", "Sở Du lịch can-tho"), T0);
        canTho = canTho.publish(List.of(), "can-tho-planner", TODAY, T0).plan();
        DerivedPlan hauGiang = derived(v1, "hau-giang", T1).addActivity(local("9.1", "Chợ nổi Ngã Bảy", "Sở Du lịch hau-giang"), T1);
        hauGiang = hauGiang.publish(List.of(), "hau-giang-planner", TODAY, T1).plan()
                .reportProgress("9.1", new ProgressReport(null, ProgressStatus.DONE, null, "xong", null, null, null),
                        "hau-giang-planner", TODAY, T1).plan();
        DerivedPlan socTrang = derived(v1, "soc-trang", T2).addActivity(local("9.2", "Lễ hội Oóc Om Bóc", "Sở Du lịch soc-trang"), T2);
        socTrang = socTrang.publish(List.of(), "soc-trang-planner", TODAY, T2).plan();
        return Takeover.of(into("can-tho"), canTho, List.of(new Takeover.Source("hau-giang", hauGiang),
                new Takeover.Source("soc-trang", socTrang)), NOW);
    }

    @Test
    void threeSourcesBecomeOnePlanConsolidatingEveryMasterActivityWithItsCandidates() {
        DerivedPlanChange change = canThoTakesOver();
        DerivedPlan plan = change.plan();

        assertThat(plan.status()).isEqualTo(DerivedPlanStatus.CONSOLIDATING);
        assertThat(plan.consolidation()).hasSize(13).allSatisfy(c -> {
            assertThat(c.settled()).isFalse();
            assertThat(c.candidates()).extracting(Consolidation.Candidate::origin)
                    .containsExactly("can-tho", "hau-giang", "soc-trang");
        });
        assertThat(plan.consolidation().get(0).candidates().get(1).fields().leadUnit()).isEqualTo("Sở Du lịch hau-giang");
        // Cần Thơ's own versions keep their numbers and no origin; the predecessors' follow in the order they were published
        assertThat(plan.history()).extracting(DerivedVersion::origin)
                .containsExactly(null, null, "hau-giang", "hau-giang", "soc-trang", "soc-trang");
        assertThat(plan.history()).extracting(DerivedVersion::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(plan.history()).extracting(DerivedVersion::originNumber).containsExactly(null, null, 1, 2, 1, 2);
        assertThat(plan.derivedVersion()).isEqualTo(6);
        assertThat(plan.takenOver()).extracting(TakenOver::from).containsExactly("hau-giang", "soc-trang");
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(DerivedPlanTakenOver.class, e -> {
            assertThat(e.status()).isEqualTo(DerivedPlanTakenOver.CONSOLIDATING);
            assertThat(e.predecessors()).containsExactly("hau-giang", "soc-trang");
            assertThat(e.activitiesToConsolidate()).isEqualTo(13);
            assertThat(e.pendingChanges()).isZero();
        });
    }

    @Test
    void localActivitiesAreKeptWithTheirOriginACodeTakenAlreadyGetsThePredecessorAsSuffix() {
        DerivedPlan plan = canThoTakesOver().plan();

        assertThat(plan.activities()).filteredOn(a -> a.masterCode() == null)
                .extracting(DerivedActivity::code, DerivedActivity::origin, DerivedActivity::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("9.1", null, "Lễ hội Bánh dân gian"),
                        org.assertj.core.groups.Tuple.tuple("9.1.haugiang", "hau-giang", "Chợ nổi Ngã Bảy"),
                        org.assertj.core.groups.Tuple.tuple("9.2", "soc-trang", "Lễ hội Oóc Om Bóc"));
        assertThat(plan.takenOver()).filteredOn(t -> t.from().equals("hau-giang")).singleElement()
                .satisfies(t -> assertThat(t.renamed()).containsExactly(new TakenOver.Renamed("9.1", "9.1.haugiang")));
        // its report follows the activity to its new code
        assertThat(plan.progress()).singleElement().satisfies(r -> {
            assertThat(r.activityCode()).isEqualTo("9.1.haugiang");
            assertThat(r.origin()).isEqualTo("hau-giang");
        });
        assertThat(Takeover.uniqueCode("9.1", "hau-giang", Set.of("9.1.haugiang"))).isEqualTo("9.1.haugiang2");
    }

    @Test
    void publishingIsRefusedUntilEveryActivityIsConsolidatedThenItPublishesAsARevision() {
        DerivedPlan plan = canThoTakesOver().plan();
        List<String> codes = plan.consolidation().stream().map(Consolidation::masterCode).toList();

        assertThatThrownBy(() -> plan.publish(List.of(), "can-tho-planner", TODAY, NOW))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                    assertThat(e.errors()).hasSize(13).first()
                            .isEqualTo(Map.of("activityCode", codes.get(0), "message", "not consolidated"));
                });

        DerivedPlan settled = plan.consolidate(codes.get(0), "hau-giang", null, "can-tho-planner", NOW);
        assertThat(settled.activities()).filteredOn(a -> a.code().equals(codes.get(0))).singleElement().satisfies(a -> {
            assertThat(a.leadUnit()).isEqualTo("Sở Du lịch hau-giang");
            assertThat(a.origin()).isEqualTo("hau-giang");
        });
        assertThat(settled.toConsolidate()).hasSize(12);
        DerivedPlan almost = settled;
        for (String code : codes.subList(1, codes.size() - 1)) {
            almost = almost.consolidate(code, "can-tho", null, "can-tho-planner", NOW);
        }
        DerivedPlan lastOne = almost;
        assertThatThrownBy(() -> lastOne.publish(List.of(), "can-tho-planner", TODAY, NOW))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors()).singleElement()
                        .isEqualTo(Map.of("activityCode", codes.get(12), "message", "not consolidated")));
        LocalFields candidate = lastOne.consolidation().get(12).candidates().get(0).fields();
        LocalFields own = new LocalFields("Sở Văn hóa, Thể thao và Du lịch Cần Thơ", List.of("Sở Du lịch hau-giang"),
                candidate.theme(), candidate.timeframe(), candidate.location(), "gộp ba tỉnh", null);
        DerivedPlan all = lastOne.consolidate(codes.get(12), null, own, "can-tho-planner", NOW);
        assertThat(all.activities()).filteredOn(a -> a.code().equals(codes.get(12))).singleElement()
                .satisfies(a -> {
                    assertThat(a.origin()).isNull();
                    assertThat(a.leadUnit()).isEqualTo("Sở Văn hóa, Thể thao và Du lịch Cần Thơ");
                });
        assertThat(all.consolidation().get(12).chosen()).isNull();
        assertThat(all.consolidation().get(0).chosen()).isEqualTo("hau-giang");

        DerivedPlanChange published = all.publish(List.of(), "can-tho-planner", TODAY, NOW);
        assertThat(published.plan().status()).isEqualTo(DerivedPlanStatus.UP_TO_DATE);
        assertThat(published.plan().derivedVersion()).isEqualTo(7);
        assertThat(published.plan().consolidation()).allSatisfy(c -> assertThat(c.settled()).isTrue());
        assertThat(published.events()).singleElement().isInstanceOfSatisfying(DerivedPlanRevised.class,
                e -> assertThat(e.derivedVersion()).isEqualTo(7));
    }

    @Test
    void aSettlementNamesEitherACandidateOrItsOwnFieldsOnAPlanBeingConsolidated() {
        DerivedPlan plan = canThoTakesOver().plan();
        String code = plan.consolidation().get(0).masterCode();

        assertThatThrownBy(() -> plan.consolidate(code, "bac-lieu", null, "p", NOW))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.field()).isEqualTo("keep");
                });
        assertThatThrownBy(() -> plan.consolidate(code, "can-tho", fields("x"), "p", NOW))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST));
        assertThatThrownBy(() -> plan.consolidate("99.9", "can-tho", null, "p", NOW))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThatThrownBy(() -> plan.editActivity(code, fields("x"), NOW))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
        assertThatThrownBy(() -> derived(v1, "can-tho", T0).consolidate(code, "can-tho", null, "p", NOW))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
    }

    @Test
    void aNewVersionWhileConsolidatingAddsPendingChangesAndKeepsTheConsolidation() {
        DerivedPlan plan = canThoTakesOver().plan().consolidate("1.1", "soc-trang", null, "can-tho-planner", NOW);

        DerivedPlanChange received = plan.receive(v2, NOW);

        DerivedPlan after = received.plan();
        assertThat(after.status()).isEqualTo(DerivedPlanStatus.CONSOLIDATING);
        assertThat(after.pendingChanges()).extracting(c -> c.changeId()).containsExactly("2.3@v2");
        assertThat(after.consolidation()).isEqualTo(plan.consolidation());
        assertThat(after.latestMasterVersion()).isEqualTo(2);
        assertThat(received.events()).singleElement().isInstanceOf(DerivedPlanRevisionRequired.class);

        DerivedPlan all = after;
        for (String code : after.toConsolidate()) {
            all = all.consolidate(code, "can-tho", null, "can-tho-planner", NOW);
        }
        DerivedPlan settled = all;
        assertThatThrownBy(() -> settled.publish(List.of(), "can-tho-planner", TODAY, NOW))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).contains("2.3@v2"));
        DerivedPlanChange published = settled.publish(List.of(new Resolution("2.3@v2", Decision.ADOPT, null)),
                "can-tho-planner", TODAY, NOW);
        assertThat(published.plan().status()).isEqualTo(DerivedPlanStatus.UP_TO_DATE);
        assertThat(published.plan().basedOnVersion()).isEqualTo(2);
        assertThat(published.plan().activities()).filteredOn(a -> a.code().equals("2.3")).singleElement()
                .satisfies(a -> assertThat(a.location()).isEqualTo("Tỉnh Vĩnh Long"));
    }

    @Test
    void sourcesAtDifferentBasesAreConsolidatedAtTheMostRecentWithTheRevisionStillOpen() {
        DerivedPlan anGiang = derived(v1, "an-giang", T0).receive(v2, T1).plan();
        DerivedPlan kienGiang = derived(v1, "kien-giang", T0).receive(v2, T1).plan()
                .publish(List.of(new Resolution("2.3@v2", Decision.ADOPT, null)), "kien-giang-planner", TODAY, T2).plan();

        DerivedPlan plan = Takeover.of(into("an-giang"), anGiang, List.of(new Takeover.Source("kien-giang", kienGiang)),
                NOW).plan();

        assertThat(plan.status()).isEqualTo(DerivedPlanStatus.CONSOLIDATING);
        assertThat(plan.basedOnVersion()).isEqualTo(2);
        assertThat(plan.pendingChanges()).isEmpty();
        assertThat(plan.history()).extracting(DerivedVersion::origin).containsExactly(null, "kien-giang", "kien-giang");
    }
}

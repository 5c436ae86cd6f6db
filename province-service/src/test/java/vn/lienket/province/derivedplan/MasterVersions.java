package vn.lienket.province.derivedplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.lienket.contracts.ActivitySnapshot;
import vn.lienket.contracts.MasterPlanVersionPublished;
import vn.lienket.contracts.PlanChanges;
import vn.lienket.contracts.SectionSnapshot;
import vn.lienket.fixtures.ProgrammeFixture;

/** Object mother: published versions of plan 350/KH-UBND, built from the shared fixture. */
public final class MasterVersions {

    public static final String PLAN_350 = "350-kh-ubnd-2024";
    public static final LocalDate DUE = LocalDate.of(2099, 12, 15);
    static final ProgrammeFixture FIXTURE = ProgrammeFixture.hcmcMekong2024();

    private MasterVersions() {
    }

    public static MasterPlanVersionPublished plan350v1() {
        return plan350v1(PLAN_350);
    }

    /** Version 1 of plan 350 under another id, so tests sharing a store do not meet. */
    public static MasterPlanVersionPublished plan350v1(String planId) {
        List<SectionSnapshot> sections = FIXTURE.masterPlan().snapshots();
        return new MasterPlanVersionPublished(UUID.randomUUID().toString(), Instant.now(), FIXTURE.programme().id(),
                FIXTURE.programme().leadAuthority(), FIXTURE.programme().members(), planId,
                FIXTURE.masterPlan().number(), FIXTURE.masterPlan().title(), 1, null, null, sections, PlanChanges.between(List.of(), sections));
    }

    /** The next version with these sections, changes computed from the previous one. */
    public static MasterPlanVersionPublished next(MasterPlanVersionPublished previous, List<SectionSnapshot> sections) {
        return new MasterPlanVersionPublished(UUID.randomUUID().toString(), Instant.now(), previous.programmeId(),
                previous.leadAuthority(), previous.members(), previous.planId(), previous.planNumber(),
                previous.planTitle(), previous.version() + 1, DUE, null, sections,
                PlanChanges.between(previous.sections(), sections));
    }

    public static List<SectionSnapshot> withLocation(List<SectionSnapshot> sections, String code, String location) {
        return sections.stream().map(s -> new SectionSnapshot(s.code(), s.title(), s.activities().stream()
                .map(a -> a.code().equals(code) ? a.withLocation(location) : a)
                .toList())).toList();
    }

    public static List<SectionSnapshot> without(List<SectionSnapshot> sections, String code) {
        return sections.stream().map(s -> new SectionSnapshot(s.code(), s.title(),
                s.activities().stream().filter(a -> !a.code().equals(code)).toList())).toList();
    }

    public static List<SectionSnapshot> with(List<SectionSnapshot> sections, ActivitySnapshot added) {
        String section = added.code().substring(0, added.code().indexOf('.'));
        return sections.stream().map(s -> {
            if (!s.code().equals(section)) {
                return s;
            }
            List<ActivitySnapshot> activities = new java.util.ArrayList<>(s.activities());
            activities.add(added);
            return new SectionSnapshot(s.code(), s.title(), activities);
        }).toList();
    }
}

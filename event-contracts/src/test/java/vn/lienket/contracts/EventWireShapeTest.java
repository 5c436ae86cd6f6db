package vn.lienket.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The producer's contract: these payloads are what consumers parse. A change that alters a field's
 * name or type fails here; it must become a new event version instead.
 */
class EventWireShapeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");

    static MasterPlanVersionPublished version2() {
        return new MasterPlanVersionPublished("e-1", AT, "hcmc-mekong-tourism", "ho-chi-minh-city",
                List.of("kien-giang", "soc-trang"), "350-kh-ubnd-2024", "350/KH-UBND", "Kế hoạch 350", 2,
                LocalDate.of(2026, 12, 15), "Chuyển 2.3",
                PlanChangesTest.plan(PlanChangesTest.movedTo(PlanChangesTest.SPACE_2_3, "Tỉnh Vĩnh Long")),
                List.of(new ActivityChange("2.3", ChangeKind.CHANGED, PlanChangesTest.SPACE_2_3.title(),
                        List.of(new FieldChange("location", "Tỉnh Tiền Giang", "Tỉnh Vĩnh Long")))));
    }

    @Test
    void masterPlanVersionPublishedKeepsItsWireShape() throws IOException {
        assertThat(JSON.readTree(EventJson.write(version2())))
                .isEqualTo(JSON.readTree(golden("master-plan.version-published.v1.json")));
    }

    @Test
    void provincePlanEventsKeepTheirWireShape() throws IOException {
        DerivedPlanRevisionRequired required = new DerivedPlanRevisionRequired("e-2", AT, "kien-giang",
                "hcmc-mekong-tourism", "ho-chi-minh-city", "350-kh-ubnd-2024", "350/KH-UBND", "Kế hoạch 350", 2, 1,
                LocalDate.of(2026, 12, 15), List.of(new PendingChange("2.3@v2", "2.3", ChangeKind.CHANGED, "Không gian",
                        List.of(new FieldChange("location", "Tỉnh Tiền Giang", "Tỉnh Vĩnh Long")))),
                List.of("Sở Du lịch tỉnh Kiên Giang", "Báo Kiên Giang"));
        DerivedPlanRevised revised = new DerivedPlanRevised("e-3", AT, "kien-giang", "hcmc-mekong-tourism",
                "ho-chi-minh-city", "350-kh-ubnd-2024", "350/KH-UBND", 2, 2, LocalDate.of(2026, 12, 15), true);

        assertThat(JSON.readTree(EventJson.write(required)))
                .isEqualTo(JSON.readTree(golden("derived-plan.revision-required.v1.json")));
        assertThat(JSON.readTree(EventJson.write(revised)))
                .isEqualTo(JSON.readTree(golden("derived-plan.revised.v1.json")));
    }

    @Test
    void memberRevisionOverdueKeepsItsWireShape() throws IOException {
        MemberRevisionOverdue overdue = new MemberRevisionOverdue("e-4", AT, "hcmc-mekong-tourism", "ho-chi-minh-city",
                "350-kh-ubnd-2024", "350/KH-UBND", "ca-mau", 2, LocalDate.of(2026, 12, 15));

        assertThat(JSON.readTree(EventJson.write(overdue)))
                .isEqualTo(JSON.readTree(golden("compliance.member-overdue.v1.json")));
    }

    @Test
    void remindersAndMissingReportsKeepTheirWireShape() throws IOException {
        MemberRevisionReminder reminder = new MemberRevisionReminder("e-5", AT, "hcmc-mekong-tourism",
                "ho-chi-minh-city", "350-kh-ubnd-2024", "350/KH-UBND", "ca-mau", 2, LocalDate.of(2026, 12, 15), 7);
        MemberProgressMissing missing = new MemberProgressMissing("e-6", AT, "hcmc-mekong-tourism", "ho-chi-minh-city",
                "350-kh-ubnd-2024", "350/KH-UBND", "ca-mau", LocalDate.of(2026, 11, 20));

        assertThat(JSON.readTree(EventJson.write(reminder)))
                .isEqualTo(JSON.readTree(golden("compliance.revision-reminder.v1.json")));
        assertThat(JSON.readTree(EventJson.write(missing)))
                .isEqualTo(JSON.readTree(golden("progress.report-missing.v1.json")));
    }

    @Test
    void aRevisionRequiredFromBeforeAffectedUnitsReadsAsNone() throws IOException {
        String older = golden("derived-plan.revision-required.v1.json").replaceFirst(",\\s*\"affectedUnits\"[^\\]]*]", "");

        assertThat(older).doesNotContain("affectedUnits");
        assertThat(EventJson.read(older, DerivedPlanRevisionRequired.class).affectedUnits()).isEmpty();
    }

    @Test
    void eventsAreReadBackByTheirWireTypeAndToleratesAddedFields() {
        String withExtra = EventJson.write(version2()).replaceFirst("\\{", "{\"addedLater\":1,");

        assertThat(EventJson.classOf(MasterPlanVersionPublished.TYPE)).contains(MasterPlanVersionPublished.class);
        assertThat(EventJson.read(withExtra, MasterPlanVersionPublished.class)).isEqualTo(version2());
        assertThat(EventJson.classOf("lienket.something-else.v9")).isEmpty();
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = EventWireShapeTest.class.getResourceAsStream("/contracts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

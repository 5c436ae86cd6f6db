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

    static final String RESOLUTION_202 = "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị "
            + "hành chính cấp tỉnh";
    static final LocalDate JULY_1_2025 = LocalDate.of(2025, 7, 1);

    @Test
    void authoritySucceededKeepsItsWireShape() throws IOException {
        AuthoritySucceeded succeeded = new AuthoritySucceeded("e-7", AT, "platform", "can-tho@2025-07-01",
                new AuthorityRef("can-tho", "92", "Thành phố Cần Thơ", "CENTRAL_CITY",
                        "Sở Văn hóa, Thể thao và Du lịch thành phố Cần Thơ"),
                List.of(new AuthorityRef("hau-giang", "93", "Tỉnh Hậu Giang", "PROVINCE",
                                "Sở Văn hóa, Thể thao và Du lịch tỉnh Hậu Giang"),
                        new AuthorityRef("soc-trang", "94", "Tỉnh Sóc Trăng", "PROVINCE",
                                "Sở Văn hóa, Thể thao và Du lịch tỉnh Sóc Trăng")),
                JULY_1_2025, RESOLUTION_202);

        assertThat(JSON.readTree(EventJson.write(succeeded)))
                .isEqualTo(JSON.readTree(golden("authority.succeeded.v1.json")));
        assertThat(EventJson.classOf(AuthoritySucceeded.TYPE)).contains(AuthoritySucceeded.class);
        assertThat(EventJson.read(golden("authority.succeeded.v1.json"), AuthoritySucceeded.class)).isEqualTo(succeeded);
        assertThat(succeeded.subject()).as("keyed by the succession").isEqualTo("can-tho@2025-07-01");
        assertThat(AuthoritySucceeded.idOf("can-tho", JULY_1_2025)).isEqualTo("can-tho@2025-07-01");
    }

    @Test
    void programmeSuccessionAppliedKeepsItsWireShape() throws IOException {
        LocalDate start = LocalDate.of(2024, 1, 1);
        ProgrammeSuccessionApplied applied = new ProgrammeSuccessionApplied("e-8", AT, "platform",
                "an-giang@2025-07-01", "an-giang", List.of("kien-giang"), JULY_1_2025, List.of("120-kh-ubnd-2025"), new ProgrammeSnapshot(
                "hcmc-mekong-tourism", "Liên kết phát triển du lịch Thành phố Hồ Chí Minh và các tỉnh Đồng bằng sông Cửu Long",
                List.of("tourism"), "ho-chi-minh-city", List.of(
                        new ProgrammeMembership("kien-giang", start, JULY_1_2025, "an-giang"),
                        new ProgrammeMembership("an-giang", start, null)), start, null, ProgrammeSnapshot.ACTIVE,
                List.of(new AuthorityRef("ho-chi-minh-city", "79", "Thành phố Hồ Chí Minh", "CENTRAL_CITY",
                                "Sở Du lịch Thành phố Hồ Chí Minh"),
                        new AuthorityRef("kien-giang", "91", "Tỉnh Kiên Giang", "PROVINCE", "Sở Du lịch tỉnh Kiên Giang"),
                        new AuthorityRef("an-giang", "91", "Tỉnh An Giang", "PROVINCE",
                                "Sở Văn hóa, Thể thao và Du lịch tỉnh An Giang"))));

        assertThat(JSON.readTree(EventJson.write(applied)))
                .isEqualTo(JSON.readTree(golden("programme.succession-applied.v1.json")));
        assertThat(EventJson.classOf(ProgrammeSuccessionApplied.TYPE)).contains(ProgrammeSuccessionApplied.class);
        assertThat(EventJson.read(golden("programme.succession-applied.v1.json"), ProgrammeSuccessionApplied.class))
                .isEqualTo(applied);
        assertThat(applied.subject()).as("keyed by the programme").isEqualTo("hcmc-mekong-tourism");
    }

    @Test
    void aMembershipFromBeforeSuccessionsReadsAsNotSucceeded() throws IOException {
        String older = golden("programme.succession-applied.v1.json").replace(", \"succeededBy\": null", "");

        ProgrammeSuccessionApplied read = EventJson.read(older, ProgrammeSuccessionApplied.class);

        assertThat(read.programme().members().get(1)).isEqualTo(new ProgrammeMembership("an-giang",
                LocalDate.of(2024, 1, 1), null));
    }

    @Test
    void derivedPlanTakenOverKeepsItsWireShape() throws IOException {
        DerivedPlanTakenOver takenOver = new DerivedPlanTakenOver("e-9", AT, "can-tho", "hcmc-mekong-2026",
                "ho-chi-minh-city", "120-kh-ubnd-2026", "120/KH-UBND", "Kế hoạch liên kết phát triển du lịch năm 2026",
                "can-tho@2025-07-01", List.of("hau-giang", "soc-trang"), DerivedPlanTakenOver.CONSOLIDATING, 1, 2,
                LocalDate.of(2026, 12, 15), 1, 14);

        assertThat(JSON.readTree(EventJson.write(takenOver)))
                .isEqualTo(JSON.readTree(golden("derived-plan.taken-over.v1.json")));
        assertThat(EventJson.classOf(DerivedPlanTakenOver.TYPE)).contains(DerivedPlanTakenOver.class);
        assertThat(EventJson.read(golden("derived-plan.taken-over.v1.json"), DerivedPlanTakenOver.class))
                .isEqualTo(takenOver);
        assertThat(takenOver.subject()).as("keyed by the successor").isEqualTo("can-tho");
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

package vn.lienket.province.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.lienket.contracts.ActivitySnapshot;
import vn.lienket.contracts.SectionSnapshot;
import vn.lienket.documents.match.Match;
import vn.lienket.documents.parse.ParsedPlan;
import vn.lienket.documents.parse.Traced;
import vn.lienket.province.derivedplan.DerivedActivity;
import vn.lienket.province.derivedplan.DerivedPlan;
import vn.lienket.province.derivedplan.DerivedPlanStatus;
import vn.lienket.province.derivedplan.DerivedVersion;
import vn.lienket.province.derivedplan.LocalFields;

/** What a document writes on a plan, without Spring: matched activities keep what the document lacks, others become local. */
class ImportPlanningTest {

    static final Instant NOW = Instant.parse("2024-03-10T03:00:00Z");
    static final List<SectionSnapshot> MASTER = List.of(new SectionSnapshot("1", "Quản lý nhà nước", List.of(
            new ActivitySnapshot("1.1", "Diễn đàn du lịch", "Du lịch xanh", "Tháng 4/2024", "Tỉnh Bến Tre"),
            new ActivitySnapshot("1.2", "Hội nghị tổng kết", null, "Quý IV/2024", "Tỉnh Long An"))));

    static DerivedPlan plan() {
        List<DerivedActivity> activities = List.of(
                new DerivedActivity("1.1", "1.1", "Diễn đàn du lịch", "Du lịch xanh", "Tháng 4/2024", "Tỉnh Bến Tre",
                        "Sở Du lịch tỉnh Kiên Giang", List.of("Báo Kiên Giang"), "ghi chú", "lý do", null),
                new DerivedActivity("1.2", "1.2", "Hội nghị tổng kết", null, "Quý IV/2024", "Tỉnh Long An",
                        "Sở Du lịch tỉnh Kiên Giang", List.of(), null, null, null));
        return new DerivedPlan("p", "kien-giang", "mekong", "ho-chi-minh-city", "p", "350/KH-UBND", "Kế hoạch",
                DerivedPlanStatus.UP_TO_DATE, 1, 1, 1, null, MASTER, MASTER, List.of(), activities,
                List.of(new DerivedVersion(1, 1, NOW, "kien-giang", List.of(), activities)), NOW, List.of(), null,
                List.of(), List.of(), null);
    }

    static ParsedPlan.Activity read(String code, String title, String leadUnit, String timeframe) {
        return new ParsedPlan.Activity(Traced.of(code, "line 1"), code, Traced.of(title, "line 1"), null,
                timeframe == null ? null : Traced.of(timeframe, "line 3"), null,
                leadUnit == null ? null : Traced.of(leadUnit, "line 4"), List.of(), null);
    }

    static ParsedPlan parsed(ParsedPlan.Activity... activities) {
        return new ParsedPlan(new ParsedPlan.Header(null, null, null, null, null, null, null, null, null, null, null),
                List.of(new ParsedPlan.Section(Traced.of("1", "line 1"), Traced.of("Quản lý", "line 1"),
                        List.of(activities))), List.of());
    }

    @Test
    void aFieldTheDocumentLacksKeepsThePlansValueAndTheJustificationStays() {
        ParsedPlan parsed = parsed(read("1.1", "Phối hợp tổ chức Diễn đàn du lịch", null, "Tháng 5/2024"));
        List<ImportedActivity> activities = ImportPlanning.activities(parsed,
                List.of(new Match("1.1", "1.1", Match.By.CODE, 0.9)), plan());

        DerivedPlan.Imported writes = ImportPlanning.writes(activities, plan(), "Sở Du lịch tỉnh Kiên Giang");

        assertThat(writes.added()).isEmpty();
        assertThat(writes.edits()).containsOnlyKeys("1.1");
        LocalFields fields = writes.edits().get("1.1");
        assertThat(fields.timeframe()).isEqualTo("Tháng 5/2024");
        assertThat(fields.leadUnit()).isEqualTo("Sở Du lịch tỉnh Kiên Giang");
        assertThat(fields.coordinatingUnits()).containsExactly("Báo Kiên Giang");
        assertThat(fields.theme()).isEqualTo("Du lịch xanh");
        assertThat(fields.notes()).isEqualTo("ghi chú");
        assertThat(fields.justification()).isEqualTo("lý do");
        assertThat(ImportPlanning.unmatchedMaster(plan(), activities)).containsExactly("1.2");
    }

    @Test
    void anUnmatchedActivityIsProposedUnderItsCodeOrAFreeOneAndAddedWithTheDefaultLeadUnit() {
        ParsedPlan parsed = parsed(read("1.2", "Lễ hội Nghinh Ông", null, "Quý III/2024"),
                read("7.1", "Hội chợ du lịch", "Sở Du lịch", null));
        List<ImportedActivity> activities = ImportPlanning.activities(parsed, List.of(
                new Match("1.2", null, Match.By.NONE, 0.1), new Match("7.1", null, Match.By.NONE, 0.1)), plan());

        assertThat(activities).extracting(a -> a.proposedLocal().code()).containsExactly("1.3", "7.1");
        DerivedPlan.Imported writes = ImportPlanning.writes(activities, plan(), "Sở Du lịch tỉnh Kiên Giang");
        assertThat(writes.edits()).isEmpty();
        assertThat(writes.added()).extracting(a -> a.code() + " " + a.fields().leadUnit())
                .containsExactly("1.3 Sở Du lịch tỉnh Kiên Giang", "7.1 Sở Du lịch");
        DerivedPlan after = plan().imported(writes, NOW);
        assertThat(after.activities()).extracting(DerivedActivity::code).containsExactly("1.1", "1.2", "1.3", "7.1");
        assertThat(after.deviations()).as("local activities deviate from nothing").isEmpty();
    }

    @Test
    void aFreeCodeIsTheWantedOneUnlessTakenOrInvalid() {
        Set<String> taken = Set.of("1.1", "1.2", "6.1");
        assertThat(ImportPlanning.freeCode("7.1", taken)).isEqualTo("7.1");
        assertThat(ImportPlanning.freeCode("1.1", taken)).isEqualTo("1.3");
        assertThat(ImportPlanning.freeCode(null, taken)).isEqualTo("7.1");
        assertThat(ImportPlanning.freeCode("c)", taken)).isEqualTo("7.1");
    }

}

package vn.lienket.notification.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.lienket.contracts.DerivedPlanTakenOver;
import vn.lienket.sms.SmsSegmenter;
import vn.lienket.text.VietnameseText;

/** The words of a take-over: which plan, from whom, and what is still to do, or that nothing is. */
class PlanTakenOverTest {

    static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

    static DerivedPlanTakenOver takenOver(String status, LocalDate due, int pending, int toConsolidate, String... predecessors) {
        return new DerivedPlanTakenOver("e-1", Instant.parse("2025-07-01T01:00:00Z"), "can-tho", "hcmc-mekong-tourism",
                "ho-chi-minh-city", "350-kh-ubnd-2024", "350/KH-UBND", "Kế hoạch năm 2024", "can-tho@2025-07-01",
                List.of(predecessors), status, 1, 2, due, pending, toConsolidate);
    }

    static Map<String, String> values(DerivedPlanTakenOver event, List<String> names) {
        Map<String, String> values = PlanTakenOverRule.values(event, names, EFFECTIVE);
        values.put("unitName", "Sở Văn hóa, Thể thao và Du lịch thành phố Cần Thơ");
        values.put("link", "https://lienket.example/provinces/can-tho/plans/350-kh-ubnd-2024");
        return values;
    }

    @Test
    void anOpenRevisionSaysByWhenAndHowManyChanges() {
        DerivedPlanTakenOver event = takenOver(DerivedPlanTakenOver.REVISION_REQUIRED, LocalDate.of(2026, 12, 15), 3, 0,
                "hau-giang");
        Map<String, String> values = values(event, List.of("Tỉnh Hậu Giang"));

        assertThat(values).containsEntry("planNumber", "350/KH-UBND").containsEntry("predecessors", "Tỉnh Hậu Giang")
                .containsEntry("effectiveOn", "01/07/2025")
                .containsEntry("todo", "- Điều chỉnh kế hoạch triển khai theo phiên bản 2 của kế hoạch trước ngày 15/12/2026: "
                        + "còn 3 thay đổi chưa xử lý.")
                .containsEntry("todoSms", "điều chỉnh trước 15/12/2026, còn 3 thay đổi");
    }

    @Test
    void aConsolidationSaysHowManyActivitiesAndWithARevisionBoth() {
        DerivedPlanTakenOver consolidating = takenOver(DerivedPlanTakenOver.CONSOLIDATING, null, 0, 12, "hau-giang",
                "soc-trang");
        Map<String, String> values = values(consolidating, List.of("Tỉnh Hậu Giang", "Tỉnh Sóc Trăng"));
        assertThat(values.get("predecessors")).isEqualTo("Tỉnh Hậu Giang và Tỉnh Sóc Trăng");
        assertThat(values.get("todo")).startsWith("- Hợp nhất 12 hoạt động").doesNotContain("Điều chỉnh");
        assertThat(values.get("todoSms")).isEqualTo("hợp nhất 12 HĐ");

        DerivedPlanTakenOver both = takenOver(DerivedPlanTakenOver.CONSOLIDATING, LocalDate.of(2026, 1, 31), 2, 5,
                "hau-giang", "soc-trang");
        assertThat(PlanTakenOverRule.toDo(both)).hasSize(2);
        assertThat(PlanTakenOverRule.toDo(both).get(0)).contains("trước ngày 31/01/2026", "còn 2 thay đổi");
        assertThat(PlanTakenOverRule.toDo(both).get(1)).contains("Hợp nhất 5 hoạt động");
        assertThat(PlanTakenOverRule.toDoShort(both)).isEqualTo("điều chỉnh trước 31/01/2026, còn 2 thay đổi; hợp nhất 5 HĐ");
        assertThat(Words.inWords(List.of("A", "B", "C"))).isEqualTo("A, B và C");
    }

    @Test
    void nothingPendingSaysSo() {
        DerivedPlanTakenOver upToDate = takenOver(DerivedPlanTakenOver.UP_TO_DATE, null, 0, 0, "hau-giang");
        assertThat(PlanTakenOverRule.toDo(upToDate)).containsExactly(
                "Không còn việc tồn đọng: kế hoạch triển khai đã cập nhật theo phiên bản 1 của kế hoạch.");
        assertThat(PlanTakenOverRule.toDoShort(upToDate)).isEqualTo("không còn việc tồn đọng");
    }

    @Test
    void theTemplateFillsEveryPlaceholderAndItsSmsFitsTheBudget() {
        Template template = Template.load("plan-taken-over");
        DerivedPlanTakenOver both = takenOver(DerivedPlanTakenOver.CONSOLIDATING, LocalDate.of(2026, 1, 31), 2, 5,
                "hau-giang", "soc-trang");
        Rendered rendered = template.render(values(both, List.of("Tỉnh Hậu Giang", "Tỉnh Sóc Trăng")));

        assertThat(rendered.subject()).isEqualTo("[Liên Kết] Đơn vị tiếp nhận kế hoạch triển khai Kế hoạch 350/KH-UBND "
                + "của Tỉnh Hậu Giang và Tỉnh Sóc Trăng");
        assertThat(rendered.text()).startsWith("Kính gửi Sở Văn hóa, Thể thao và Du lịch thành phố Cần Thơ,")
                .contains("có hiệu lực từ ngày 01/07/2025", "\"Kế hoạch năm 2024\"", "- Hợp nhất 5 hoạt động")
                .doesNotContain("{");
        assertThat(rendered.html()).contains("<strong>Tỉnh Hậu Giang và Tỉnh Sóc Trăng</strong>").doesNotContain("{");
        assertThat(rendered.sms()).isEqualTo("KH 350/KH-UBND của Tỉnh Hậu Giang và Tỉnh Sóc Trăng chuyển về đơn vị: "
                + "điều chỉnh trước 31/01/2026, còn 2 thay đổi; hợp nhất 5 HĐ");
        assertThat(SmsSegmenter.segment(rendered.sms()).segments()).isLessThanOrEqualTo(2);
        assertThat(SmsSegmenter.segment(VietnameseText.withoutDiacritics(rendered.sms())).segments()).isEqualTo(1);
    }

    @Test
    void aTakeOverHasItsTemplateAndASampleForThePreview() {
        assertThat(AlertRules.of(takenOver(DerivedPlanTakenOver.UP_TO_DATE, null, 0, 0, "kien-giang")))
                .hasValueSatisfying(rule -> assertThat(rule.template()).isEqualTo("plan-taken-over"));
        assertThat(AlertRules.TEMPLATES).contains("plan-taken-over");
        assertThat(SampleEvents.of("plan-taken-over")).isInstanceOf(DerivedPlanTakenOver.class);
        assertThat(SampleEvents.recipientOf("plan-taken-over")).isEqualTo("an-giang");
    }
}

package vn.lienket.documents.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Kiên Giang's 2024 implementation plan, as the text extracted from its PDF reached us. */
class KienGiangPlanTest {

    static final List<String> CODES = List.of("1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1", "4.2",
            "5.1", "5.2", "6.1");

    /** What a person reads in the document, activity by activity: timeframe, location, lead unit. */
    static final Map<String, List<String>> FIELDS = Map.ofEntries(
            Map.entry("1.1", List.of("Tháng 4/2024", "tỉnh Bến Tre", "Sở Du lịch")),
            Map.entry("1.2", List.of("Quý IV/2024", "Tỉnh Long An", "Sở Du lịch")),
            Map.entry("2.1", List.of("Năm 2024", "TP.HCM và 13 tỉnh, thành phố ĐBSCL", "Sở Du lịch")),
            Map.entry("2.2", List.of("từ quý II đến quý III/2024", "TP.HCM và 13 tỉnh, thành phố ĐBSCL (tổ chức Lễ phát động"
                    + " tại Bến Tre, tổ chức Lễ công bố tại TP.HCM)", "Sở Du lịch")),
            Map.entry("2.3", List.of("Quý III/2024", "Tỉnh Tiền Giang", "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch")),
            Map.entry("3.1", List.of("Quý II/2024", "TP.HCM", "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch")),
            Map.entry("3.2", List.of("Năm 2024", "13 tỉnh, thành phố ĐBSCL", "Sở Du lịch")),
            Map.entry("3.3", List.of("Năm 2024", "dự kiến tại các thị trường trọng điểm theo Kế hoạch xúc tiến du lịch của Sở"
                    + " Du lịch TP.HCM và Kế hoạch xúc tiến du lịch của Cục Du lịch Quốc gia Việt Nam",
                    "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch")),
            Map.entry("4.1", List.of("Năm 2024", "", "Sở Du lịch")),
            Map.entry("4.2", List.of("Năm 2024", "Tại các tỉnh, thành trong khu vực ĐBSCL",
                    "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch")),
            Map.entry("5.1", List.of("Quý IV/2024", "Tỉnh Kiên Giang", "Sở Du lịch")),
            Map.entry("5.2", List.of("Năm 2024", "TP.HCM và 13 tỉnh, thành phố ĐBSCL", "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch")),
            Map.entry("6.1", List.of("Năm 2024", "TP.HCM và các tỉnh, thành phố ĐBSCL", "Sở Du lịch")));

    /** How many coordinating units each activity names. */
    static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("1.1", 3), Map.entry("1.2", 3), Map.entry("2.1", 3),
            Map.entry("2.2", 5), Map.entry("2.3", 3), Map.entry("3.1", 3), Map.entry("3.2", 2), Map.entry("3.3", 4),
            Map.entry("4.1", 4), Map.entry("4.2", 4), Map.entry("5.1", 4), Map.entry("5.2", 4), Map.entry("6.1", 3));

    private final ParsedPlan plan = PlanParser.parse(Documents.kienGiang());

    @Test
    void theHeaderGivesTheIssuerAndPlaceButNoNumberOrDateForTheyWereLeftBlank() {
        ParsedPlan.Header header = plan.header();
        assertThat(header.number()).isNull();
        assertThat(header.issuedOn()).isNull();
        assertThat(header.place().value()).isEqualTo("Kiên Giang");
        assertThat(header.place().source()).isEqualTo("line 8");
        assertThat(header.issuer().value()).isEqualTo("Ủy ban nhân dân tỉnh Kiên Giang");
        assertThat(header.title().value()).startsWith("Triển khai Chương trình liên kết hợp tác phát triển du lịch")
                .endsWith("Đồng bằng sông Cửu Long năm 2024 tại tỉnh Kiên Giang");
        assertThat(header.periodFrom().value()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(header.periodTo().value()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void theLegalBasisCitesPlan350AndTheFundingIsTheKinhPhiPart() {
        assertThat(plan.header().legalBases()).hasSize(1);
        assertThat(plan.header().legalBases().get(0).value()).startsWith("Thỏa thuận về chương trình").endsWith("(ĐBSCL) năm 2024");
        assertThat(plan.header().citedPlans()).extracting(Traced::value).containsExactly("350/KH-UBND");
        assertThat(plan.header().funding().value()).isEqualTo("Kinh phí thực hiện Kế hoạch sử dụng từ nguồn ngân sách nhà nước"
                + " được cấp cho các sở, ngành năm 2024, nguồn xã hội hóa và các nguồn hợp pháp khác.");
        assertThat(plan.header().recipients()).extracting(Traced::value).startsWith("Bộ VHTT&DL", "Cục Du lịch Quốc gia Việt Nam")
                .endsWith("Lưu: VT, btkien").hasSize(15);
    }

    @Test
    void sixSectorsHoldThirteenActivitiesCodedAsThePlanModelCodesThem() {
        assertThat(plan.sections()).extracting(s -> s.code().value()).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(plan.sections().get(1).title().value()).isEqualTo("Liên kết hợp tác phát triển sản phẩm du lịch");
        assertThat(activities(plan)).extracting(a -> a.code().value()).containsExactlyElementsOf(CODES);
        assertThat(activity(plan, "2.3").label()).isEqualTo("c)");
        assertThat(plan.unrecognised()).isEmpty();
    }

    @Test
    void everyActivityHasItsTimeframeLocationLeadAndCoordinatingUnitsAsWritten() {
        for (ParsedPlan.Activity a : activities(plan)) {
            List<String> expected = FIELDS.get(a.code().value());
            assertThat(a.timeframe().value()).as(a.code().value()).isEqualTo(expected.get(0));
            assertThat(a.location() == null ? "" : a.location().value()).as(a.code().value()).isEqualTo(expected.get(1));
            assertThat(a.leadUnit().value()).as(a.code().value()).isEqualTo(expected.get(2));
            assertThat(a.coordinatingUnits()).as(a.code().value()).hasSize(UNITS.get(a.code().value()));
        }
        ParsedPlan.Activity forum = activity(plan, "1.1");
        assertThat(forum.theme().value()).isEqualTo("Du lịch xanh - Phát triển bền vững");
        assertThat(forum.coordinatingUnits()).extracting(Traced::value).containsExactly(
                "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", "Hiệp hội Du lịch tỉnh Kiên Giang",
                "các doanh nghiệp kinh doanh du lịch trong tỉnh");
        assertThat(activity(plan, "2.2").timeframe()).isEqualTo(Traced.of("từ quý II đến quý III/2024", "line 144"));
        assertThat(activity(plan, "4.1").location()).isNull();
    }

    @Test
    void theSixthSectorCarriesItsFieldsItselfAndIsOneActivityWhoseNotesHoldItsContent() {
        ParsedPlan.Activity taking = activity(plan, "6.1");
        assertThat(taking.title().value()).isEqualTo("Tham gia các hoạt động du lịch của 14 địa phương trong liên kết");
        assertThat(taking.notes().value()).startsWith("tham gia các hoạt động du lịch của các địa phương trong Chương trình")
                .endsWith("(theo tình hình thực tế của các địa phương)");
        assertThat(taking.leadUnit().value()).isEqualTo("Sở Du lịch");
    }

    @Test
    void titlesJoinTheirWrappedLinesAndKeepTheirWords() {
        assertThat(activity(plan, "1.1").title()).isEqualTo(Traced.of("Phối hợp tổ chức Diễn đàn liên kết hợp tác phát triển"
                + " du lịch vùng TP.HCM và 13 tỉnh, thành phố ĐBSCL lần 3 năm 2024", "line 89"));
        assertThat(activity(plan, "3.2").title().value()).endsWith("bản đồ thông minh 3D/360 của TP.HCM");
    }

    static List<ParsedPlan.Activity> activities(ParsedPlan plan) {
        return plan.sections().stream().flatMap(s -> s.activities().stream()).toList();
    }

    static ParsedPlan.Activity activity(ParsedPlan plan, String code) {
        return activities(plan).stream().filter(a -> a.code().value().equals(code)).findFirst().orElseThrow();
    }
}

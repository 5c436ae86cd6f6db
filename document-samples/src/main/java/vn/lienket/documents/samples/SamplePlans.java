package vn.lienket.documents.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.lienket.documents.write.Issuers;
import vn.lienket.documents.write.PlanDocument;
import vn.lienket.fixtures.ProgrammeFixture;

/** Plans to write as documents: plan 350 as HCMC issued it, and generated plans as long as a test needs. */
public final class SamplePlans {

    static final String LEAD = "Sở Du lịch Thành phố Hồ Chí Minh";
    static final List<String> COORDINATING = List.of("Trung tâm Xúc tiến Du lịch Thành phố Hồ Chí Minh",
            "Hiệp hội Du lịch Thành phố Hồ Chí Minh", "Sở Văn hóa, Thể thao và Du lịch các tỉnh, thành phố");

    private SamplePlans() {
    }

    /** Plan 350/KH-UBND of 2024, its 13 activities as the fixture has them, led and coordinated as most were. */
    public static PlanDocument hcmcMekong2024() {
        return of(ProgrammeFixture.hcmcMekong2024().masterPlan());
    }

    /** A fixture's master plan as its document says it. */
    public static PlanDocument of(ProgrammeFixture.MasterPlan plan) {
        List<PlanDocument.Section> sections = plan.sections().stream()
                .map(s -> new PlanDocument.Section(s.code(), s.title(), s.activities().stream()
                        .map(a -> new PlanDocument.Activity(a.code(), a.title(), a.theme(), a.timeframe(), a.location(),
                                LEAD, COORDINATING, null))
                        .toList()))
                .toList();
        return new PlanDocument(plan.issuer(), plan.number(), Issuers.placeOf(plan.issuer()), plan.issuedOn(), "KẾ HOẠCH",
                plan.title(), plan.legalBases(), List.of(), sections, List.of(), plan.funding(),
                List.of("Bộ Văn hóa, Thể thao và Du lịch", "UBND các tỉnh, thành phố Đồng bằng sông Cửu Long",
                        Issuers.ARCHIVE_COPY), Issuers.VICE_CHAIR_SIGNS, null);
    }

    /**
     * A plan of about {@code pages} A4 pages as exported (an activity with every field and a paragraph
     * of notes takes about 0.43 of a page): 10 sections of activities, numbered 1.1, 1.2… as plans are.
     */
    public static PlanDocument generated(int pages) {
        int activitiesPerSection = Math.max(1, Math.round(pages * 0.23f));
        List<PlanDocument.Section> sections = new ArrayList<>();
        for (int s = 1; s <= 10; s++) {
            List<PlanDocument.Activity> activities = new ArrayList<>();
            for (int a = 1; a <= activitiesPerSection; a++) {
                activities.add(new PlanDocument.Activity(s + "." + a,
                        "Tổ chức chương trình xúc tiến du lịch số " + a + " của lĩnh vực " + s
                                + " giữa Thành phố Hồ Chí Minh và các tỉnh, thành phố Đồng bằng sông Cửu Long",
                        "Kết nối điểm đến - Lan tỏa giá trị " + s + "." + a, "Quý " + roman(1 + (a % 4)) + "/2024",
                        "Thành phố Hồ Chí Minh và các tỉnh, thành phố Đồng bằng sông Cửu Long", LEAD, COORDINATING,
                        "Các đơn vị phối hợp xây dựng nội dung chi tiết, dự toán kinh phí và báo cáo kết quả thực "
                                + "hiện về Sở Du lịch trước ngày 15 của tháng cuối quý; lồng ghép với các sự kiện văn "
                                + "hóa, thể thao và du lịch của địa phương, bảo đảm tiết kiệm và hiệu quả."));
            }
            sections.add(new PlanDocument.Section(String.valueOf(s), "Lĩnh vực hợp tác thứ " + s
                    + " về phát triển du lịch", activities));
        }
        return new PlanDocument("Ủy ban nhân dân Thành phố Hồ Chí Minh", "901/KH-UBND", "Thành phố Hồ Chí Minh",
                LocalDate.of(2024, 3, 1), "KẾ HOẠCH",
                "Triển khai Chương trình liên kết hợp tác phát triển du lịch năm 2024",
                List.of("Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;"), List.of(), sections, List.of(),
                "Kinh phí thực hiện từ nguồn ngân sách nhà nước và các nguồn hợp pháp khác.",
                List.of("UBND các tỉnh, thành phố", Issuers.ARCHIVE_COPY), Issuers.VICE_CHAIR_SIGNS, null);
    }

    static String roman(int n) {
        return switch (n) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "IV";
        };
    }
}

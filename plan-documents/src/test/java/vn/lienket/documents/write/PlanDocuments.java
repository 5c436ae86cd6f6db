package vn.lienket.documents.write;

import java.util.ArrayList;
import java.util.List;

import vn.lienket.fixtures.ProgrammeFixture;

/** Plans to render: plan 350 from the shared fixture, and longer ones built from it. */
final class PlanDocuments {

    static final String SIGNER_TITLE = "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH";
    static final List<String> RECIPIENTS = List.of("Bộ Văn hóa, Thể thao và Du lịch", "Cục Du lịch Quốc gia Việt Nam",
            "UBND 13 tỉnh, thành phố Đồng bằng sông Cửu Long", "Sở Du lịch Thành phố Hồ Chí Minh", "Lưu: VT");

    private PlanDocuments() {
    }

    /** Plan 350/KH-UBND of 19 January 2024, its 13 activities in 5 sections as the fixture has them. */
    static PlanDocument plan350() {
        ProgrammeFixture.MasterPlan plan = ProgrammeFixture.hcmcMekong2024().masterPlan();
        List<PlanDocument.Section> sections = plan.sections().stream()
                .map(s -> new PlanDocument.Section(s.code(), s.title(), s.activities().stream()
                        .map(a -> new PlanDocument.Activity(a.code(), a.title(), a.theme(), a.timeframe(), a.location(),
                                null, List.of(), null))
                        .toList()))
                .toList();
        return new PlanDocument(plan.issuer(), plan.number(), "Thành phố Hồ Chí Minh", plan.issuedOn(), "Kế hoạch",
                plan.title(), plan.legalBases(),
                List.of("Ủy ban nhân dân Thành phố Hồ Chí Minh ban hành Kế hoạch triển khai Chương trình năm 2024 như sau:"),
                sections, List.of(), plan.funding(), RECIPIENTS, SIGNER_TITLE, null);
    }

    /** Plan 350 with a lead unit, coordinating units and a note on every activity, as a member's plan has them. */
    static PlanDocument plan350WithUnits() {
        PlanDocument plan = plan350();
        List<PlanDocument.Section> sections = plan.sections().stream()
                .map(s -> new PlanDocument.Section(s.code(), s.title(), s.activities().stream()
                        .map(a -> new PlanDocument.Activity(a.code(), a.title(), a.theme(), a.timeframe(), a.location(),
                                "Sở Du lịch Thành phố Hồ Chí Minh",
                                List.of("Sở Tài chính", "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch"),
                                "Kinh phí do đơn vị chủ trì bố trí"))
                        .toList()))
                .toList();
        return new PlanDocument(plan.issuer(), plan.number(), plan.place(), plan.issuedOn(), plan.kind(), plan.title(),
                plan.legalBases(), plan.preamble(), sections, List.of(), plan.funding(), plan.recipients(),
                plan.signerTitle(), plan.signerName());
    }

    /** Plan 350 with its text replaced by {@code activities} generated activities in sections of 30. */
    static PlanDocument withActivities(int activities) {
        PlanDocument plan = plan350();
        List<PlanDocument.Section> sections = new ArrayList<>();
        for (int s = 0; s * 30 < activities; s++) {
            List<PlanDocument.Activity> list = new ArrayList<>();
            for (int a = s * 30; a < Math.min(activities, (s + 1) * 30); a++) {
                String code = (s + 1) + "." + (a - s * 30 + 1);
                list.add(new PlanDocument.Activity(code,
                        "Hoạt động liên kết số " + (a + 1) + " về phát triển sản phẩm du lịch đường thủy, nông nghiệp"
                                + " và làng nghề giữa các tỉnh, thành phố Đồng bằng sông Cửu Long",
                        "Kết nối hành trình - Nâng tầm điểm đến", "Quý " + (a % 4 + 1) + "/2024", "Tỉnh Tiền Giang",
                        "Sở Văn hóa, Thể thao và Du lịch", List.of("Hiệp hội Du lịch", "Báo Kiên Giang",
                        "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch"),
                        a % 7 == 0 ? "Báo cáo kết quả về Sở Du lịch Thành phố Hồ Chí Minh trước ngày 10/11/2024"
                                + "; địa chỉ https://dulich.hochiminhcity.gov.vn/bao-cao-ket-qua-lien-ket-vung-dong-bang-song-cuu-long"
                                : null));
            }
            sections.add(new PlanDocument.Section(Integer.toString(s + 1), "Nhóm hoạt động thứ " + (s + 1), list));
        }
        return new PlanDocument(plan.issuer(), plan.number(), plan.place(), plan.issuedOn(), plan.kind(), plan.title(),
                plan.legalBases(), plan.preamble(), sections, List.of(), plan.funding(), plan.recipients(),
                plan.signerTitle(), "Nguyễn Văn A");
    }

    /** The lines the body gives each activity, in order: "2.3. Title", then its field lines. */
    static List<String> activityLines(PlanDocument plan) {
        List<String> lines = new ArrayList<>();
        for (PlanDocument.Section section : plan.sections()) {
            for (PlanDocument.Activity a : section.activities()) {
                lines.add(a.code() + ". " + a.title());
                add(lines, "Chủ đề", a.theme());
                add(lines, "Thời gian thực hiện", a.timeframe());
                add(lines, "Địa điểm", a.location());
                add(lines, "Đơn vị chủ trì", a.leadUnit());
                add(lines, "Đơn vị phối hợp", a.coordinatingUnits().isEmpty() ? null : String.join("; ", a.coordinatingUnits()));
                add(lines, "Ghi chú", a.notes());
            }
        }
        return lines;
    }

    private static void add(List<String> lines, String label, String value) {
        if (value != null) {
            lines.add("- " + label + ": " + value);
        }
    }
}

package vn.lienket.documents.write;

import java.time.LocalDate;
import java.util.List;

/**
 * What a rendered plan says, top to bottom, as Decree 30/2020/NĐ-CP lays it out:
 * <ul>
 *   <li>top left, the issuing body: {@code issuer} ("Ủy ban nhân dân Thành phố Hồ Chí Minh",
 *       written in capitals on two lines, "ỦY BAN NHÂN DÂN" over "THÀNH PHỐ HỒ CHÍ MINH"), and
 *       under it "Số: {@code number}" ("350/KH-UBND"; "Số:      /KH-UBND" when null);</li>
 *   <li>top right, the national motto block, and under it "{@code place}, ngày dd tháng MM năm yyyy"
 *       ({@code issuedOn}; blanks when null);</li>
 *   <li>the {@code kind} in capitals ("KẾ HOẠCH"; "PHỤ LỤC" for an annex), the {@code title} under it;</li>
 *   <li>each of {@code legalBases} as its own paragraph ("Căn cứ …"), then {@code preamble}
 *       paragraphs (for a member's plan: which master plan it implements);</li>
 *   <li>the body: {@code sections} under the heading "I. NỘI DUNG THỰC HIỆN", each "2. Title", each
 *       activity "2.3. Title" followed by its "- Chủ đề:", "- Thời gian thực hiện:", "- Địa điểm:",
 *       "- Đơn vị chủ trì:", "- Đơn vị phối hợp:" (units joined with "; "), "- Ghi chú:" lines,
 *       those that are null left out; or, for an annex, {@code paragraphs} as a list;</li>
 *   <li>"II. KINH PHÍ" with {@code funding}, when there is any;</li>
 *   <li>"Nơi nhận:" with {@code recipients}, and beside it the signature block: {@code signerTitle}
 *       ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", lines split on "/") and
 *       {@code signerName}, blank space between for the signature when null.</li>
 * </ul>
 * Exporting a plan and importing the result gives back its header and structure.
 */
public record PlanDocument(String issuer, String number, String place, LocalDate issuedOn, String kind, String title,
                           List<String> legalBases, List<String> preamble, List<Section> sections,
                           List<String> paragraphs, String funding, List<String> recipients, String signerTitle,
                           String signerName) {

    public PlanDocument {
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
        preamble = preamble == null ? List.of() : List.copyOf(preamble);
        sections = sections == null ? List.of() : List.copyOf(sections);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    public record Section(String code, String title, List<Activity> activities) {

        public Section {
            activities = List.copyOf(activities);
        }
    }

    public record Activity(String code, String title, String theme, String timeframe, String location,
                           String leadUnit, List<String> coordinatingUnits, String notes) {

        public Activity {
            coordinatingUnits = coordinatingUnits == null ? List.of() : List.copyOf(coordinatingUnits);
        }
    }
}

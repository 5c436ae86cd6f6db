package vn.lienket.plan.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.lienket.documents.write.Issuers;
import vn.lienket.fixtures.ProgrammeFixture;

/** A fixture plan written out as plain text in the layout the writer draws (Decree 30/2020/NĐ-CP), one paragraph a line. */
final class PlanText {

    private PlanText() {
    }

    /** The plan with its number, or with the number left blank ("Số:      /KH-UBND") when {@code number} is null. */
    static String of(ProgrammeFixture fixture, String number) {
        ProgrammeFixture.MasterPlan plan = fixture.masterPlan();
        List<String> lines = new ArrayList<>();
        String body = Issuers.bodyOf(plan.issuer());
        lines.add("ỦY BAN NHÂN DÂN");
        lines.add(body.toUpperCase(Locale.ROOT));
        lines.add(number == null ? "Số:      /KH-UBND" : "Số: " + number);
        lines.add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        lines.add("Độc lập - Tự do - Hạnh phúc");
        lines.add(String.format("%s, ngày %02d tháng %02d năm %d", Issuers.placeOf(plan.issuer()),
                plan.issuedOn().getDayOfMonth(), plan.issuedOn().getMonthValue(), plan.issuedOn().getYear()));
        lines.add("");
        lines.add("KẾ HOẠCH");
        lines.add(plan.title());
        lines.add("");
        plan.legalBases().forEach(b -> lines.add("Căn cứ " + b + ";"));
        lines.add("");
        lines.add("I. NỘI DUNG THỰC HIỆN");
        for (ProgrammeFixture.Section section : plan.sections()) {
            lines.add(section.code() + ". " + section.title());
            for (ProgrammeFixture.Activity a : section.activities()) {
                lines.add(a.code() + ". " + a.title());
                if (a.theme() != null) {
                    lines.add("- Chủ đề: " + a.theme());
                }
                if (a.timeframe() != null) {
                    lines.add("- Thời gian thực hiện: " + a.timeframe());
                }
                if (a.location() != null) {
                    lines.add("- Địa điểm: " + a.location());
                }
            }
        }
        lines.add("");
        lines.add("II. KINH PHÍ");
        lines.add(plan.funding());
        lines.add("");
        lines.add("Nơi nhận:");
        fixture.programme().members().forEach(m -> lines.add("- UBND " + lowerFirst(fixture.authority(m).name()) + ";"));
        lines.add("- Lưu: VT.");
        lines.add("TM. ỦY BAN NHÂN DÂN");
        lines.add("KT. CHỦ TỊCH");
        lines.add("PHÓ CHỦ TỊCH");
        return String.join("\n", lines) + "\n";
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}

package vn.lienket.province.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import vn.lienket.contracts.PlanChanges;
import vn.lienket.contracts.SectionSnapshot;
import vn.lienket.documents.write.Issuers;
import vn.lienket.documents.write.PlanDocument;
import vn.lienket.province.derivedplan.DerivedActivity;
import vn.lienket.province.derivedplan.DerivedPlan;
import vn.lienket.province.derivedplan.DerivedVersion;

/**
 * A published derived version as the member's implementation plan reads: issued by the province's
 * People's Committee, citing the master plan it implements, with the master's sections and the
 * province's activities in them (its own fields; its local activities under their own section).
 * What the derived plan keeps of its master plan is its number and title, and of the programme the
 * names of the province and the lead: the master plan's date of issue is not known here, so the
 * citation names the plan by number, issuer and title.
 */
final class DerivedPlanDocument {

    /** The heading of a section holding local activities whose section the master plan does not have. */
    static final String OWN_SECTION = "Các hoạt động khác của địa phương";

    private DerivedPlanDocument() {
    }

    /**
     * @param provinceName the register's name of the province ("Tỉnh Kiên Giang"), or its id when unknown
     * @param leadName     the register's name of the programme's lead ("Thành phố Hồ Chí Minh")
     */
    static PlanDocument of(DerivedPlan plan, DerivedVersion version, String provinceName, String leadName) {
        String issuer = Issuers.committeeOf(provinceName);
        String place = Issuers.placeOf(provinceName);
        String implemented = withoutKind(plan.masterPlanTitle());
        String citation = "Căn cứ Kế hoạch số " + plan.masterPlanNumber() + " của " + Issuers.committeeOf(leadName) + " "
                + (implemented.equals(plan.masterPlanTitle()) ? "về " + plan.masterPlanTitle() : lowerFirst(implemented))
                + ";";
        String title = "Triển khai " + upperFirst(withoutVerb(implemented)) + " tại " + lowerFirst(provinceName);
        String preamble = issuer + " xây dựng Kế hoạch " + lowerFirst(title) + " như sau:";
        return new PlanDocument(issuer, null, place, null, "KẾ HOẠCH", title, List.of(citation), List.of(preamble),
                sections(plan, version), List.of(), null, List.of(Issuers.committeeOf(leadName) + ";", "Lưu: VT."),
                "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", null);
    }

    /** The master's sections in order, each with the version's activities traced to it; local ones by their code's section. */
    private static List<PlanDocument.Section> sections(DerivedPlan plan, DerivedVersion version) {
        Map<String, String> titles = new TreeMap<>(PlanChanges.BY_ACTIVITY_CODE);
        for (List<SectionSnapshot> master : List.of(plan.latestMaster(), plan.baseMaster())) {
            master.forEach(s -> titles.put(s.code(), s.title()));
        }
        Map<String, List<PlanDocument.Activity>> bySection = new TreeMap<>(PlanChanges.BY_ACTIVITY_CODE);
        for (DerivedActivity a : version.activities()) {
            String code = a.masterCode() != null ? a.masterCode() : a.code();
            String section = code.contains(".") ? code.substring(0, code.indexOf('.')) : code;
            bySection.computeIfAbsent(section, s -> new ArrayList<>()).add(new PlanDocument.Activity(a.code(), a.title(),
                    a.theme(), a.timeframe(), a.location(), a.leadUnit(), a.coordinatingUnits(), a.notes()));
        }
        List<PlanDocument.Section> sections = new ArrayList<>();
        bySection.forEach((code, activities) -> sections.add(new PlanDocument.Section(code,
                titles.getOrDefault(code, OWN_SECTION), activities)));
        return sections;
    }

    /** "Kế hoạch triển khai Chương trình …": "triển khai Chương trình …" (the title as its citation reads it). */
    private static String withoutKind(String title) {
        String kind = "kế hoạch ";
        return title.toLowerCase(Locale.ROOT).startsWith(kind) ? title.substring(kind.length()) : title;
    }

    /** "triển khai Chương trình …": "Chương trình …", so the title does not say it twice. */
    private static String withoutVerb(String text) {
        String verb = "triển khai ";
        return text.toLowerCase(Locale.ROOT).startsWith(verb) ? text.substring(verb.length()) : text;
    }

    /** "Tỉnh Kiên Giang" in a sentence is "tỉnh Kiên Giang"; "Thành phố Hồ Chí Minh" is a proper name, capitalised anywhere. */
    private static String lowerFirst(String text) {
        if (text.startsWith("Thành phố Hồ Chí Minh")) {
            return text;
        }
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}

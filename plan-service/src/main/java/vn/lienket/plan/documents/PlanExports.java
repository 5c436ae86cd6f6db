package vn.lienket.plan.documents;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import vn.lienket.contracts.ChangeSentences;
import vn.lienket.contracts.SectionSnapshot;
import vn.lienket.documents.write.ExportFormat;
import vn.lienket.documents.write.Issuers;
import vn.lienket.documents.write.PlanDocument;
import vn.lienket.documents.write.PlanWriter;
import vn.lienket.plan.authority.Authorities;
import vn.lienket.plan.authority.Authority;
import vn.lienket.plan.masterplan.MasterPlan;
import vn.lienket.plan.masterplan.MasterPlanService;
import vn.lienket.plan.masterplan.MasterPlanVersion;
import vn.lienket.plan.masterplan.MasterPlans;
import vn.lienket.plan.masterplan.PlanHeader;
import vn.lienket.plan.programme.Programme;
import vn.lienket.plan.programme.Programmes;
import vn.lienket.support.security.Caller;
import vn.lienket.support.web.ApiException;

/**
 * A published version, or what changed between two, as the document the lead's chair signs: the
 * header the version was published under, the programme's members as the recipients (their
 * register names, "UBND tỉnh Kiên Giang") and the signature block of a vice-chair signing for the
 * people's committee, the signer's name left blank for the signature.
 */
@Service
class PlanExports {

    private final MasterPlans masterPlans;
    private final MasterPlanService plans;
    private final Programmes programmes;
    private final Authorities authorities;

    PlanExports(MasterPlans masterPlans, MasterPlanService plans, Programmes programmes, Authorities authorities) {
        this.masterPlans = masterPlans;
        this.plans = plans;
        this.programmes = programmes;
        this.authorities = authorities;
    }

    /** A rendered document and the name it is served under, without its extension ("350-KH-UBND-v3"). */
    record Rendered(byte[] content, String baseName, ExportFormat format) {
    }

    /** Version {@code number} of the plan; 404 for an unknown plan or version. */
    Rendered version(String planId, int number, ExportFormat format, Caller caller) {
        MasterPlan plan = plan(planId);
        MasterPlanVersion version = plans.version(planId, number, caller);
        PlanHeader header = version.header() != null ? version.header() : plan.header();
        PlanDocument document = new PlanDocument(header.issuer(), header.number(), place(header, plan), header.issuedOn(),
                "KẾ HOẠCH", header.title(), header.legalBases(), List.of(), sections(version.sections()), List.of(),
                header.funding(), recipients(plan), Issuers.VICE_CHAIR_SIGNS, null);
        return new Rendered(PlanWriter.write(document, format), fileKey(header.number()) + "-v" + number, format);
    }

    /** The annex of what changed from version {@code from} to {@code to}, one sentence per activity as the alerts say it. */
    Rendered changes(String planId, int from, int to, ExportFormat format, Caller caller) {
        MasterPlan plan = plan(planId);
        List<String> sentences = plans.changesBetween(planId, from, to, caller).stream().map(ChangeSentences::of).toList();
        PlanHeader header = masterPlans.version(planId, to).map(MasterPlanVersion::header).orElse(plan.header());
        String title = "Những thay đổi của Kế hoạch số " + header.number() + " từ phiên bản " + from + " đến phiên bản " + to;
        PlanDocument document = new PlanDocument(header.issuer(), header.number(), place(header, plan), null, "PHỤ LỤC",
                title, List.of(), List.of(), List.of(), sentences.isEmpty()
                ? List.of("Không có thay đổi nào giữa phiên bản " + from + " và phiên bản " + to + ".") : sentences,
                null, recipients(plan), Issuers.VICE_CHAIR_SIGNS, null);
        return new Rendered(PlanWriter.write(document, format), fileKey(header.number()) + "-changes-v" + from + "-v" + to,
                format);
    }

    private MasterPlan plan(String planId) {
        return masterPlans.find(planId).map(v -> v.value())
                .orElseThrow(() -> ApiException.notFound("No master plan " + planId));
    }

    private static List<PlanDocument.Section> sections(List<SectionSnapshot> sections) {
        return sections.stream().map(s -> new PlanDocument.Section(s.code(), s.title(), s.activities().stream()
                .map(a -> new PlanDocument.Activity(a.code(), a.title(), a.theme(), a.timeframe(), a.location(),
                        a.leadUnit(), a.coordinatingUnits(), a.notes())).toList())).toList();
    }

    /**
     * Where it was issued, as the line "…, ngày … tháng … năm …" names it: the place of the people's
     * committee that issued it ("Thành phố Hồ Chí Minh"; "tỉnh Hà Giang" without its "tỉnh"), else that
     * of the lead authority's register name.
     */
    private String place(PlanHeader header, MasterPlan plan) {
        String committee = Issuers.bodyOf(header.issuer());
        if (committee != null) {
            return Issuers.placeOf(committee);
        }
        return programmes.find(plan.programmeId()).flatMap(p -> authorities.find(p.leadAuthority()))
                .map(Authority::name).map(Issuers::placeOf).orElse(null);
    }

    /** The members' people's committees ("UBND tỉnh Kiên Giang"), then the archive copy; a closed plan's members as they were. */
    private List<String> recipients(MasterPlan plan) {
        List<String> members = plan.membersAtClose() != null ? plan.membersAtClose()
                : programmes.find(plan.programmeId()).map(Programme::members).orElse(List.of());
        List<String> recipients = new ArrayList<>();
        for (String member : members) {
            recipients.add(Issuers.recipientOf(authorities.find(member).map(Authority::name).orElse(member)));
        }
        recipients.add(Issuers.ARCHIVE_COPY);
        return recipients;
    }

    /** "350/KH-UBND": "350-KH-UBND", the number as a file name ("12/KH-ĐHT": "12-KH-ĐHT"; the ASCII one is the controller's). */
    static String fileKey(String number) {
        return (number == null ? "ke-hoach" : number).replaceAll("[^\\p{L}\\p{N}.]+", "-").replaceAll("^-+|-+$", "");
    }
}

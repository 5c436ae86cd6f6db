package vn.lienket.plan.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import vn.lienket.documents.parse.ParsedPlan;
import vn.lienket.documents.parse.Traced;
import vn.lienket.documents.read.SourceDocument;
import vn.lienket.plan.masterplan.ImportedPlan;
import vn.lienket.plan.masterplan.MasterPlanCreation;
import vn.lienket.plan.masterplan.MasterPlanView;
import vn.lienket.plan.programme.Programmes;
import vn.lienket.support.documents.DocumentUploads;
import vn.lienket.support.documents.UploadedDocument;
import vn.lienket.support.security.Caller;
import vn.lienket.support.store.Versioned;
import vn.lienket.support.web.ApiException;

/**
 * Reads a lead's plan document into a stored preview, and applies a preview as a new master plan
 * through the one creation path ({@link MasterPlanCreation#createImported}). A refused document
 * leaves nothing behind; so does a refused apply.
 */
@Service
class PlanImportService {

    private final DocumentUploads uploads;
    private final PlanImports imports;
    private final Programmes programmes;
    private final MasterPlanCreation creation;
    private final Clock clock;

    PlanImportService(DocumentUploads uploads, PlanImports imports, Programmes programmes, MasterPlanCreation creation,
                      Clock clock) {
        this.uploads = uploads;
        this.imports = imports;
        this.programmes = programmes;
        this.creation = creation;
        this.clock = clock;
    }

    /** 404 for an unknown programme; the document's refusal as its problem on {@code file}; else the stored preview. */
    PlanImport read(String programmeId, MultipartFile file, Caller caller) {
        programmes.get(programmeId);
        UploadedDocument upload = uploads.read(file);
        SourceDocument document = upload.document();
        ParsedPlan plan = upload.plan();
        PlanImport preview = new PlanImport(UUID.randomUUID().toString(), programmeId, upload.fileName(), upload.size(),
                upload.sha256(), document.format(), document.encoding(), document.pages(), PlanImport.PREVIEW,
                caller.principal(), clock.instant(), null, null, null, plan.header(), plan.sections(),
                plan.unrecognised(), missing(plan, ApplyRequest.NONE));
        imports.insert(preview);
        return preview;
    }

    PlanImport get(String programmeId, String importId) {
        programmes.get(programmeId);
        return imports.find(programmeId, importId)
                .orElseThrow(() -> ApiException.notFound("Programme " + programmeId + " has no import " + importId));
    }

    /**
     * Creates the plan: 409 once applied, 422 naming each field the document lacks and
     * {@code overrides} do not give, 400 naming a field that fails the rules of a new plan or of a
     * draft; nothing written then. The preview is claimed first, so that of two applies at once one
     * creates the plan and the other gets 409.
     */
    Versioned<MasterPlanView> apply(String programmeId, String importId, ApplyRequest overrides, Caller caller) {
        PlanImport preview = get(programmeId, importId);
        if (!PlanImport.PREVIEW.equals(preview.status())) {
            throw applied(preview);
        }
        ApplyRequest given = overrides == null ? ApplyRequest.NONE : overrides;
        List<PlanImport.Missing> missing = missing(new ParsedPlan(preview.header(), preview.sections(), List.of()), given);
        if (!missing.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "import-incomplete", "The document lacks "
                    + String.join(", ", missing.stream().map(PlanImport.Missing::field).toList())
                    + "; give them in the apply body", missing.get(0).field(), missing.stream()
                    .map(m -> Map.<String, Object>of("field", m.field(), "message", m.message())).toList());
        }
        ImportedPlan plan = plan(preview, given);
        String planId = null;
        Instant now = clock.instant();
        if (!imports.claim(preview.applied(now, caller.principal(), null))) {
            throw applied(get(programmeId, importId));
        }
        try {
            Versioned<MasterPlanView> created = creation.createImported(programmeId, plan, caller);
            planId = created.value().id();
            return created;
        } finally {
            if (planId == null) {
                imports.release(importId);
            } else {
                imports.markApplied(importId, planId);
            }
        }
    }

    private static ApiException applied(PlanImport preview) {
        return new ApiException(HttpStatus.CONFLICT, "import-applied", "Import " + preview.id() + " was applied"
                + (preview.appliedAt() == null ? "" : " on " + preview.appliedAt() + " by " + preview.appliedBy())
                + (preview.planId() == null ? "" : " as plan " + preview.planId()), null, null);
    }

    /** The header the document gives, each field the overrides give replacing it, and the document's sections. */
    private static ImportedPlan plan(PlanImport preview, ApplyRequest given) {
        ParsedPlan.Header h = preview.header();
        LocalDate from = given.period() != null && given.period().from() != null ? given.period().from() : value(h.periodFrom());
        LocalDate to = given.period() != null && given.period().to() != null ? given.period().to() : value(h.periodTo());
        List<ImportedPlan.Section> sections = preview.sections().stream().map(s -> new ImportedPlan.Section(value(s.code()),
                value(s.title()), s.activities().stream().map(a -> new ImportedPlan.Activity(value(a.code()),
                        value(a.title()), value(a.theme()), value(a.timeframe()), value(a.location()), value(a.leadUnit()),
                        a.coordinatingUnits().stream().map(PlanImportService::value).toList(), value(a.notes())))
                        .toList())).toList();
        return new ImportedPlan(or(given.number(), value(h.number())), or(given.title(), value(h.title())),
                or(given.issuer(), value(h.issuer())), given.issuedOn() != null ? given.issuedOn() : value(h.issuedOn()),
                h.legalBases().stream().map(PlanImportService::value).toList(), value(h.funding()), from, to, sections,
                "import " + preview.id() + " of " + preview.fileName());
    }

    /** What applying needs and neither the document nor the overrides give. */
    static List<PlanImport.Missing> missing(ParsedPlan plan, ApplyRequest given) {
        ParsedPlan.Header h = plan.header();
        List<PlanImport.Missing> missing = new ArrayList<>();
        if (blank(given.number()) && blank(value(h == null ? null : h.number()))) {
            missing.add(new PlanImport.Missing("header.number", "The document gives no number (\"Số: …/KH-UBND\"); "
                    + "give one when applying"));
        }
        if (blank(given.title()) && blank(value(h == null ? null : h.title()))) {
            missing.add(new PlanImport.Missing("header.title", "The document gives no title under \"KẾ HOẠCH\"; "
                    + "give one when applying"));
        }
        if (blank(given.issuer()) && blank(value(h == null ? null : h.issuer()))) {
            missing.add(new PlanImport.Missing("header.issuer", "The document names no issuing body; give one when applying"));
        }
        if (given.issuedOn() == null && value(h == null ? null : h.issuedOn()) == null) {
            missing.add(new PlanImport.Missing("header.issuedOn", "The document has no complete date of issue "
                    + "(\"ngày … tháng … năm …\"); give one when applying"));
        }
        boolean from = (given.period() != null && given.period().from() != null)
                || value(h == null ? null : h.periodFrom()) != null;
        boolean to = (given.period() != null && given.period().to() != null) || value(h == null ? null : h.periodTo()) != null;
        if (!from || !to) {
            missing.add(new PlanImport.Missing("header.period", "The document names no period (\"năm 2024\", "
                    + "\"giai đoạn 2021–2025\"); give one when applying"));
        }
        if (plan.sections().stream().allMatch(s -> s.activities().isEmpty())) {
            missing.add(new PlanImport.Missing("sections", "No activity was found in the document; a plan needs at "
                    + "least one (see unrecognised for what was not understood)"));
        }
        return missing;
    }

    private static <T> T value(Traced<T> traced) {
        return traced == null ? null : traced.value();
    }

    private static String or(String given, String found) {
        return blank(given) ? found : given;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

}

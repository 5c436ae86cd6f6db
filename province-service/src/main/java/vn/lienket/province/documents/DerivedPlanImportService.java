package vn.lienket.province.documents;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import vn.lienket.documents.match.ActivityMatcher;
import vn.lienket.documents.match.Match;
import vn.lienket.documents.parse.ParsedPlan;
import vn.lienket.documents.read.SourceDocument;
import vn.lienket.province.derivedplan.DerivedPlan;
import vn.lienket.province.derivedplan.DerivedPlanService;
import vn.lienket.province.derivedplan.LocalActivity;
import vn.lienket.province.derivedplan.LocalFields;
import vn.lienket.province.tenancy.Tenants;
import vn.lienket.support.documents.DocumentUploads;
import vn.lienket.support.documents.UploadedDocument;
import vn.lienket.support.security.Caller;
import vn.lienket.support.store.Versioned;
import vn.lienket.support.web.ApiException;
import vn.lienket.support.web.EntityTags;

/**
 * A member's own plan read from its document into a preview of its derived plan, and the preview
 * applied: through {@link DerivedPlanService#importDocument}, the same write (checks, If-Match,
 * one audit entry) as the edits a planner types in.
 */
@Service
class DerivedPlanImportService {

    private final DocumentUploads uploads;
    private final DerivedPlanService plans;
    private final DerivedPlanImports previews;
    private final Tenants tenants;
    private final Validator validator;
    private final Clock clock;

    DerivedPlanImportService(DocumentUploads uploads, DerivedPlanService plans, DerivedPlanImports previews,
                             Tenants tenants, Validator validator, Clock clock) {
        this.uploads = uploads;
        this.plans = plans;
        this.previews = previews;
        this.tenants = tenants;
        this.validator = validator;
        this.clock = clock;
    }

    /** Reads the file against the plan as it is now; a refused file stores nothing. */
    DerivedPlanImport prepare(String provinceId, String masterPlanId, MultipartFile file, Caller caller) {
        Versioned<DerivedPlan> current = plans.get(provinceId, masterPlanId, caller);
        UploadedDocument upload = uploads.read(file);
        SourceDocument document = upload.document();
        ParsedPlan parsed = upload.plan();
        DerivedPlan plan = current.value();
        List<Match> matches = ActivityMatcher.match(parsed.sections().stream()
                .flatMap(s -> s.activities().stream()).toList(), ImportPlanning.masterActivities(plan));
        List<ImportedActivity> activities = ImportPlanning.activities(parsed, matches, plan);
        Instant now = clock.instant();
        // as apply would write it; a field apply would refuse is refused there, naming it
        DerivedPlan after = plan.imported(ImportPlanning.writes(activities, plan, defaultLeadUnit(plan)), now);
        DerivedPlanImport preview = new DerivedPlanImport(UUID.randomUUID().toString(), provinceId, masterPlanId,
                plan.basedOnVersion(), current.revision(), upload.fileName(), upload.size(), upload.sha256(), document.format(),
                document.encoding(), document.pages(), caller.principal(), now, DerivedPlanImport.Status.PREVIEW, null,
                null, parsed.header(), activities, ImportPlanning.unmatchedMaster(plan, activities), after.deviations(),
                parsed.unrecognised());
        previews.insert(preview, now);
        return preview;
    }

    DerivedPlanImport get(String provinceId, String masterPlanId, String importId, Caller caller) {
        plans.get(provinceId, masterPlanId, caller);
        return previews.find(provinceId, masterPlanId, importId).orElseThrow(() -> ApiException.notFound(
                provinceId + "'s plan of " + masterPlanId + " has no import " + importId
                        + " (previews are kept " + DerivedPlanImports.KEPT.toDays() + " days)"));
    }

    /**
     * Writes the preview into the plan it was read against (If-Match its ETag: 428 without, 412
     * stale), once: a preview applied before is 409 {@code import-applied}; one made on a plan that
     * has changed since (an edit, a master version) is 409 {@code import-stale}, as its matches and
     * deviations were worked out on the plan as it was; one whose write is refused stays a preview.
     */
    Versioned<DerivedPlan> apply(String provinceId, String masterPlanId, String importId, String ifMatch, Caller caller) {
        DerivedPlanImport preview = get(provinceId, masterPlanId, importId, caller);
        long revision = plans.get(provinceId, masterPlanId, caller).revision();
        EntityTags.require(ifMatch, revision);
        if (preview.status() == DerivedPlanImport.Status.APPLIED
                || !previews.claim(provinceId, importId, caller.principal(), clock.instant())) {
            DerivedPlanImport applied = previews.find(provinceId, masterPlanId, importId).orElse(preview);
            throw new ApiException(HttpStatus.CONFLICT, "import-applied", "Import " + importId
                    + " was applied already, at " + applied.appliedAt() + " by " + applied.appliedBy()
                    + "; import the file again to apply it again", null, null);
        }
        if (revision != preview.revision()) {
            previews.release(provinceId, importId);
            throw new ApiException(HttpStatus.CONFLICT, "import-stale", "The plan has changed since import " + importId
                    + " was read against it (revision " + preview.revision() + ", now " + revision
                    + "); import the file again to see it against the plan as it is", null, null);
        }
        try {
            return plans.importDocument(provinceId, masterPlanId, ifMatch,
                    preview.fileName() + ": " + preview.counts() + " (import " + importId + ")",
                    p -> checked(ImportPlanning.writes(preview.activities(), p, defaultLeadUnit(p))), caller);
        } catch (ApiException refused) {
            // refused before anything was written (a rule, a stale ETag): the preview can be applied again
            previews.release(provinceId, importId);
            throw refused;
        }
    }

    /** 422 naming each field a planner could not have typed in either (a lead unit missing, a title too long). */
    private DerivedPlan.Imported checked(DerivedPlan.Imported imported) {
        List<Map<String, Object>> errors = new ArrayList<>();
        imported.edits().forEach((code, fields) -> {
            for (ConstraintViolation<LocalFields> v : validator.validate(fields)) {
                errors.add(Map.of("field", "activities[" + code + "].fields." + v.getPropertyPath(),
                        "message", v.getMessage()));
            }
        });
        for (LocalActivity local : imported.added()) {
            for (ConstraintViolation<LocalActivity> v : validator.validate(local)) {
                errors.add(Map.of("field", "activities[" + local.code() + "]." + v.getPropertyPath(),
                        "message", v.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            // as plan-service answers an import a rule refuses: 400 invalid-input, naming the first field
            String field = (String) errors.get(0).get("field");
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-input", "The document's " + field + " "
                    + errors.get(0).get("message") + "; correct the document or edit the activity by hand", field, errors);
        }
        return imported;
    }

    /** The unit that leads an activity the document names no lead for: the province's tourism department. */
    private String defaultLeadUnit(DerivedPlan plan) {
        String unit = tenants.tourismUnit(plan.provinceId());
        return unit != null ? unit : plan.activities().stream().map(a -> a.leadUnit()).filter(u -> u != null)
                .findFirst().orElse(null);
    }
}

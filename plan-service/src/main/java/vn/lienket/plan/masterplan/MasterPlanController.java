package vn.lienket.plan.masterplan;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienket.support.web.EntityTags;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.security.Caller;
import vn.lienket.support.store.Versioned;
import vn.lienket.support.web.Page;
import vn.lienket.support.web.PageRequest;

@RestController
@RequestMapping("/api/master-plans")
class MasterPlanController {

    private final MasterPlanService service;

    MasterPlanController(MasterPlanService service) {
        this.service = service;
    }

    /** Where a moved activity goes: its new section and its number there. */
    record Move(@NotBlank @Pattern(regexp = DraftRequest.CODE) String toSection,
                @NotBlank @Pattern(regexp = DraftRequest.CODE) String newCode) {
    }

    /** The single deadline of the first API: it replaces all of a plan's deadlines with one. */
    record SingleReportingDeadline(@jakarta.validation.constraints.NotNull java.time.LocalDate reportingDeadline) {
    }

    @Operation(summary = "Replace the reporting deadlines (the lead authority's coordinator, If-Match)",
            description = "Each deadline has a label (\"6 tháng\", \"năm\") and either a date or everyYear as month-day "
                    + "(\"12-15\": 15 December of each calendar year of the plan's period). An empty list removes them.")
    @PutMapping("/{planId}/reporting-deadlines")
    ResponseEntity<MasterPlanView> setReportingDeadlines(@PathVariable String planId,
                                                         @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                         @Valid @RequestBody ReportingDeadlines body) {
        return withEtag(service.setReportingDeadlines(planId, ifMatch, body.toDeadlines(), Caller.current()));
    }

    @Operation(summary = "Set one reporting deadline (the lead authority's coordinator, If-Match)", deprecated = true,
            description = "Replaces all of the plan's deadlines with this one date, labelled \"báo cáo\"; "
                    + "PUT /reporting-deadlines sets several.")
    @PutMapping("/{planId}/reporting-deadline")
    ResponseEntity<MasterPlanView> setReportingDeadline(@PathVariable String planId,
                                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                        @Valid @RequestBody SingleReportingDeadline body) {
        return withEtag(service.setReportingDeadlines(planId, ifMatch, List.of(new ReportingDeadline(
                ReportingDeadlines.DEFAULT_LABEL, body.reportingDeadline(), null)), Caller.current()));
    }

    @Operation(summary = "Replace the header (the lead authority's coordinator, If-Match)",
            description = "Number, title, issuer, issuedOn, legalBases (the plans it cites, \"Căn cứ …\"), funding and "
                    + "period, all at once; the plan keeps its id. Published versions keep the header they were published "
                    + "under. 409 for a number the programme uses that year (field number).")
    @PutMapping("/{planId}/header")
    ResponseEntity<MasterPlanView> changeHeader(@PathVariable String planId,
                                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                @Valid @RequestBody HeaderRequest header) {
        return withEtag(service.changeHeader(planId, ifMatch, header.toHeader(), Caller.current()));
    }

    @Operation(summary = "Close the plan when its work is done (the lead authority's coordinator, If-Match)",
            description = "Read-only from then on: every write answers 409 plan-closed. It stays listed and readable with "
                    + "its versions and audit; deadline checks and reminders stop; lienket.master-plan.closed.v1 is "
                    + "published. Nothing closes a plan by the clock.")
    @PostMapping("/{planId}/close")
    ResponseEntity<MasterPlanView> close(@PathVariable String planId,
                                         @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withEtag(service.close(planId, ifMatch, Caller.current()));
    }

    /** The programme's plans in the order of their ids, a page at a time. */
    @GetMapping
    ResponseEntity<List<MasterPlanView.Summary>> list(@RequestParam("programme") String programmeId,
                                                      @RequestParam(required = false) Integer limit,
                                                      @RequestParam(required = false) String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Page.slice(service.list(programmeId, Caller.current()), page, MasterPlanView.Summary::id).toResponse();
    }

    @GetMapping("/{planId}")
    ResponseEntity<MasterPlanView> get(@PathVariable String planId) {
        return withEtag(service.get(planId, Caller.current()));
    }

    @PutMapping("/{planId}/draft")
    ResponseEntity<MasterPlanView> replaceDraft(@PathVariable String planId,
                                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                @Valid @RequestBody DraftRequest draft) {
        return withEtag(service.editDraft(planId, ifMatch, "draft.replaced", s -> draft.toSections(),
                Caller.current()));
    }

    @PostMapping("/{planId}/draft/sections/{sectionCode}/activities")
    ResponseEntity<MasterPlanView> addActivity(@PathVariable String planId, @PathVariable String sectionCode,
                                               @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                               @Valid @RequestBody DraftRequest.Activity activity) {
        return withEtag(service.editDraft(planId, ifMatch,
                "activity.added " + activity.code(), s -> DraftEdits.add(s, sectionCode, activity.toSnapshot()), Caller.current()));
    }

    @PutMapping("/{planId}/draft/activities/{code}")
    ResponseEntity<MasterPlanView> changeActivity(@PathVariable String planId, @PathVariable String code,
                                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                  @Valid @RequestBody DraftRequest.Activity activity) {
        return withEtag(service.editDraft(planId, ifMatch,
                "activity.changed " + code, s -> DraftEdits.change(s, code, activity.toSnapshot()), Caller.current()));
    }

    @DeleteMapping("/{planId}/draft/activities/{code}")
    ResponseEntity<MasterPlanView> removeActivity(@PathVariable String planId, @PathVariable String code,
                                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withEtag(service.editDraft(planId, ifMatch, "activity.removed " + code, s -> DraftEdits.remove(s, code),
                Caller.current()));
    }

    @PostMapping("/{planId}/draft/activities/{code}/move")
    ResponseEntity<MasterPlanView> moveActivity(@PathVariable String planId, @PathVariable String code,
                                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                @Valid @RequestBody Move move) {
        return withEtag(service.editDraft(planId, ifMatch,
                "activity.moved " + code + " to " + move.newCode(), s -> DraftEdits.move(s, code, move.toSection(), move.newCode()), Caller.current()));
    }

    @PostMapping("/{planId}/versions")
    ResponseEntity<VersionView> publish(@PathVariable String planId, @Valid @RequestBody PublishRequest request,
                                        @Parameter(description = "optional: the draft's ETag the publication was reviewed on; "
                                                + "412 if the draft changed since")
                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        MasterPlanVersion version = service.publish(planId, request, ifMatch, Caller.current());
        return ResponseEntity.created(URI.create("/api/master-plans/" + planId + "/versions/" + version.number()))
                .body(VersionView.of(version));
    }

    @GetMapping("/{planId}/versions/{number}")
    VersionView version(@PathVariable String planId, @PathVariable int number) {
        return VersionView.of(service.version(planId, number, Caller.current()));
    }

    /** Matching activities in the plan's order, a page at a time. */
    @GetMapping("/{planId}/activities")
    ResponseEntity<List<PlanSectionsView.Activity>> search(@PathVariable String planId,
                                                           @RequestParam("q") @jakarta.validation.constraints.Size(min = 2, max = 200) String text,
                                                           @RequestParam(required = false) Integer limit,
                                                           @RequestParam(required = false) String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Page.slice(service.search(planId, text, Caller.current()), page, PlanSectionsView.Activity::code)
                .toResponse();
    }

    /** The plan's trail, newest first, a page at a time. */
    @GetMapping("/{planId}/audit")
    ResponseEntity<List<AuditEntry>> audit(@PathVariable String planId, @RequestParam(required = false) Integer limit,
                                           @RequestParam(required = false) String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Page.newestFirst(service.audit(planId, Caller.current()), page).toResponse();
    }

    @Operation(summary = "What publishing the draft now would change (the lead authority's coordinator)",
            description = "The net changes from the latest published version to the draft, field by field, with the "
                    + "Vietnamese sentence each member's alert will carry (as GET /changes answers between two versions). "
                    + "latestVersion is 0 before the first version; no changes after it means nothing to publish.")
    @GetMapping("/{planId}/draft/changes")
    DraftChanges draftChanges(@PathVariable String planId) {
        return service.draftChanges(planId, Caller.current());
    }

    @GetMapping("/{planId}/changes")
    VersionChanges changes(@PathVariable String planId, @RequestParam int from, @RequestParam int to) {
        return service.changes(planId, from, to, Caller.current());
    }

    private static ResponseEntity<MasterPlanView> withEtag(Versioned<MasterPlanView> plan) {
        return ResponseEntity.ok().eTag(EntityTags.of(plan.revision())).body(plan.value());
    }
}

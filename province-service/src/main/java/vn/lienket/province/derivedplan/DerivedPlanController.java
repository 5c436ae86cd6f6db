package vn.lienket.province.derivedplan;

import java.net.URI;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
import vn.lienket.support.security.Caller;
import vn.lienket.support.store.Versioned;
import vn.lienket.support.web.Page;
import vn.lienket.support.web.PageRequest;

/**
 * A province's derived plans. Reads of one plan answer its ETag; every write names it in
 * If-Match (428 without, 412 when the plan changed since), so a stale edit never overwrites a
 * newer one. Lists are paged ({@code limit}, {@code cursor}, a {@code Link} to the next page).
 */
@RestController
@RequestMapping("/api/provinces/{provinceId}/derived-plans")
class DerivedPlanController {

    private final DerivedPlanService service;

    DerivedPlanController(DerivedPlanService service) {
        this.service = service;
    }

    record RevisionRequest(@NotNull @Size(max = 500) List<@NotNull @Valid Resolution> resolutions) {
    }

    /** The province's plans in the order of their master plan's id. */
    @GetMapping
    ResponseEntity<List<DerivedPlanView.Summary>> list(@PathVariable String provinceId,
                                                       @RequestParam(required = false) Integer limit,
                                                       @RequestParam(required = false) String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        List<DerivedPlanView.Summary> all = service.list(provinceId, Caller.current()).stream()
                .sorted(Comparator.comparing(DerivedPlanView.Summary::masterPlanId)).toList();
        return Page.slice(all, page, DerivedPlanView.Summary::masterPlanId).toResponse();
    }

    @GetMapping("/{masterPlanId}")
    ResponseEntity<DerivedPlanView.Detail> get(@PathVariable String provinceId, @PathVariable String masterPlanId) {
        return detail(service.get(provinceId, masterPlanId, Caller.current()), 200);
    }

    /** The plan's published versions, newest first, a page at a time. */
    @GetMapping("/{masterPlanId}/versions")
    ResponseEntity<List<DerivedVersion>> versions(@PathVariable String provinceId, @PathVariable String masterPlanId,
                                                  @RequestParam(required = false) Integer limit,
                                                  @RequestParam(required = false) String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return service.versions(provinceId, masterPlanId, page, Caller.current()).toResponse();
    }

    @GetMapping("/{masterPlanId}/versions/{number}")
    DerivedPlanView.Version version(@PathVariable String provinceId, @PathVariable String masterPlanId,
                                    @PathVariable int number) {
        return service.versionWithChanges(provinceId, masterPlanId, number, Caller.current());
    }

    /** The plan's trail, newest first. */
    @GetMapping("/{masterPlanId}/audit")
    ResponseEntity<List<DerivedAuditEntry>> audit(@PathVariable String provinceId, @PathVariable String masterPlanId,
                                           @RequestParam(required = false) Integer limit,
                                           @RequestParam(required = false) String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return service.audit(provinceId, masterPlanId, page, Caller.current()).toResponse();
    }

    @PutMapping("/{masterPlanId}/activities/{code}")
    ResponseEntity<DerivedPlanView.Detail> editActivity(@PathVariable String provinceId, @PathVariable String masterPlanId,
                                                        @PathVariable String code,
                                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                        @Valid @RequestBody LocalFields fields) {
        return detail(service.editActivity(provinceId, masterPlanId, ifMatch, code, fields, Caller.current()), 200);
    }

    /**
     * How the successor settles one master activity of a plan it made of several: {@code keep}
     * names the origin whose fields it keeps, or {@code fields} are its own; exactly one of them.
     */
    record ConsolidationRequest(@Size(max = 100) String keep, @Valid LocalFields fields) {
    }

    @PutMapping("/{masterPlanId}/consolidation/{masterCode}")
    ResponseEntity<DerivedPlanView.Detail> consolidate(@PathVariable String provinceId, @PathVariable String masterPlanId,
                                                       @PathVariable String masterCode,
                                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                       @Valid @RequestBody ConsolidationRequest request) {
        return detail(service.consolidate(provinceId, masterPlanId, ifMatch, masterCode, request.keep(), request.fields(),
                Caller.current()), 200);
    }

    @PostMapping("/{masterPlanId}/activities/{code}/progress")
    ResponseEntity<ProgressReport> reportProgress(@PathVariable String provinceId, @PathVariable String masterPlanId,
                                                  @PathVariable String code,
                                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                  @Valid @RequestBody ProgressReport report) {
        Versioned<ProgressReport> reported = service.reportProgress(provinceId, masterPlanId, ifMatch, code, report,
                Caller.current());
        return ResponseEntity.status(201).eTag(EntityTags.of(reported.revision())).body(reported.value());
    }

    @PostMapping("/{masterPlanId}/activities")
    ResponseEntity<DerivedPlanView.Detail> addActivity(@PathVariable String provinceId, @PathVariable String masterPlanId,
                                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                       @Valid @RequestBody LocalActivity activity) {
        return detail(service.addActivity(provinceId, masterPlanId, ifMatch, activity, Caller.current()), 201);
    }

    @PostMapping("/{masterPlanId}/versions")
    ResponseEntity<DerivedVersion> publish(@PathVariable String provinceId, @PathVariable String masterPlanId,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @Valid @RequestBody RevisionRequest request) {
        Versioned<DerivedVersion> version = service.publish(provinceId, masterPlanId, ifMatch, request.resolutions(),
                Caller.current());
        return ResponseEntity.created(URI.create("/api/provinces/" + provinceId + "/derived-plans/" + masterPlanId
                        + "/versions/" + version.value().number()))
                .eTag(EntityTags.of(version.revision())).body(version.value());
    }

    private static ResponseEntity<DerivedPlanView.Detail> detail(Versioned<DerivedPlan> plan, int status) {
        return ResponseEntity.status(status).eTag(EntityTags.of(plan.revision()))
                .body(DerivedPlanView.Detail.of(plan.value()));
    }
}

package vn.lienket.province.derivedplan;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.security.Caller;

@RestController
@RequestMapping("/api/provinces/{provinceId}/derived-plans")
class DerivedPlanController {

    private final DerivedPlanService service;

    DerivedPlanController(DerivedPlanService service) {
        this.service = service;
    }

    record RevisionRequest(@NotNull @Size(max = 500) List<@NotNull @Valid Resolution> resolutions) {
    }

    @GetMapping
    List<DerivedPlanView.Summary> list(@PathVariable String provinceId) {
        return service.list(provinceId, Caller.current());
    }

    @GetMapping("/{masterPlanId}")
    DerivedPlanView.Detail get(@PathVariable String provinceId, @PathVariable String masterPlanId) {
        return DerivedPlanView.Detail.of(service.get(provinceId, masterPlanId, Caller.current()));
    }

    @GetMapping("/{masterPlanId}/versions/{number}")
    DerivedPlanView.Version version(@PathVariable String provinceId, @PathVariable String masterPlanId,
                                    @PathVariable int number) {
        return DerivedPlanView.Version.of(service.get(provinceId, masterPlanId, Caller.current()), number);
    }

    @GetMapping("/{masterPlanId}/audit")
    List<AuditEntry> audit(@PathVariable String provinceId, @PathVariable String masterPlanId) {
        return service.audit(provinceId, masterPlanId, Caller.current());
    }

    @PutMapping("/{masterPlanId}/activities/{code}")
    DerivedPlanView.Detail editActivity(@PathVariable String provinceId, @PathVariable String masterPlanId,
                                        @PathVariable String code, @Valid @RequestBody LocalFields fields) {
        return DerivedPlanView.Detail.of(service.editActivity(provinceId, masterPlanId, code, fields, Caller.current()));
    }

    @PostMapping("/{masterPlanId}/activities/{code}/progress")
    ResponseEntity<ProgressReport> reportProgress(@PathVariable String provinceId, @PathVariable String masterPlanId,
                                                  @PathVariable String code, @Valid @RequestBody ProgressReport report) {
        return ResponseEntity.status(201).body(service.reportProgress(provinceId, masterPlanId, code, report,
                Caller.current()));
    }

    @PostMapping("/{masterPlanId}/activities")
    ResponseEntity<DerivedPlanView.Detail> addActivity(@PathVariable String provinceId, @PathVariable String masterPlanId,
                                                       @Valid @RequestBody LocalActivity activity) {
        return ResponseEntity.status(201).body(DerivedPlanView.Detail.of(
                service.addActivity(provinceId, masterPlanId, activity, Caller.current())));
    }

    @PostMapping("/{masterPlanId}/versions")
    ResponseEntity<DerivedVersion> publish(@PathVariable String provinceId, @PathVariable String masterPlanId,
                                           @Valid @RequestBody RevisionRequest request) {
        DerivedVersion version = service.publish(provinceId, masterPlanId, request.resolutions(), Caller.current());
        return ResponseEntity.created(URI.create("/api/provinces/" + provinceId + "/derived-plans/" + masterPlanId
                + "/versions/" + version.number())).body(version);
    }
}

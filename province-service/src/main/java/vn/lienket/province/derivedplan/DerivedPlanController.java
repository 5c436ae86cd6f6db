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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
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
    DerivedPlan get(@PathVariable String provinceId, @PathVariable String masterPlanId) {
        return service.get(provinceId, masterPlanId, Caller.current());
    }

    @PostMapping("/{masterPlanId}/versions")
    ResponseEntity<DerivedVersion> revise(@PathVariable String provinceId, @PathVariable String masterPlanId,
                                          @Valid @RequestBody RevisionRequest request) {
        DerivedVersion version = service.revise(provinceId, masterPlanId, request.resolutions(), Caller.current());
        return ResponseEntity.created(URI.create("/api/provinces/" + provinceId + "/derived-plans/" + masterPlanId
                + "/versions/" + version.number())).body(version);
    }
}

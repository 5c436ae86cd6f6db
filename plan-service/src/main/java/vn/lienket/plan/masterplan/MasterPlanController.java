package vn.lienket.plan.masterplan;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienket.support.security.Caller;

@RestController
@RequestMapping("/api/master-plans")
class MasterPlanController {

    private final MasterPlanService service;

    MasterPlanController(MasterPlanService service) {
        this.service = service;
    }

    @GetMapping
    List<MasterPlanView.Summary> list(@RequestParam("programme") String programmeId) {
        return service.list(programmeId, Caller.current());
    }

    @GetMapping("/{planId}")
    MasterPlanView get(@PathVariable String planId) {
        return service.get(planId, Caller.current());
    }

    @PutMapping("/{planId}/draft")
    MasterPlanView replaceDraft(@PathVariable String planId, @Valid @RequestBody DraftRequest draft) {
        return service.replaceDraft(planId, draft.toSections(), Caller.current());
    }

    @PostMapping("/{planId}/versions")
    ResponseEntity<MasterPlanVersion> publish(@PathVariable String planId, @Valid @RequestBody PublishRequest request) {
        MasterPlanVersion version = service.publish(planId, request, Caller.current());
        return ResponseEntity.created(URI.create("/api/master-plans/" + planId + "/versions/" + version.number()))
                .body(version);
    }

    @GetMapping("/{planId}/versions/{number}")
    MasterPlanVersion version(@PathVariable String planId, @PathVariable int number) {
        return service.version(planId, number, Caller.current());
    }
}

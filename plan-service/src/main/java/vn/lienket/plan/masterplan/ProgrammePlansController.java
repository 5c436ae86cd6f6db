package vn.lienket.plan.masterplan;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.lienket.support.security.Caller;
import vn.lienket.support.store.Versioned;
import vn.lienket.support.web.EntityTags;

/** A programme's plans are created under the programme: the lead starts next year's plan here. */
@RestController
class ProgrammePlansController {

    private final MasterPlanCreation creation;

    ProgrammePlansController(MasterPlanCreation creation) {
        this.creation = creation;
    }

    @Operation(summary = "Create a master plan in a programme (the lead authority's coordinator)",
            description = "The header, reporting deadlines and a first draft: empty, or with copyOf the latest published "
                    + "version of an earlier plan of the same programme, its activities renumbered without gaps per "
                    + "section unless renumber is false. The id is made of the number and the year of issue "
                    + "(120/KH-UBND of 2025: 120-kh-ubnd-2025). Answers 201 with Location and the draft's ETag. "
                    + "409 for a number the programme uses that year (field number) or an archived programme; 400 for a "
                    + "period that ends before it starts (field period.to); 422 for a copyOf that is not a published plan "
                    + "of this programme (field copyOf).")
    @PostMapping("/api/programmes/{programmeId}/master-plans")
    ResponseEntity<MasterPlanView> create(@PathVariable String programmeId, @Valid @RequestBody CreatePlanRequest request) {
        Versioned<MasterPlanView> plan = creation.create(programmeId, request, Caller.current());
        return ResponseEntity.created(URI.create("/api/master-plans/" + plan.value().id()))
                .eTag(EntityTags.of(plan.revision())).body(plan.value());
    }
}

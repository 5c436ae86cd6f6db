package vn.lienket.console.plans;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import vn.lienket.console.api.ApiProblem;
import vn.lienket.console.api.Gateway;
import vn.lienket.console.signin.Person;

/**
 * What a person may do with a plan, to decide what a page shows: the lead authority's coordinators
 * edit and publish, anyone else of the lead reads, a member reads and has its own derived plan. The
 * services decide again on every call; this only keeps people from pressing buttons that will fail.
 */
@Component
class PlanRoles {

    /** The person's standing on one plan. */
    record Standing(boolean leads, boolean edits, String leadAuthority) {

        public boolean member() {
            return !leads;
        }
    }

    private final Gateway gateway;

    PlanRoles(Gateway gateway) {
        this.gateway = gateway;
    }

    Standing of(Person person, JsonNode plan) {
        String lead = gateway.get("/api/programmes/{id}", plan.path("programmeId").asString()).body()
                .path("leadAuthority").asString();
        boolean leads = lead.equals(person.tenant());
        return new Standing(leads, leads && person.coordinator(), lead);
    }

    /** A page only the lead's coordinators use: said in plain words before any form is shown. */
    static void requireEditor(Standing standing) {
        if (!standing.edits()) {
            throw new ApiProblem.Refused(ApiProblem.local(403, "forbidden", null,
                    "Chỉ cán bộ điều phối của đơn vị chủ trì được sửa và ban hành kế hoạch này."));
        }
    }
}

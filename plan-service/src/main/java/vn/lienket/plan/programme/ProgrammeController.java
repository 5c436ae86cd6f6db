package vn.lienket.plan.programme;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.lienket.support.security.Caller;
import vn.lienket.support.web.ApiException;

@RestController
class ProgrammeController {

    private final Programmes programmes;

    ProgrammeController(Programmes programmes) {
        this.programmes = programmes;
    }

    @GetMapping("/api/programmes/{programmeId}")
    Programme programme(@PathVariable String programmeId) {
        Programme programme = programmes.get(programmeId);
        Caller caller = Caller.current();
        if (!programme.isParticipant(caller.tenant())) {
            throw ApiException.forbidden(caller.tenant() + " is not part of programme " + programmeId);
        }
        return programme;
    }
}

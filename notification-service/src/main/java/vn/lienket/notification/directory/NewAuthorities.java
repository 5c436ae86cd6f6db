package vn.lienket.notification.directory;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.lienket.contracts.AuthorityRef;
import vn.lienket.contracts.ProgrammeSnapshot;

/**
 * An authority new to the directory (the lead or a member of a programme just created or joined)
 * starts with one unit: its tourism department, as the register names it, the lead unit of its
 * plans. It has no contact points or channels until the authority gives them through the API, and
 * adds its other units the same way. An authority that has a tourism unit already keeps it as it
 * is: its own edits are never overwritten, however often the event is read.
 */
@Component
public class NewAuthorities {

    static final String TOURISM_UNIT_KEY = "so-du-lich";
    private static final Logger log = LoggerFactory.getLogger(NewAuthorities.class);

    private final UnitDirectory directory;

    NewAuthorities(UnitDirectory directory) {
        this.directory = directory;
    }

    public void start(ProgrammeSnapshot programme) {
        programme.authorities().forEach(this::start);
    }

    private void start(AuthorityRef authority) {
        if (authority.tourismDepartment() == null || authority.tourismDepartment().isBlank()
                || directory.tourismUnitOf(authority.id()).isPresent()) {
            return;
        }
        if (directory.add(started(authority))) {
            log.info("{} starts its directory with its tourism unit {}", authority.id(), authority.tourismDepartment());
        }
    }

    static Unit started(AuthorityRef authority) {
        return new Unit(authority.id() + "." + TOURISM_UNIT_KEY, authority.id(), authority.tourismDepartment(),
                UnitKind.TOURISM_UNIT, null, null, List.of(), false, null);
    }

    /** A tourism unit as it was started and never changed since: no contact points, no channels, its first revision. */
    static boolean untouched(Unit unit, long revision) {
        return revision == 1 && unit.kind() == UnitKind.TOURISM_UNIT && unit.email() == null && unit.mobile() == null
                && unit.channels().isEmpty();
    }
}

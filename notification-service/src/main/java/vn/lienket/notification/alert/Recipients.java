package vn.lienket.notification.alert;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.notification.directory.Unit;

/**
 * What a rule asks of the unit directory and the successions. An authority merged into another
 * answers through its successor: its units are the successor's now, by the same names, and a
 * moved unit is never a recipient.
 */
interface Recipients {

    /** The tourism unit of the authority, or of its successor; empty when the directory has none. */
    Optional<Unit> tourismUnitOf(String authorityId, IntegrationEvent event);

    /** The units the authority (its successor) has by these names, in order; a name with none is left out. */
    List<Unit> named(String authorityId, List<String> names, IntegrationEvent event);

    /** The name of the authority's (its successor's) tourism unit, or the id if it has none. */
    String unitName(String authorityId);

    /** A predecessor as its succession named it, else its tourism unit's name, else its id. */
    String predecessorName(String authorityId);

    /** The day a succession took effect, as recorded for one of these predecessors. */
    Optional<LocalDate> effectiveOn(String successionId, List<String> predecessors);
}

package vn.lienket.notification.directory;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.lienket.contracts.AuthoritySucceeded;
import vn.lienket.support.store.Versioned;

/**
 * A succession applied to the directory: every unit of each predecessor is copied into the
 * successor's directory as {@code <successor>.<predecessor>-<key>} (another suffix if the successor
 * has a unit of that id of its own), with every contact point, for its people to review; then the
 * predecessor's unit is marked as moved and is never alerted again, but stays readable. A
 * successor new to the directory starts with its tourism unit, as {@link NewAuthorities} starts
 * one. Idempotent: a moved unit is not moved again, a copy made before a crash is found by its
 * {@code movedFrom}, and a copy the successor has since changed or removed is left as it is.
 */
@Component
public class SuccessionMoves {

    private static final Logger log = LoggerFactory.getLogger(SuccessionMoves.class);
    private static final int ATTEMPTS = 5;

    private final UnitDirectory directory;
    private final Successions successions;

    SuccessionMoves(UnitDirectory directory, Successions successions) {
        this.directory = directory;
        this.successions = successions;
    }

    /** Records the succession, then moves what has not moved yet; returns how many units moved now. */
    public int apply(AuthoritySucceeded succession) {
        successions.record(succession);
        return move(succession);
    }

    /** Every recorded succession again: for units seeded after the succession was first read. */
    int reapplyAll() {
        return successions.all().stream().mapToInt(this::move).sum();
    }

    private int move(AuthoritySucceeded succession) {
        String successor = succession.successor().id();
        if (succession.successor().tourismDepartment() != null && !succession.successor().tourismDepartment().isBlank()
                && directory.tourismUnitOf(successor).isEmpty()) {
            directory.add(NewAuthorities.started(succession.successor()));
        }
        int moved = 0;
        for (String predecessor : succession.predecessorIds()) {
            if (predecessor.equals(successor)) {
                continue; // the register refuses a succession into itself; nothing to move if one came
            }
            for (Unit unit : directory.of(predecessor)) {
                if (!unit.moved()) {
                    moved += move(unit, succession) ? 1 : 0;
                }
            }
        }
        if (moved > 0) {
            log.info("Succession {}: {} units of {} moved into {}'s directory for review", succession.successionId(),
                    moved, succession.predecessorIds(), successor);
        }
        return moved;
    }

    private boolean move(Unit unit, AuthoritySucceeded succession) {
        String successor = succession.successor().id();
        String key = unit.id().startsWith(unit.authorityId() + ".") ? unit.id().substring(unit.authorityId().length() + 1)
                : unit.id();
        String base = successor + "." + unit.authorityId() + "-" + key;
        String copyId = null;
        for (int n = 1; copyId == null; n++) {
            String candidate = n == 1 ? base : base + "-" + n;
            Optional<Unit> there = directory.find(candidate);
            if (there.isEmpty()) {
                if (directory.add(unit.copiedTo(candidate, successor, succession.successionId()))) {
                    copyId = candidate;
                } else {
                    n--; // added meanwhile: look at it again
                }
            } else if (unit.id().equals(there.get().movedFrom())) {
                copyId = candidate; // copied before, not yet marked
            }
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Versioned<Unit>> read = directory.findVersioned(unit.id());
            if (read.isEmpty() || read.get().value().moved()) {
                return read.isPresent();
            }
            if (directory.replace(read.get().value().archivedAs(copyId, succession.successionId()), read.get().revision())) {
                return true;
            }
        }
        throw new IllegalStateException("Unit " + unit.id() + " kept changing while it was moved to " + copyId);
    }
}

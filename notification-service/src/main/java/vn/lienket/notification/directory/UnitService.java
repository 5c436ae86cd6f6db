package vn.lienket.notification.directory;

import java.util.List;

import org.springframework.stereotype.Service;
import vn.lienket.support.security.Caller;
import vn.lienket.support.store.Versioned;
import vn.lienket.support.web.ApiException;
import vn.lienket.support.web.EntityTags;
import vn.lienket.support.web.Page;
import vn.lienket.support.web.PageRequest;

/**
 * Each authority keeps its own units: anyone of it reads them; its planners and coordinators
 * change them. An authority has exactly one tourism unit, its plans' lead unit, which may be
 * changed but not removed or doubled. A change or removal names, in If-Match, the revision of the
 * unit it was made on: who may comes first (403), then which revision (428 without, 412 if stale).
 */
@Service
class UnitService {

    private final UnitDirectory directory;
    private final Successions successions;

    UnitService(UnitDirectory directory, Successions successions) {
        this.directory = directory;
        this.successions = successions;
    }

    /** The authority's units, or with {@code reviewPending} only those that are (or are not) waiting for review. */
    Page<Unit> list(String authority, Boolean reviewPending, PageRequest page, Caller caller) {
        List<Unit> units = directory.of(authority);
        if (reviewPending != null) {
            units = units.stream().filter(u -> u.reviewPending() == reviewPending).toList();
        }
        return Page.slice(units, page, Unit::id);
    }

    Versioned<Unit> get(String authority, String unitId, Caller caller) {
        return existing(authority, unitId);
    }

    Versioned<Unit> add(String authority, UnitRequest request, Caller caller) {
        writable(authority);
        String key = request.key() != null ? request.key() : UnitNames.slug(request.name());
        if (key.isEmpty()) {
            throw ApiException.invalid("key", "cannot be made from this name; give a key");
        }
        Unit unit = checked(request.toUnit(authority + "." + key, authority));
        if (unit.kind() == UnitKind.TOURISM_UNIT && directory.tourismUnitOf(authority).isPresent()) {
            throw ApiException.conflict(authority + " has its tourism unit already; change that one instead");
        }
        if (!directory.add(unit)) {
            throw ApiException.conflict("A unit " + unit.id() + " exists already; give another key or change that one");
        }
        return new Versioned<>(unit, 1);
    }

    Versioned<Unit> replace(String authority, String unitId, UnitRequest request, String ifMatch, Caller caller) {
        Versioned<Unit> read = changeable(authority, unitId);
        EntityTags.require(ifMatch, read.revision());
        Unit current = read.value();
        Unit unit = current.replacedBy(checked(request.toUnit(unitId, authority)));
        if ((current.kind() == UnitKind.TOURISM_UNIT) != (unit.kind() == UnitKind.TOURISM_UNIT)) {
            throw ApiException.invalid("kind", current.kind() == UnitKind.TOURISM_UNIT
                    ? "the tourism unit stays the tourism unit; an authority always has one"
                    : "an authority has one tourism unit; change that one instead");
        }
        if (!directory.replace(unit, read.revision())) {
            throw EntityTags.stale(ifMatch); // changed between this read and this write
        }
        return new Versioned<>(unit, read.revision() + 1);
    }

    /**
     * A unit moved in from a predecessor, looked at and kept as it is: no longer waiting for review
     * ({@code movedFrom} stays). A unit not waiting for review is returned as it is.
     */
    Versioned<Unit> review(String authority, String unitId, String ifMatch, Caller caller) {
        Versioned<Unit> read = changeable(authority, unitId);
        EntityTags.require(ifMatch, read.revision());
        if (!read.value().reviewPending()) {
            return read;
        }
        Unit reviewed = read.value().reviewed();
        if (!directory.replace(reviewed, read.revision())) {
            throw EntityTags.stale(ifMatch);
        }
        return new Versioned<>(reviewed, read.revision() + 1);
    }

    void remove(String authority, String unitId, String ifMatch, Caller caller) {
        Versioned<Unit> read = changeable(authority, unitId);
        EntityTags.require(ifMatch, read.revision());
        if (read.value().kind() == UnitKind.TOURISM_UNIT) {
            throw ApiException.conflict("The tourism unit leads the authority's plans and cannot be removed; change it instead");
        }
        if (!directory.remove(unitId, read.revision())) {
            throw EntityTags.stale(ifMatch);
        }
    }

    private Versioned<Unit> existing(String authority, String unitId) {
        return directory.findVersioned(unitId).filter(u -> u.value().authorityId().equals(authority))
                .orElseThrow(() -> ApiException.notFound(authority + " has no unit " + unitId));
    }

    /** A unit that may change: not a predecessor's archive (its contacts went to the successor's directory). */
    private Versioned<Unit> changeable(String authority, String unitId) {
        Versioned<Unit> read = existing(authority, unitId);
        if (read.value().moved()) {
            throw ApiException.conflict("Unit " + unitId + " moved to " + read.value().movedTo() + " in succession "
                    + read.value().successionId() + "; this one is kept as the archive and cannot change");
        }
        return read;
    }

    /** A merged authority's directory is an archive: its units are its successor's now. */
    private void writable(String authority) {
        successions.of(authority).filter(s -> !s.successor().id().equals(authority)).ifPresent(s -> {
            throw ApiException.conflict(authority + " was succeeded by " + s.successor().id() + " on " + s.effectiveOn()
                    + " (" + s.successionId() + "); add the unit to " + s.successor().id() + "'s directory");
        });
    }

    /** A channel the unit wants needs its contact point. */
    private static Unit checked(Unit unit) {
        if (unit.channels().contains(Channel.EMAIL) && unit.email() == null) {
            throw ApiException.invalid("email", "is needed for the EMAIL channel");
        }
        if (unit.channels().contains(Channel.SMS) && unit.mobile() == null) {
            throw ApiException.invalid("mobile", "is needed for the SMS channel");
        }
        if (unit.channels().stream().distinct().count() != unit.channels().size()) {
            throw ApiException.invalid("channels", "lists a channel twice");
        }
        return unit;
    }

}

package vn.lienket.notification.alert;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.notification.directory.Unit;

/**
 * A preview's recipients: every authority an event addresses is the one unit the preview is for
 * (so that its page is the one that unit's alert links to), while the words name units as the
 * directory has them.
 */
record PreviewRecipients(Recipients directory, Unit unit) implements Recipients {

    @Override
    public Optional<Unit> tourismUnitOf(String authorityId, IntegrationEvent event) {
        return Optional.of(unit);
    }

    @Override
    public List<Unit> named(String authorityId, List<String> names, IntegrationEvent event) {
        return List.of();
    }

    @Override
    public String unitName(String authorityId) {
        return directory.unitName(authorityId);
    }

    @Override
    public String predecessorName(String authorityId) {
        return directory.predecessorName(authorityId);
    }

    @Override
    public Optional<LocalDate> effectiveOn(String successionId, List<String> predecessors) {
        return directory.effectiveOn(successionId, predecessors);
    }
}

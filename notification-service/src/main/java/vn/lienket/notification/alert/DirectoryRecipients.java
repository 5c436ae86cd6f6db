package vn.lienket.notification.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.lienket.contracts.AuthoritySucceeded;
import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.notification.directory.Successions;
import vn.lienket.notification.directory.Unit;
import vn.lienket.notification.directory.UnitDirectory;

/** The recipients as the directory and the successions this service has read know them. */
@Component
class DirectoryRecipients implements Recipients {

    private static final Logger log = LoggerFactory.getLogger(DirectoryRecipients.class);

    private final UnitDirectory directory;
    private final Successions successions;

    DirectoryRecipients(UnitDirectory directory, Successions successions) {
        this.directory = directory;
        this.successions = successions;
    }

    @Override
    public Optional<Unit> tourismUnitOf(String authorityId, IntegrationEvent event) {
        String answering = successions.answeringFor(authorityId);
        if (!answering.equals(authorityId)) {
            log.info("{} {} names {}, succeeded by {}: it goes to {}'s units", event.type(), event.eventId(), authorityId,
                    answering, answering);
        }
        Optional<Unit> unit = directory.tourismUnitOf(answering).filter(u -> !u.moved());
        if (unit.isEmpty()) {
            log.warn("No tourism unit for {} in the directory: {} {} has no recipient there", answering, event.type(),
                    event.eventId());
        }
        return unit;
    }

    @Override
    public List<Unit> named(String authorityId, List<String> names, IntegrationEvent event) {
        List<Unit> units = new ArrayList<>();
        directory.named(successions.answeringFor(authorityId), names).forEach((name, named) -> {
            if (named.isEmpty()) {
                log.warn("{} names unit '{}' on an affected activity, but its directory has no such unit: event {} "
                        + "does not reach it", authorityId, name, event.eventId());
            }
            named.ifPresent(units::add);
        });
        return units;
    }

    @Override
    public String unitName(String authorityId) {
        String answering = successions.answeringFor(authorityId);
        return directory.tourismUnitOf(answering).map(Unit::name).orElse(answering);
    }

    @Override
    public String predecessorName(String authorityId) {
        return successions.predecessor(authorityId).map(a -> a.name()).filter(n -> n != null && !n.isBlank())
                .or(() -> directory.tourismUnitOf(authorityId).map(Unit::name)).orElse(authorityId);
    }

    @Override
    public Optional<LocalDate> effectiveOn(String successionId, List<String> predecessors) {
        return predecessors.stream().flatMap(p -> successions.of(p).stream())
                .filter(s -> s.successionId().equals(successionId)).map(AuthoritySucceeded::effectiveOn).findFirst();
    }
}

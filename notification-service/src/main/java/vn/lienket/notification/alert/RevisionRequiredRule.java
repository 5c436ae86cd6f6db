package vn.lienket.notification.alert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.lienket.contracts.DerivedPlanRevisionRequired;
import vn.lienket.contracts.PendingChange;

/**
 * A new version of the lead's plan the member must revise its own by: the province's tourism unit
 * and the units it named on the affected activities (its successor's units by the same names, for
 * a merged province), each once, by email and SMS, about the province's derived plan.
 */
final class RevisionRequiredRule implements AlertRule<DerivedPlanRevisionRequired> {

    @Override
    public Class<DerivedPlanRevisionRequired> eventType() {
        return DerivedPlanRevisionRequired.class;
    }

    @Override
    public String template() {
        return "revision-required";
    }

    @Override
    public List<Addressee> addressees(DerivedPlanRevisionRequired event, Recipients recipients) {
        List<Addressee> addressees = new ArrayList<>();
        recipients.tourismUnitOf(event.provinceId(), event)
                .ifPresent(unit -> addressees.add(Addressee.member(unit, event.masterPlanId(), false)));
        for (var unit : recipients.named(event.provinceId(), event.affectedUnits(), event)) {
            if (addressees.stream().noneMatch(a -> a.unit().id().equals(unit.id()))) {
                addressees.add(Addressee.member(unit, event.masterPlanId(), false));
            }
        }
        return addressees;
    }

    @Override
    public Map<String, String> values(DerivedPlanRevisionRequired event, Recipients recipients) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("planNumber", event.masterPlanNumber());
        values.put("planTitle", event.masterPlanTitle());
        values.put("version", String.valueOf(event.masterVersion()));
        values.put("basedOnVersion", String.valueOf(event.basedOnVersion()));
        values.put("dueDate", Words.date(event.revisionDueDate()));
        values.put("changes", ChangeDescriptions.describe(event.pendingChanges()));
        values.put("codes", event.pendingChanges().stream().map(PendingChange::activityCode)
                .collect(Collectors.joining(", ")));
        return values;
    }
}

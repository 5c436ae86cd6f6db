package vn.lienket.notification.alert;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.lienket.contracts.DerivedPlanCreated;

/**
 * A plan handed to a member with a date to act by: the member's tourism unit, by email and SMS,
 * about its derived plan. A seeded plan, published without a date, asks nothing and tells nobody.
 */
final class PlanReceivedRule implements AlertRule<DerivedPlanCreated> {

    @Override
    public Class<DerivedPlanCreated> eventType() {
        return DerivedPlanCreated.class;
    }

    @Override
    public String template() {
        return "plan-received";
    }

    @Override
    public List<Addressee> addressees(DerivedPlanCreated event, Recipients recipients) {
        if (event.revisionDueDate() == null) {
            return List.of();
        }
        return recipients.tourismUnitOf(event.provinceId(), event)
                .map(unit -> List.of(Addressee.member(unit, event.masterPlanId(), false))).orElse(List.of());
    }

    @Override
    public Map<String, String> values(DerivedPlanCreated event, Recipients recipients) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("planNumber", event.masterPlanNumber());
        values.put("planTitle", Words.orEmpty(event.masterPlanTitle()));
        values.put("version", String.valueOf(event.basedOnVersion()));
        values.put("dueDate", Words.date(event.revisionDueDate()));
        return values;
    }
}

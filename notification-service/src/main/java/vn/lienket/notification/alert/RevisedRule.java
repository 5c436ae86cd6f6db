package vn.lienket.notification.alert;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.lienket.contracts.DerivedPlanRevised;

/** A member's revision published: the lead authority's coordinating unit, by email, about the plan's board. */
final class RevisedRule implements AlertRule<DerivedPlanRevised> {

    @Override
    public Class<DerivedPlanRevised> eventType() {
        return DerivedPlanRevised.class;
    }

    @Override
    public String template() {
        return "revised";
    }

    @Override
    public List<Addressee> addressees(DerivedPlanRevised event, Recipients recipients) {
        return recipients.tourismUnitOf(event.leadAuthority(), event)
                .map(unit -> List.of(Addressee.lead(unit, event.masterPlanId(), false))).orElse(List.of());
    }

    @Override
    public Map<String, String> values(DerivedPlanRevised event, Recipients recipients) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("provinceUnit", recipients.unitName(event.provinceId()));
        values.put("planNumber", event.masterPlanNumber());
        values.put("basedOnVersion", String.valueOf(event.basedOnVersion()));
        values.put("derivedVersion", String.valueOf(event.derivedVersion()));
        values.put("dueDate", Words.date(event.revisionDueDate()));
        values.put("timeliness", event.onTime() ? "đúng hạn" : "trễ hạn");
        return values;
    }
}

package vn.lienket.notification.alert;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.lienket.contracts.MemberRevisionReminder;

/** A revision due soon: the member's tourism unit, by email and SMS, about its derived plan. */
final class ReminderRule implements AlertRule<MemberRevisionReminder> {

    @Override
    public Class<MemberRevisionReminder> eventType() {
        return MemberRevisionReminder.class;
    }

    @Override
    public String template() {
        return "reminder";
    }

    @Override
    public List<Addressee> addressees(MemberRevisionReminder event, Recipients recipients) {
        return recipients.tourismUnitOf(event.memberId(), event)
                .map(unit -> List.of(Addressee.member(unit, event.planId(), false))).orElse(List.of());
    }

    @Override
    public Map<String, String> values(MemberRevisionReminder event, Recipients recipients) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("planNumber", event.planNumber());
        values.put("version", String.valueOf(event.requiredVersion()));
        values.put("dueDate", Words.date(event.revisionDueDate()));
        values.put("daysLeft", String.valueOf(event.daysLeft()));
        return values;
    }
}

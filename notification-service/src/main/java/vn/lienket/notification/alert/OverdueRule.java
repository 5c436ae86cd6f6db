package vn.lienket.notification.alert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.lienket.contracts.MemberRevisionOverdue;

/**
 * A member past its revision date, urgent: the member's tourism unit by email and SMS, about its
 * derived plan, and the lead authority's coordinating unit by email, about the plan's board.
 */
final class OverdueRule implements AlertRule<MemberRevisionOverdue> {

    @Override
    public Class<MemberRevisionOverdue> eventType() {
        return MemberRevisionOverdue.class;
    }

    @Override
    public String template() {
        return "overdue";
    }

    @Override
    public List<Addressee> addressees(MemberRevisionOverdue event, Recipients recipients) {
        List<Addressee> addressees = new ArrayList<>();
        recipients.tourismUnitOf(event.memberId(), event)
                .ifPresent(unit -> addressees.add(Addressee.member(unit, event.planId(), true)));
        recipients.tourismUnitOf(event.leadAuthority(), event)
                .ifPresent(unit -> addressees.add(Addressee.lead(unit, event.planId(), true)));
        return addressees;
    }

    @Override
    public Map<String, String> values(MemberRevisionOverdue event, Recipients recipients) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("memberUnit", recipients.unitName(event.memberId()));
        values.put("planNumber", event.planNumber());
        values.put("version", String.valueOf(event.requiredVersion()));
        values.put("dueDate", Words.date(event.revisionDueDate()));
        return values;
    }
}

package vn.lienket.notification.alert;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.lienket.contracts.MemberProgressMissing;

/** No progress report by the reporting deadline: the member's tourism unit, by email and SMS, about its derived plan. */
final class ProgressMissingRule implements AlertRule<MemberProgressMissing> {

    @Override
    public Class<MemberProgressMissing> eventType() {
        return MemberProgressMissing.class;
    }

    @Override
    public String template() {
        return "progress-missing";
    }

    @Override
    public List<Addressee> addressees(MemberProgressMissing event, Recipients recipients) {
        return recipients.tourismUnitOf(event.memberId(), event)
                .map(unit -> List.of(Addressee.member(unit, event.planId(), false))).orElse(List.of());
    }

    @Override
    public Map<String, String> values(MemberProgressMissing event, Recipients recipients) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("memberUnit", recipients.unitName(event.memberId()));
        values.put("planNumber", event.planNumber());
        values.put("reportingDeadline", Words.date(event.reportingDeadline()));
        return values;
    }
}

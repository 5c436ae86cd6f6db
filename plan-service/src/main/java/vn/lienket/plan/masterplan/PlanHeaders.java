package vn.lienket.plan.masterplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What a header change changed, as the audit trail says it. */
final class PlanHeaders {

    private PlanHeaders() {
    }

    static String changes(PlanHeader before, PlanHeader after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "number", before.number(), after.number());
        compare(changed, "title", before.title(), after.title());
        compare(changed, "issuer", before.issuer(), after.issuer());
        compare(changed, "issuedOn", before.issuedOn(), after.issuedOn());
        compare(changed, "legalBases", before.legalBases(), after.legalBases());
        compare(changed, "funding", before.funding(), after.funding());
        compare(changed, "period", period(before.period()), period(after.period()));
        return changed.isEmpty() ? "nothing changed" : String.join("; ", changed);
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field + ": " + before + " → " + after);
        }
    }

    private static String period(PlanPeriod period) {
        return period == null ? null : period.from() + "–" + period.to();
    }
}

package vn.lienket.plan.masterplan;

import java.time.LocalDate;
import java.util.List;

/**
 * What the document says of itself above its sections: "Số: 120/KH-UBND", its title, who issued it
 * and when, the plans it cites ("Căn cứ …"), its funding and its period. A published version keeps
 * the header as it was when it was published.
 */
public record PlanHeader(String number, String title, String issuer, LocalDate issuedOn, List<String> legalBases,
                         String funding, PlanPeriod period) {

    public PlanHeader {
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
    }
}

package vn.lienket.plan.masterplan;

import java.util.Locale;
import vn.lienket.text.VietnameseText;


/**
 * A plan's number names it within its programme together with the year it was issued in: an
 * issuer numbers its documents afresh each year, so 120/KH-UBND of 2024 and of 2025 are two plans,
 * and two plans of one programme never share a number in one year. The id is made of the same
 * two: {@code 120-kh-ubnd-2025}.
 */
final class PlanNumbers {

    private PlanNumbers() {
    }

    /** "350/KH-UBND" of 2024 is {@code 350-kh-ubnd-2024}, as the seeded plans' ids are made. */
    static String idOf(String number, int year) {
        return key(number) + "-" + year;
    }

    /** Another programme's plan has the id: this one's gets the programme's id after it, e.g. {@code 120-kh-ubnd-2025-tien-giang-hcmc}. */
    static String idInProgramme(String number, int year, String programmeId) {
        return idOf(number, year) + "-" + programmeId;
    }

    /** 409 naming {@code number} if another plan of the programme ({@code exceptId} aside) has the number in that year. */
    static void requireFree(MasterPlans masterPlans, String programmeId, PlanHeader header, String exceptId) {
        int year = header.issuedOn().getYear();
        String key = key(header.number());
        masterPlans.ofProgramme(programmeId).stream()
                .filter(p -> !p.id().equals(exceptId) && p.year() == year && key(p.number()).equals(key))
                .findFirst()
                .ifPresent(p -> {
                    throw PlanProblems.conflict("number", "Programme " + programmeId + " already has plan " + p.number()
                            + " of " + year + " (" + p.id() + ")");
                });
    }

    /** The number compared and put in ids: without diacritics, lower case, runs of other characters as one dash. */
    private static String key(String number) {
        return VietnameseText.withoutDiacritics(number).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }
}

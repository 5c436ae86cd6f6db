package vn.lienket.plan.masterplan;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan as a document gave it, to be created with its first draft in one step: the header (the
 * period from its two ends) and the sections with their activities, checked as
 * {@code POST /api/programmes/{programmeId}/master-plans} checks a header and
 * {@code PUT /api/master-plans/{planId}/draft} a draft. {@code origin} says where it came from, for
 * the plan's audit trail ("import 7f3c… of 350-KH-UBND.docx").
 */
public record ImportedPlan(String number, String title, String issuer, LocalDate issuedOn, List<String> legalBases,
                           String funding, LocalDate periodFrom, LocalDate periodTo, List<Section> sections,
                           String origin) {

    public ImportedPlan {
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public record Section(String code, String title, List<Activity> activities) {

        public Section {
            activities = activities == null ? List.of() : List.copyOf(activities);
        }
    }

    public record Activity(String code, String title, String theme, String timeframe, String location,
                           String leadUnit, List<String> coordinatingUnits, String notes) {

        public Activity {
            coordinatingUnits = coordinatingUnits == null ? List.of() : List.copyOf(coordinatingUnits);
        }
    }
}

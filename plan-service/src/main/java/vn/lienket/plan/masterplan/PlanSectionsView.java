package vn.lienket.plan.masterplan;

import java.time.LocalDate;
import java.util.List;

import vn.lienket.contracts.ActivitySnapshot;
import vn.lienket.contracts.SectionSnapshot;
import vn.lienket.contracts.Timeframe;
import vn.lienket.contracts.Timeframes;

/** Sections as shown to people: each activity's timeframe as written, the period it means, or a flag. */
record PlanSectionsView(String code, String title, List<Activity> activities) {

    /** The parsed period of a timeframe, dates in Asia/Ho_Chi_Minh, both ends inclusive. */
    record Period(LocalDate from, LocalDate to, boolean tentative) {
    }

    record Activity(String code, String title, String theme, String timeframe, String location, Period period,
                    boolean timeframeFlagged, String leadUnit, List<String> coordinatingUnits, String notes) {

        static Activity of(ActivitySnapshot a) {
            Timeframe timeframe = Timeframes.parse(a.timeframe());
            Period period = timeframe.from() == null && timeframe.to() == null ? null
                    : new Period(timeframe.from(), timeframe.to(), timeframe.tentative());
            return new Activity(a.code(), a.title(), a.theme(), a.timeframe(), a.location(), period, timeframe.flagged(),
                    a.leadUnit(), a.coordinatingUnits(), a.notes());
        }
    }

    static List<PlanSectionsView> of(List<SectionSnapshot> sections) {
        return sections.stream().map(s -> new PlanSectionsView(s.code(), s.title(),
                s.activities().stream().map(Activity::of).toList())).toList();
    }
}

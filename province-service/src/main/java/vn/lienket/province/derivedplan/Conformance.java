package vn.lienket.province.derivedplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.lienket.contracts.ActivitySnapshot;
import vn.lienket.contracts.PlanChanges;
import vn.lienket.contracts.SectionSnapshot;
import vn.lienket.contracts.Timeframes;
import vn.lienket.text.VietnameseText;

/**
 * Whether a province's activities conform to the master version they are based on: a timeframe
 * outside the master's period, or a theme or location other than the master's, is a deviation.
 * A narrower timeframe is not, nor a local place where the master's location spans many places.
 */
final class Conformance {

    private Conformance() {
    }

    static List<Deviation> of(List<DerivedActivity> activities, List<SectionSnapshot> master) {
        Map<String, ActivitySnapshot> byCode = PlanChanges.byCode(master);
        List<Deviation> deviations = new ArrayList<>();
        for (DerivedActivity activity : activities) {
            ActivitySnapshot traced = activity.masterCode() == null ? null : byCode.get(activity.masterCode());
            if (traced == null) {
                continue;
            }
            boolean justified = activity.justification() != null && !activity.justification().isBlank();
            if (!Objects.equals(activity.timeframe(), traced.timeframe())
                    && !Timeframes.parse(activity.timeframe()).within(Timeframes.parse(traced.timeframe()))) {
                deviations.add(new Deviation(activity.code(), PlanChanges.TIMEFRAME, traced.timeframe(), activity.timeframe(), justified));
            }
            if (!Objects.equals(activity.theme(), traced.theme())) {
                deviations.add(new Deviation(activity.code(), PlanChanges.THEME, traced.theme(), activity.theme(), justified));
            }
            if (!Objects.equals(activity.location(), traced.location()) && !spansManyPlaces(traced.location())) {
                deviations.add(new Deviation(activity.code(), PlanChanges.LOCATION, traced.location(), activity.location(), justified));
            }
        }
        return deviations;
    }

    /** "Các tỉnh, thành phố Đồng bằng sông Cửu Long", "TP.HCM và 13 tỉnh…": a province may name its own place there. */
    static boolean spansManyPlaces(String location) {
        String key = " " + VietnameseText.searchKey(location) + " ";
        return key.contains(" cac tinh ") || key.matches(".* \\d+ tinh .*") || key.contains(" va ")
                || key.contains(" cac thi truong ");
    }
}

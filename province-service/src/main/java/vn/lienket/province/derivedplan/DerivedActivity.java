package vn.lienket.province.derivedplan;

import java.util.List;

import vn.lienket.contracts.ActivitySnapshot;

/** A province's activity, traced to a master activity; lead and coordinating units and notes are the province's own. */
public record DerivedActivity(
        String code,
        String masterCode,
        String title,
        String theme,
        String timeframe,
        String location,
        String leadUnit,
        List<String> coordinatingUnits,
        String notes) {

    static DerivedActivity from(ActivitySnapshot master, String leadUnit) {
        return new DerivedActivity(master.code(), master.code(), master.title(), master.theme(), master.timeframe(),
                master.location(), leadUnit, List.of(), null);
    }

    /** Takes the master's fields, keeping what belongs to the province. */
    DerivedActivity adopt(ActivitySnapshot master) {
        return new DerivedActivity(code, masterCode, master.title(), master.theme(), master.timeframe(),
                master.location(), leadUnit, coordinatingUnits, notes);
    }

    DerivedActivity withNote(String note) {
        return new DerivedActivity(code, masterCode, title, theme, timeframe, location, leadUnit, coordinatingUnits,
                note == null ? notes : note);
    }

    /** No longer traced to a master activity: the province keeps it as its own. */
    DerivedActivity asLocal(String note) {
        return new DerivedActivity(code, null, title, theme, timeframe, location, leadUnit, coordinatingUnits, note);
    }
}

package vn.lienket.province.derivedplan;

import java.util.List;

import vn.lienket.contracts.ActivitySnapshot;

/**
 * A province's activity, traced to a master activity ({@code masterCode}) or its own (null). Lead
 * and coordinating units, notes and a narrower timeframe or local location are the province's; a
 * {@code justification} explains why it deviates from the master. {@code origin} names the
 * predecessor it was taken over from when the province succeeded another (null: the province's own).
 */
public record DerivedActivity(
        String code,
        String masterCode,
        String title,
        String theme,
        String timeframe,
        String location,
        String leadUnit,
        List<String> coordinatingUnits,
        String notes,
        String justification,
        String origin) {

    static DerivedActivity from(ActivitySnapshot master, String leadUnit) {
        return new DerivedActivity(master.code(), master.code(), master.title(), master.theme(), master.timeframe(),
                master.location(), leadUnit, List.of(), null, null, null);
    }

    /** Takes the master's fields, keeping what belongs to the province. */
    DerivedActivity adopt(ActivitySnapshot master) {
        return new DerivedActivity(code, masterCode, master.title(), master.theme(), master.timeframe(),
                master.location(), leadUnit, coordinatingUnits, notes, justification, origin);
    }

    DerivedActivity withNote(String note) {
        return new DerivedActivity(code, masterCode, title, theme, timeframe, location, leadUnit, coordinatingUnits,
                note == null ? notes : note, justification, origin);
    }

    /** Keeps the province's variant; the note of the resolution is why it differs from the master. */
    DerivedActivity adapted(String why) {
        return new DerivedActivity(code, masterCode, title, theme, timeframe, location, leadUnit, coordinatingUnits,
                notes, why, origin);
    }

    /** No longer traced to a master activity: the province keeps it as its own. */
    DerivedActivity asLocal(String note) {
        return new DerivedActivity(code, null, title, theme, timeframe, location, leadUnit, coordinatingUnits, note,
                justification, origin);
    }

    /** The province's own fields replaced; what is traced to the master (code, title) stays. */
    DerivedActivity withLocalFields(LocalFields local) {
        return new DerivedActivity(code, masterCode, title, local.theme(), local.timeframe(), local.location(),
                local.leadUnit(), List.copyOf(local.coordinatingUnits()), local.notes(), local.justification(), origin);
    }

    /** The province's own fields of the activity, as a consolidation candidate shows them. */
    LocalFields localFields() {
        return new LocalFields(leadUnit, coordinatingUnits == null ? List.of() : coordinatingUnits, theme, timeframe,
                location, notes, justification);
    }

    /** Marked as taken over from {@code from}, unless it already came from elsewhere. */
    DerivedActivity from(String from) {
        return origin != null ? this : withOrigin(from);
    }

    DerivedActivity withOrigin(String from) {
        return new DerivedActivity(code, masterCode, title, theme, timeframe, location, leadUnit, coordinatingUnits,
                notes, justification, from);
    }

    DerivedActivity withCode(String newCode) {
        return new DerivedActivity(newCode, masterCode, title, theme, timeframe, location, leadUnit, coordinatingUnits,
                notes, justification, origin);
    }
}

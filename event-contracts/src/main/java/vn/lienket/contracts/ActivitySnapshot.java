package vn.lienket.contracts;

import java.util.List;

/**
 * One master activity as published: what a province's derived activity traces to, with the lead
 * and coordinating units and notes the lead authority's plan names (a province sets its own).
 */
public record ActivitySnapshot(
        String code,
        String title,
        String theme,
        String timeframe,
        String location,
        String leadUnit,
        List<String> coordinatingUnits,
        String notes) {

    public ActivitySnapshot {
        coordinatingUnits = coordinatingUnits == null ? List.of() : List.copyOf(coordinatingUnits);
    }

    /** An activity whose plan names no units or notes. */
    public ActivitySnapshot(String code, String title, String theme, String timeframe, String location) {
        this(code, title, theme, timeframe, location, null, List.of(), null);
    }

    public ActivitySnapshot withCode(String newCode) {
        return new ActivitySnapshot(newCode, title, theme, timeframe, location, leadUnit, coordinatingUnits, notes);
    }

    public ActivitySnapshot withLocation(String newLocation) {
        return new ActivitySnapshot(code, title, theme, timeframe, newLocation, leadUnit, coordinatingUnits, notes);
    }
}

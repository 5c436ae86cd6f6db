package vn.lienket.province.derivedplan;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a province sets on one of its activities: its units, a narrower timeframe, a local place, notes, and why it differs. */
public record LocalFields(
        @NotBlank @Size(max = 300) String leadUnit,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 300) String> coordinatingUnits,
        @Size(max = 500) String theme,
        @Size(max = 200) String timeframe,
        @Size(max = 500) String location,
        @Size(max = 4000) String notes,
        @Size(max = 2000) String justification) {
}

package vn.lienket.plan.masterplan;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.lienket.contracts.ActivitySnapshot;
import vn.lienket.contracts.SectionSnapshot;

/** The whole draft, replaced at once: numbered sections of activities, as in the published document. */
record DraftRequest(@NotEmpty @Size(max = 50) List<@NotNull @Valid Section> sections) {

    static final String CODE = "[0-9A-Za-z]{1,10}(\\.[0-9A-Za-z]{1,10}){0,3}";

    record Section(
            @NotBlank @Pattern(regexp = CODE, message = "must be a section number such as 2") String code,
            @NotBlank @Size(max = 500) String title,
            @NotNull @Size(max = 300) List<@NotNull @Valid Activity> activities) {
    }

    /** The period and flag a read shows are derived from the timeframe: accepted back, and ignored. */
    @JsonIgnoreProperties({"period", "timeframeFlagged"})
    record Activity(
            @NotBlank @Pattern(regexp = CODE, message = "must be an activity number such as 2.3") String code,
            @NotBlank @Size(max = 1000) String title,
            @Size(max = 500) String theme,
            @Size(max = 200) String timeframe,
            @Size(max = 500) String location,
            @Size(max = 300) String leadUnit,
            @Size(max = 50) List<@NotBlank @Size(max = 300) String> coordinatingUnits,
            @Size(max = 4000) String notes) {

        ActivitySnapshot toSnapshot() {
            return new ActivitySnapshot(code.trim(), title.trim(), blankToNull(theme), blankToNull(timeframe),
                    blankToNull(location), blankToNull(leadUnit),
                    coordinatingUnits == null ? List.of() : coordinatingUnits.stream().map(String::trim).toList(),
                    blankToNull(notes));
        }
    }

    List<SectionSnapshot> toSections() {
        return sections.stream().map(s -> new SectionSnapshot(s.code().trim(), s.title().trim(), s.activities().stream()
                .map(Activity::toSnapshot).toList())).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

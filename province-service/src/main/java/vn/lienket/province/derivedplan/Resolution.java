package vn.lienket.province.derivedplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A province's answer to one pending change. */
public record Resolution(
        @NotBlank @Size(max = 100) String changeId,
        @NotNull Decision decision,
        @Size(max = 2000) String note) {
}

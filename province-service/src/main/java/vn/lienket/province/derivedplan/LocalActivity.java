package vn.lienket.province.derivedplan;

import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An activity of the province's own, traced to no master activity. */
public record LocalActivity(
        @NotBlank @Pattern(regexp = "[0-9A-Za-z]{1,10}(\\.[0-9A-Za-z]{1,10}){0,3}") String code,
        @NotBlank @Size(max = 1000) String title,
        @NotNull @Valid LocalFields fields) {

    DerivedActivity toActivity() {
        return new DerivedActivity(code, null, title, null, null, null, null, List.of(), null, null, null)
                .withLocalFields(fields);
    }
}

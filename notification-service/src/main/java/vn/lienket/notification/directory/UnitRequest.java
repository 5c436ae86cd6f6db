package vn.lienket.notification.directory;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A unit as an authority registers it. {@code key} (optional, on creation) becomes the last part
 * of its id, {@code <authority>.<key>}; without it the name gives it. A mobile is a Vietnamese
 * number in +84 form; which digits follow is the carriers' business, so only the form is checked.
 * Without {@code smsWithoutDiacritics} SMS keep their diacritics; without {@code quietHours} the
 * night (22:00–07:00) is quiet.
 */
record UnitRequest(
        @Pattern(regexp = "[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?", message = "must be 1-60 lower-case letters, digits or inner hyphens")
        String key,
        @NotBlank @Size(max = 300) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
        String name,
        @NotNull UnitKind kind,
        @Email(regexp = ".+@[^@\\s]+\\.[^@\\s]+", message = "must be an email address such as so-du-lich@kiengiang.gov.vn")
        @Size(max = 254) String email,
        @Pattern(regexp = "\\+84[1-9][0-9]{7,9}", message = "must be a Vietnamese number in +84 form, such as +84912345678")
        String mobile,
        @NotEmpty @Size(max = 2) List<@NotNull Channel> channels,
        Boolean smsWithoutDiacritics,
        QuietHours quietHours) {

    Unit toUnit(String id, String authorityId) {
        return new Unit(id, authorityId, name.strip(), kind, email, mobile, List.copyOf(channels),
                Boolean.TRUE.equals(smsWithoutDiacritics),
                quietHours);
    }
}

package vn.lienket.notification.directory;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

import vn.lienket.support.time.VietnamTime;

/**
 * A daily window, in Asia/Ho_Chi_Minh, in which non-urgent SMS wait (Decree 91/2020 limits
 * advertising SMS to 07:00–22:00). A window whose start is after its end runs overnight.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

    public QuietHours {
        if (start == null || end == null || start.equals(end)) {
            throw new IllegalArgumentException("Quiet hours need a start and an end that differ, such as 22:00 and 07:00");
        }
    }

    /**
     * Quiet hours written as {@code 22:00-07:00}; null for {@code none}.
     *
     * @throws IllegalArgumentException naming what is wrong with the text
     */
    public static QuietHours parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.equalsIgnoreCase("none")) {
            return null;
        }
        String[] bounds = value.split("-", -1);
        try {
            if (bounds.length == 2) {
                return new QuietHours(LocalTime.parse(bounds[0].strip()), LocalTime.parse(bounds[1].strip()));
            }
        } catch (DateTimeParseException e) {
            // named below
        }
        throw new IllegalArgumentException("Quiet hours '" + text + "' are neither a window such as 22:00-07:00 nor 'none'");
    }

    public boolean contains(Instant at) {
        LocalTime time = at.atZone(VietnamTime.ZONE).toLocalTime();
        return start.isBefore(end)
                ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    /** When a message held at {@code at} may go: the window's end, or {@code at} itself outside the window. */
    public Instant releaseAfter(Instant at) {
        if (!contains(at)) {
            return at;
        }
        ZonedDateTime local = at.atZone(VietnamTime.ZONE);
        ZonedDateTime release = local.with(end);
        if (!release.isAfter(local)) {
            release = release.plusDays(1);
        }
        return release.toInstant();
    }
}

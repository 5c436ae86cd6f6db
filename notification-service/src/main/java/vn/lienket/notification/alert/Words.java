package vn.lienket.notification.alert;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The small words every rule writes alike: dates, lists of names. */
final class Words {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Words() {
    }

    /** dd/MM/yyyy, or "(không quy định)" for no date. */
    static String date(LocalDate date) {
        return date == null ? "(không quy định)" : DATE.format(date);
    }

    /** Names in a sentence: "Tỉnh Hậu Giang và Tỉnh Sóc Trăng", "A, B và C". */
    static String inWords(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " và " + names.get(names.size() - 1);
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
